package id.rapor.assessment.register;

import id.rapor.assessment.assessment.Assessment;
import id.rapor.assessment.assessment.AssessmentDtos.EvidenceItem;
import id.rapor.assessment.assessment.AssessmentRepository;
import id.rapor.assessment.cycle.CycleService;
import id.rapor.assessment.cycle.EvaluationCycle;
import id.rapor.assessment.instrument.InstrumentDtos.AspectDef;
import id.rapor.assessment.instrument.InstrumentDtos.IndicatorDef;
import id.rapor.assessment.instrument.InstrumentService;
import id.rapor.assessment.instrument.InstrumentVersion;
import id.rapor.assessment.register.RegisterAnswerDtos.ProposedAnswer;
import id.rapor.assessment.register.RegisterAnswerDtos.RegisterAnswer;
import id.rapor.assessment.register.RegisterAnswerDtos.RegisterAnswers;
import id.rapor.platform.error.ProblemException;
import id.rapor.platform.security.Caller;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * One record feeds both: the answers of an assessment proposed from the subject's registers (SOP, SPM, innovation)
 * of the cycle's year. The indicator's {@code source} (data of the instrument version) names the register measure;
 * the register's {@link RegisterReader} reads it. Nothing is written: the operator accepts a proposal by sending it
 * through the ordinary answer endpoint, as with the SKM suggestions.
 */
@ApplicationScoped
public class RegisterAnswerService {

    /** Evidence links carried into one proposed answer, at most. */
    static final int MAX_EVIDENCE = 20;

    @Inject
    AssessmentRepository assessments;

    @Inject
    CycleService cycles;

    @Inject
    InstrumentService instruments;

    @Inject
    Instance<RegisterReader> readers;

    @Inject
    Caller caller;

    /** The proposals for every indicator of the assessment's instrument that names a register source. */
    @Transactional
    public RegisterAnswers propose(UUID assessmentId) {
        Assessment a = assessments
                .findByIdOptional(assessmentId)
                .orElseThrow(() -> ProblemException.notFound("Assessment", assessmentId));
        caller.requireRead(a.regionCode, a.unitId);
        EvaluationCycle cycle = cycles.byId(a.cycleId);
        InstrumentVersion version = instruments.byId(cycle.instrumentVersionId);
        Map<String, RegisterReader.Snapshot> snapshots = new HashMap<>();
        List<RegisterAnswer> items = new ArrayList<>();
        boolean anyRecord = false;
        for (AspectDef aspect : instruments.definition(version).aspects()) {
            for (IndicatorDef indicator : aspect.indicators()) {
                if (indicator.source() == null) {
                    continue;
                }
                Optional<RegisterSource> source = RegisterSource.parse(indicator.source());
                if (source.isEmpty()) {
                    items.add(none(indicator, "the source is not of the form REGISTER:MEASURE[:ARGUMENT]"));
                    continue;
                }
                RegisterReader.Snapshot snapshot = snapshots.computeIfAbsent(
                        source.get().register(),
                        r -> reader(r).map(x -> x.read(a.unitId, cycle.year)).orElse(null));
                if (snapshot == null) {
                    items.add(none(indicator, "no register " + source.get().register()));
                    continue;
                }
                if (snapshot.isEmpty()) {
                    items.add(none(
                            indicator,
                            "the subject has no record in the " + source.get().register() + " register for "
                                    + cycle.year));
                    continue;
                }
                anyRecord = true;
                items.add(item(indicator, source.get(), snapshot.propose(source.get())));
            }
        }
        return new RegisterAnswers(
                a.id, a.unitId, cycle.year, version.code, version.version, !anyRecord, List.copyOf(items));
    }

    private Optional<RegisterReader> reader(String register) {
        return readers.stream().filter(r -> r.register().equals(register)).findFirst();
    }

    private static RegisterAnswer none(IndicatorDef indicator, String reason) {
        return new RegisterAnswer(indicator.code(), indicator.source(), null, reason, List.of(), true, List.of());
    }

    private static RegisterAnswer item(IndicatorDef indicator, RegisterSource source, Proposal p) {
        ProposedAnswer answer = null;
        if (p.decided()) {
            String slot = indicator.evidence() == null || indicator.evidence().isEmpty()
                    ? null
                    : indicator.evidence().get(0).code();
            List<EvidenceItem> evidence = slot == null
                    ? List.of()
                    : p.evidenceLinks().stream()
                            .distinct()
                            .limit(MAX_EVIDENCE)
                            .map(link -> new EvidenceItem(slot, link, null, "register record"))
                            .toList();
            answer = new ProposedAnswer(
                    indicator.code(),
                    p.value(),
                    p.parts(),
                    evidence,
                    "proposed from the " + source.register() + " register: " + p.reason());
        }
        return new RegisterAnswer(
                indicator.code(),
                source.toString(),
                answer,
                p.reason(),
                p.records(),
                p.unconfirmed().isEmpty(),
                p.unconfirmed());
    }
}
