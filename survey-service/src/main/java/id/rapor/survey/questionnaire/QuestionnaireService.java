package id.rapor.survey.questionnaire;

import id.rapor.platform.error.Problem;
import id.rapor.platform.error.ProblemException;
import id.rapor.platform.security.Caller;
import id.rapor.scoring.Rational;
import id.rapor.scoring.WeightedScore;
import id.rapor.survey.questionnaire.QuestionnaireDtos.ItemRequest;
import id.rapor.survey.questionnaire.QuestionnaireDtos.NewVersionRequest;
import id.rapor.survey.questionnaire.QuestionnaireDtos.QuestionnaireView;
import id.rapor.survey.unit.UnitReplica;
import id.rapor.survey.unit.UnitReplicaService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/** Reads questionnaire versions and derives new ones (a unit's extra items or own weights). */
@ApplicationScoped
public class QuestionnaireService {

    @Inject
    QuestionnaireRepository questionnaires;

    @Inject
    UnitReplicaService units;

    @Inject
    Caller caller;

    /** Questionnaire versions already read, for {@link #findVersion}. */
    private final Map<UUID, Questionnaire> versions = new java.util.concurrent.ConcurrentHashMap<>();

    /** Standard versions, plus those of {@code unitId} when given. */
    public List<QuestionnaireView> list(String code, UUID unitId) {
        return questionnaires.search(code, unitId).stream()
                .map(QuestionnaireView::of)
                .toList();
    }

    /** One version. */
    public QuestionnaireView get(UUID id) {
        return QuestionnaireView.of(find(id));
    }

    /** The entity, or 404. */
    public Questionnaire find(UUID id) {
        return questionnaires.findByIdOptional(id).orElseThrow(() -> ProblemException.notFound("Questionnaire", id));
    }

    /**
     * The questionnaire version for reading only, shared by every request: a version never changes once created (a
     * change is a new version), so the first read stays right on every instance and nothing needs invalidating. Its
     * collections are loaded eagerly; callers must not modify it.
     */
    public Questionnaire findVersion(UUID id) {
        Questionnaire cached = versions.get(id);
        if (cached != null) {
            return cached;
        }
        Questionnaire found = find(id);
        versions.putIfAbsent(id, found);
        return found;
    }

    /**
     * Creates a new version of {@code basedOn}'s code with the given items. PermenPANRB 14/2017 lets a unit add
     * unsur and weight them differently as long as the weights still sum to 1; scale, regulation and bands are
     * those of the base version.
     */
    @Transactional
    public QuestionnaireView createVersion(NewVersionRequest request) {
        Questionnaire base = questionnaires
                .findByIdOptional(request.basedOn())
                .orElseThrow(() -> ProblemException.businessRule(
                        "basedOn", "questionnaire " + request.basedOn() + " does not exist"));
        if (request.unitId() == null) {
            if (!caller.isAdmin()) {
                throw ProblemException.forbidden("Only an admin creates standard questionnaire versions");
            }
        } else {
            UnitReplica unit = units.find(request.unitId())
                    .orElseThrow(() -> ProblemException.businessRule(
                            "unitId", "unit " + request.unitId() + " is not known to the survey service"));
            if (!caller.canManage(unit.regionCode) && !caller.ownsUnit(unit.id)) {
                throw ProblemException.forbidden("This unit lies outside your region or unit");
            }
            if (base.unitId != null && !base.unitId.equals(unit.id)) {
                throw ProblemException.businessRule("basedOn", "questionnaire " + base.id + " belongs to another unit");
            }
        }
        int scaleSize = base.scaleMax - base.scaleMin + 1;
        List<Problem.FieldError> errors = new ArrayList<>();
        Set<String> codes = new HashSet<>();
        List<Questionnaire.Item> items = new ArrayList<>();
        for (int i = 0; i < request.items().size(); i++) {
            ItemRequest r = request.items().get(i);
            String at = "items[" + i + "]";
            if (!codes.add(r.code())) {
                errors.add(new Problem.FieldError(at + ".code", "duplicate item code " + r.code()));
            }
            Rational weight = null;
            try {
                weight = Rational.parse(r.weight());
            } catch (RuntimeException e) {
                errors.add(new Problem.FieldError(at + ".weight", "must be a fraction such as 1/9 or a decimal"));
            }
            if (weight != null && (weight.signum() <= 0 || weight.compareTo(Rational.ONE) > 0)) {
                errors.add(new Problem.FieldError(at + ".weight", "must be above 0 and at most 1"));
                weight = null;
            }
            if (r.labels().size() != scaleSize) {
                errors.add(new Problem.FieldError(
                        at + ".labels",
                        "must have " + scaleSize + " labels, one per value " + base.scaleMin + ".." + base.scaleMax));
            }
            Questionnaire.Item item = new Questionnaire.Item();
            item.position = i + 1;
            item.code = r.code();
            item.name = r.name().trim();
            item.question = r.question().trim();
            item.weight = weight == null ? r.weight() : weight.toString();
            item.labels = List.copyOf(r.labels());
            items.add(item);
        }
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
        List<Problem.FieldError> broken = regulationRules(base, items);
        if (!broken.isEmpty()) {
            throw new ProblemException(
                    422,
                    "business-rule",
                    "Business rule violated",
                    broken.stream().map(e -> e.field() + ": " + e.message()).collect(Collectors.joining("; ")),
                    broken);
        }
        List<Rational> weights =
                items.stream().map(Questionnaire.Item::weightValue).toList();
        if (!WeightedScore.weightsSumToOne(weights)) {
            throw ProblemException.businessRule(
                    "items[].weight", "item weights sum to " + WeightedScore.total(weights) + ", not 1");
        }
        Questionnaire q = new Questionnaire();
        q.id = UUID.randomUUID();
        q.code = base.code;
        q.version = questionnaires.latestVersion(base.code) + 1;
        q.name = request.name() == null || request.name().isBlank()
                ? base.name
                : request.name().trim();
        q.regulation = base.regulation;
        q.unitId = request.unitId();
        q.basedOn = base.id;
        q.scaleMin = base.scaleMin;
        q.scaleMax = base.scaleMax;
        q.confirmed = base.confirmed;
        q.note = base.note;
        q.decimals = base.decimals;
        q.bandsConfirmed = base.bandsConfirmed;
        q.unconfirmed = new ArrayList<>(base.unconfirmed);
        q.createdAt = Instant.now();
        q.items = items;
        q.bands = new ArrayList<>();
        for (Questionnaire.BandRow b : base.bands) {
            Questionnaire.BandRow copy = new Questionnaire.BandRow();
            copy.code = b.code;
            copy.label = b.label;
            copy.lowerBound = b.lowerBound;
            copy.zone = b.zone;
            q.bands.add(copy);
        }
        questionnaires.persist(q);
        return QuestionnaireView.of(q);
    }

    /**
     * A version stays graded under its base's regulation, so it keeps every unsur of that regulation's standard
     * questionnaire (PermenPANRB 14/2017: the nine unsur; a unit may add unsur and re-weight, not drop one) and an
     * item that reuses a base code keeps that unsur's answer labels (the same code must mean the same question).
     */
    private List<Problem.FieldError> regulationRules(Questionnaire base, List<Questionnaire.Item> items) {
        Questionnaire standard = standard(base);
        Map<String, Questionnaire.Item> byCode = new HashMap<>();
        items.forEach(i -> byCode.put(i.code, i));
        List<Problem.FieldError> errors = new ArrayList<>();
        for (Questionnaire.Item mandatory : standard.items) {
            if (!byCode.containsKey(mandatory.code)) {
                errors.add(new Problem.FieldError(
                        "items",
                        "drops unsur " + mandatory.code + " (" + mandatory.name + "), mandatory under "
                                + base.regulation));
            }
        }
        for (Questionnaire.Item item : items) {
            Optional<Questionnaire.Item> same = base.item(item.code).or(() -> standard.item(item.code));
            if (same.isPresent() && !same.get().labels.equals(item.labels)) {
                errors.add(new Problem.FieldError(
                        "items[" + (item.position - 1) + "].labels",
                        "unsur " + item.code
                                + " must keep its answer labels " + same.get().labels + " while graded under "
                                + base.regulation));
            }
        }
        return errors;
    }

    private Questionnaire standard(Questionnaire q) {
        Questionnaire standard = q;
        while (standard.basedOn != null) {
            standard = find(standard.basedOn);
        }
        return standard;
    }
}
