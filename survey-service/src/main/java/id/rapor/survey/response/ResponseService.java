package id.rapor.survey.response;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.rapor.platform.error.Problem;
import id.rapor.platform.error.ProblemException;
import id.rapor.platform.idempotency.IdempotencyKeys;
import id.rapor.platform.security.Caller;
import id.rapor.survey.campaign.Campaign;
import id.rapor.survey.campaign.CampaignService;
import id.rapor.survey.integrity.ClientInfo;
import id.rapor.survey.integrity.IntegrityDtos;
import id.rapor.survey.integrity.ProofOfWork;
import id.rapor.survey.integrity.QualityFlags;
import id.rapor.survey.integrity.SubmissionGuard;
import id.rapor.survey.integrity.VoidRequests;
import id.rapor.survey.questionnaire.Questionnaire;
import id.rapor.survey.questionnaire.QuestionnaireService;
import id.rapor.survey.response.ResponseDtos.BatchResult;
import id.rapor.survey.response.ResponseDtos.ResponseReceipt;
import id.rapor.survey.response.ResponseDtos.ResponseRequest;
import id.rapor.survey.response.ResponseDtos.VoidResult;
import id.rapor.survey.tally.CampaignTally;
import id.rapor.survey.tally.ScoreTallies;
import id.rapor.survey.tally.TallyChange;
import id.rapor.survey.tally.TallyDelta;
import id.rapor.survey.tally.TallyService;
import id.rapor.survey.unit.ServiceHours;
import id.rapor.survey.vocabulary.Vocabulary;
import io.quarkus.logging.Log;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.BiFunction;
import java.util.function.Supplier;

/**
 * Accepts survey responses: one, a JSON batch or a CSV file, each all-or-nothing. A client response id makes a
 * response count once (same id, same answers: replayed; same id, other answers: 409). Accepted rows are inserted
 * with COPY and an insert that detects duplicates on the unique key; each request appends one tally change in the
 * same transaction, folded into the campaign's tally after its commit without making writers wait on each other.
 */
@ApplicationScoped
public class ResponseService {

    private static final int MAX_ERRORS = 100;
    /** Channel of single submissions (kiosk, QR form, an operator's web form). */
    static final String WEB = "WEB";
    /** Channel of paper forms imported as CSV. */
    static final String PAPER = "CSV";
    /** Header or parameter naming the batch of paper forms. */
    static final String BATCH_REFERENCE = "batchReference";

    @Inject
    ResponseEvents responseEvents;

    @Inject
    CampaignService campaigns;

    @Inject
    QuestionnaireService questionnaires;

    @Inject
    TallyService tallies;

    @Inject
    ResponseWriter writer;

    @Inject
    Validator validator;

    @Inject
    IdempotencyKeys idempotency;

    @Inject
    IngestionConfig config;

    @Inject
    ObjectMapper mapper;

    @Inject
    Caller caller;

    @Inject
    SubmissionGuard guard;

    @Inject
    QualityFlags qualityFlags;

    @Inject
    VoidRequests voidRequests;

    @Inject
    Vocabulary vocabulary;

    @Inject
    ServiceHours serviceHours;

    /** The receipt of a single submission and whether it replayed an earlier one. */
    public record Submitted(ResponseReceipt receipt, boolean replayed) {}

    /**
     * Accepts one response while the campaign is open. A caller who does not manage the unit (anonymous, a viewer,
     * another unit's operator) must present the campaign's public form token and a solved proof-of-work challenge;
     * everyone, whatever the role, is held to the service's per campaign and per client limits. The client id
     * comes from the body or the {@code Idempotency-Key} header and is unique within the caller's namespace.
     */
    public Submitted submitOne(
            UUID campaignId,
            ResponseRequest request,
            String idempotencyKey,
            String formToken,
            String proofOfWork,
            ClientInfo client) {
        return settled(
                campaignId,
                () -> submitOneInTransaction(campaignId, request, idempotencyKey, formToken, proofOfWork, client));
    }

    private Submitted submitOneInTransaction(
            UUID campaignId,
            ResponseRequest request,
            String idempotencyKey,
            String formToken,
            String proofOfWork,
            ClientInfo client) {
        String clientId = request.clientResponseId();
        if (idempotencyKey != null && !idempotencyKey.isBlank()) {
            if (clientId != null && !clientId.equals(idempotencyKey)) {
                throw ProblemException.badRequest("Idempotency-Key", "must equal clientResponseId when both are given");
            }
            if (!idempotencyKey.matches(ResponseDtos.CLIENT_ID)) {
                throw ProblemException.badRequest(
                        "Idempotency-Key", "must be 1 to 100 letters, digits, '.', '_', ':' or '-'");
            }
            clientId = idempotencyKey;
        }
        if (clientId == null) {
            clientId = UUID.randomUUID().toString();
        }
        ResponseRequest withId = new ResponseRequest(
                clientId,
                request.answers(),
                request.gender(),
                request.age(),
                request.ageBand(),
                request.education(),
                request.occupation(),
                request.serviceUsed(),
                request.suggestion(),
                request.consent());
        // Read under the share lock every writer of the campaign's responses holds (see ingest).
        Campaign campaign = campaigns.findShared(campaignId);
        // A closed campaign says so to everyone, before any token, limit or proof-of-work is spent.
        requireOpen(campaign);
        boolean staff = campaigns.canManage(campaign.unitId);
        guard.admit(campaign, staff, formToken, proofOfWork, client);
        String namespace = namespace(WEB, staff);
        String clientKey =
                staff ? ProofOfWork.sha256("subject:" + caller.name()).substring(0, 24) : client.key();
        // Stored as PostgreSQL keeps it (microseconds), so the receipt of a replay reads the same instant.
        ResponseWriter.Stamp stamp = new ResponseWriter.Stamp(
                WEB, namespace, clientKey, null, Instant.now().truncatedTo(ChronoUnit.MICROS));
        BatchResult result = ingest(campaign, List.of(withId), stamp, (row, field) -> field, false);
        boolean replayed = result.accepted() == 0;
        Instant submittedAt = replayed
                ? writer.stored(campaignId, namespace, clientId).orElseThrow().submittedAt()
                : stamp.at();
        return new Submitted(new ResponseReceipt(clientId, campaignId, submittedAt, namespace), replayed);
    }

    /** Accepts a JSON batch for a unit the caller manages; with an Idempotency-Key a replay returns the first result. */
    public BatchResult submitBatch(
            UUID campaignId, List<ResponseRequest> rows, String idempotencyKey, String batchReference) {
        return settled(campaignId, () -> submitBatchInTransaction(campaignId, rows, idempotencyKey, batchReference));
    }

    private BatchResult submitBatchInTransaction(
            UUID campaignId, List<ResponseRequest> rows, String idempotencyKey, String batchReference) {
        Campaign campaign = campaigns.find(campaignId);
        campaigns.requireManage(campaign.unitId);
        if (rows == null) {
            throw ProblemException.badRequest("body", "must be a JSON array of responses");
        }
        ResponseWriter.Stamp stamp = new ResponseWriter.Stamp(
                "BATCH", namespace("BATCH", true), null, reference(batchReference), Instant.now());
        return once(
                campaignId,
                stamp.namespace(),
                idempotencyKey,
                rows,
                () -> ingest(campaign, rows, stamp, (row, field) -> "[" + row + "]." + field, true));
    }

    /**
     * Accepts a CSV file of paper forms for a unit the caller manages; errors name the row and column. The unit's
     * own operator must name the batch of forms; without a reference, an evaluator's or admin's import is flagged.
     */
    public BatchResult submitCsv(UUID campaignId, String csv, String idempotencyKey, String batchReference) {
        return settled(campaignId, () -> submitCsvInTransaction(campaignId, csv, idempotencyKey, batchReference));
    }

    private BatchResult submitCsvInTransaction(
            UUID campaignId, String csv, String idempotencyKey, String batchReference) {
        Campaign campaign = campaigns.find(campaignId);
        campaigns.requireManage(campaign.unitId);
        String reference = reference(batchReference);
        if (reference == null && !campaigns.canReview(campaign.unitId)) {
            throw ProblemException.badRequest(
                    BATCH_REFERENCE,
                    "paper forms entered by the unit's operator need "
                            + "the reference of their batch (e.g. the register or box number)");
        }
        requireOpen(campaign);
        Questionnaire questionnaire = questionnaires.findVersion(campaign.questionnaireId);
        CsvResponses.Parsed parsed = CsvResponses.parse(csv, questionnaire, config.maxBatchRows());
        ResponseWriter.Stamp stamp =
                new ResponseWriter.Stamp(PAPER, namespace(PAPER, true), null, reference, Instant.now());
        return once(
                campaignId,
                stamp.namespace(),
                idempotencyKey,
                idempotency.hashText(csv == null ? "" : csv),
                () -> ingest(campaign, parsed.requests(), stamp, parsed::name, true));
    }

    /**
     * Runs a submission in its transaction, then folds the campaign's committed tally changes (its own among them,
     * unless another folder is at work, which then takes them) so the tally and its event follow at once.
     */
    private <T> T settled(UUID campaignId, Supplier<T> submission) {
        T result = QuarkusTransaction.joiningExisting().call(submission::get);
        tallies.drain(campaignId);
        return result;
    }

    /**
     * Voids a response: kept and flagged with the reason, removed from the tally; voiding twice changes nothing. An
     * evaluator of the region or an admin voids at once; the unit's own operator only files a request that one of
     * them decides (separation of duties: a unit does not remove its own bad responses).
     */
    @Transactional
    public VoidOutcome voidResponse(UUID campaignId, String responseId, String namespace, String reason) {
        Campaign campaign = campaigns.find(campaignId);
        campaigns.requireManage(campaign.unitId);
        String resolved = resolveNamespace(campaignId, responseId, namespace);
        if (!campaigns.canReview(campaign.unitId)) {
            return new VoidOutcome(null, voidRequests.request(campaign, responseId, resolved, reason.trim()));
        }
        return new VoidOutcome(applyVoid(campaign, resolved, responseId, reason.trim(), caller.name()), null);
    }

    /** A void done at once, or a request waiting for an evaluator's approval. */
    public record VoidOutcome(VoidResult done, IntegrityDtos.VoidRequestView pending) {}

    /** Voids a response of a campaign now (the caller checked who may); joins the caller's transaction. */
    @Transactional(Transactional.TxType.MANDATORY)
    public VoidResult applyVoid(Campaign campaign, String namespace, String responseId, String reason, String actor) {
        UUID campaignId = campaign.id;
        CampaignTally tally = tallies.lock(campaignId);
        ResponseWriter.StoredResponse stored = writer.findForUpdate(campaignId, namespace, responseId)
                .orElseThrow(() -> ProblemException.notFound("Response", responseId));
        if (stored.voided()) {
            return new VoidResult(
                    responseId,
                    campaignId,
                    true,
                    stored.voidReason(),
                    stored.voidedAt(),
                    tally.respondents,
                    tally.tallyVersion);
        }
        Instant now = Instant.now();
        writer.markVoided(campaignId, namespace, responseId, reason, actor, now);
        responseEvents.voided(campaign, namespace, responseId, reason, now);
        TallyDelta delta = new TallyDelta();
        switch (stored.reviewState()) {
            case "FLAGGED" -> tally.flagged--;
            case "EXCLUDED" -> tally.excluded--;
            default ->
                delta.add(
                        readAnswers(stored.answersJson()),
                        vocabulary.forCampaign(campaign).groups(stored.demographics()),
                        -1);
        }
        tally = tallies.apply(tally, delta, campaign, questionnaires.find(campaign.questionnaireId));
        Log.infof("campaign %s: response voided, %d respondents remain", campaignId, tally.respondents);
        return new VoidResult(responseId, campaignId, true, reason, now, tally.respondents, tally.tallyVersion);
    }

    /**
     * Puts a flagged response into the tally (ACCEPTED) or leaves it out for good (EXCLUDED); joins the caller's
     * transaction. 409 unless the response is waiting for review.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public CampaignTally applyReview(
            Campaign campaign, String namespace, String responseId, boolean accept, String reason, String actor) {
        CampaignTally tally = tallies.lock(campaign.id);
        ResponseWriter.StoredResponse stored = writer.findForUpdate(campaign.id, namespace, responseId)
                .orElseThrow(() -> ProblemException.notFound("Response", responseId));
        if (stored.voided() || !"FLAGGED".equals(stored.reviewState())) {
            throw ProblemException.conflict("Response " + responseId + " is not waiting for review (state "
                    + (stored.voided() ? "VOIDED" : stored.reviewState()) + ")");
        }
        writer.markReviewed(
                campaign.id, namespace, responseId, accept ? "ACCEPTED" : "EXCLUDED", reason, actor, Instant.now());
        tally.flagged--;
        TallyDelta delta = new TallyDelta();
        if (accept) {
            delta.add(
                    readAnswers(stored.answersJson()),
                    vocabulary.forCampaign(campaign).groups(stored.demographics()),
                    1);
        } else {
            tally.excluded++;
        }
        return tallies.apply(tally, delta, campaign, questionnaires.find(campaign.questionnaireId));
    }

    /**
     * The namespace of a response id: the one named, or the only one holding it; 409 when several hold it and
     * none is named.
     */
    public String resolveNamespace(UUID campaignId, String responseId, String namespace) {
        if (namespace != null && !namespace.isBlank()) {
            return namespace;
        }
        List<String> found = writer.namespacesOf(campaignId, responseId);
        if (found.isEmpty()) {
            throw ProblemException.notFound("Response", responseId);
        }
        if (found.size() > 1) {
            throw new ProblemException(
                    409,
                    "conflict",
                    "Conflict",
                    "Response id " + responseId + " exists in " + "several namespaces " + found
                            + "; name one with ?namespace=",
                    List.of(new Problem.FieldError("namespace", "one of " + found)));
        }
        return found.get(0);
    }

    private String namespace(String channel, boolean staff) {
        return channel + "/" + (staff ? caller.name() : "public");
    }

    private static String reference(String batchReference) {
        if (batchReference == null || batchReference.isBlank()) {
            return null;
        }
        String trimmed = batchReference.trim();
        if (trimmed.length() > 100) {
            throw ProblemException.badRequest(BATCH_REFERENCE, "must be at most 100 characters");
        }
        return trimmed;
    }

    private BatchResult once(
            UUID campaignId, String namespace, String key, Object request, Supplier<BatchResult> action) {
        if (key == null || key.isBlank()) {
            return action.get();
        }
        // Keys are per caller too: another caller's key never replays someone else's result.
        return idempotency
                .once("survey-batch:" + campaignId + ":" + namespace, key, request, BatchResult.class, action)
                .body();
    }

    private BatchResult ingest(
            Campaign campaign,
            List<ResponseRequest> rows,
            ResponseWriter.Stamp stamp,
            BiFunction<Integer, String, String> naming,
            boolean withTotals) {
        requireOpen(campaign);
        if (rows.isEmpty()) {
            throw ProblemException.badRequest("body", "contains no responses");
        }
        if (rows.size() > config.maxBatchRows()) {
            throw ProblemException.badRequest("body", "at most " + config.maxBatchRows() + " responses per request");
        }
        Questionnaire questionnaire = questionnaires.findVersion(campaign.questionnaireId);
        List<Problem.FieldError> errors = new ArrayList<>();
        Set<String> itemCodes = new HashSet<>();
        questionnaire.items.forEach(item -> itemCodes.add(item.code));
        for (int i = 0; i < rows.size() && errors.size() < MAX_ERRORS; i++) {
            validate(rows.get(i), questionnaire, itemCodes, i, naming, errors);
        }
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
        Map<String, PreparedResponse> fresh = new LinkedHashMap<>();
        int duplicates = 0;
        MessageDigest sha256 = sha256();
        for (int i = 0; i < rows.size(); i++) {
            PreparedResponse prepared = prepare(i, rows.get(i), sha256);
            PreparedResponse earlier = fresh.putIfAbsent(prepared.clientId(), prepared);
            if (earlier != null) {
                if (!earlier.requestHash().equals(prepared.requestHash())) {
                    throw conflict(
                            naming.apply(i, "clientResponseId"),
                            "response id " + prepared.clientId()
                                    + " appears twice in this request with different content");
                }
                duplicates++;
            }
        }
        // Writers of a campaign share its row; a close or reopen waits for them, and a close that committed first
        // wins.
        campaigns.refreshShared(campaign);
        requireOpen(campaign);
        // What the campaign received so far matters only against its population.
        long received = 0;
        if (campaign.population != null) {
            long[] current = tallies.current(campaign.id);
            received = current[0] + current[1];
        }
        List<PreparedResponse> candidates = new ArrayList<>(fresh.values());
        QualityFlags.Arrival arrival = new QualityFlags.Arrival(
                campaign.id,
                campaign.population,
                received,
                PAPER.equals(stamp.channel()),
                stamp.batchReference(),
                WEB.equals(stamp.channel()) ? stamp.clientKey() : null,
                stamp.at(),
                WEB.equals(stamp.channel()) && serviceHours.isOutside(campaign.unitId, stamp.at()));
        Map<String, List<String>> flagsById = flags(arrival, candidates);
        Set<String> inserted = writer.insert(campaign.id, candidates, stamp, flagsById);
        List<PreparedResponse> accepted = candidates;
        if (inserted.size() < candidates.size()) {
            List<String> stored = candidates.stream()
                    .map(PreparedResponse::clientId)
                    .filter(id -> !inserted.contains(id))
                    .toList();
            Map<String, String> hashes = writer.storedHashes(campaign.id, stamp.namespace(), stored);
            for (String clientId : stored) {
                PreparedResponse prepared = fresh.get(clientId);
                if (!prepared.requestHash().equals(hashes.get(clientId))) {
                    throw conflict(
                            naming.apply(prepared.row(), "clientResponseId"),
                            "response id " + clientId + " was already submitted with different content");
                }
                duplicates++;
            }
            accepted = candidates.stream()
                    .filter(r -> inserted.contains(r.clientId()))
                    .toList();
            // The flags were assessed as if every row were new: assess again the rows that were, in their order.
            Map<String, List<String>> reassessed = flags(arrival, accepted);
            Map<String, List<String>> changed = new HashMap<>();
            for (PreparedResponse r : accepted) {
                List<String> now = reassessed.getOrDefault(r.clientId(), List.of());
                if (!now.equals(flagsById.getOrDefault(r.clientId(), List.of()))) {
                    changed.put(r.clientId(), now);
                }
            }
            writer.reflag(campaign.id, stamp.namespace(), changed);
            flagsById = reassessed;
        }
        int flagged = 0;
        if (!accepted.isEmpty()) {
            Vocabulary.Mapping groups = vocabulary.forCampaign(campaign);
            TallyDelta delta = new TallyDelta();
            for (PreparedResponse r : accepted) {
                if (flagsById.containsKey(r.clientId())) {
                    flagged++;
                } else {
                    delta.add(r.answers(), groups.groups(r.demographics()), 1);
                }
            }
            responseEvents.accepted(campaign, accepted, stamp, flagsById);
            tallies.record(campaign.id, TallyChange.of(delta, ScoreTallies.weights(questionnaire), flagged));
        }
        Log.infof(
                "campaign %s: %d responses received, %d accepted (%d flagged for review), %d duplicates",
                campaign.id, rows.size(), accepted.size(), flagged, duplicates);
        if (!withTotals) {
            return new BatchResult(campaign.id, rows.size(), accepted.size(), duplicates, flagged, 0, 0);
        }
        long[] current = tallies.current(campaign.id);
        return new BatchResult(
                campaign.id,
                rows.size(),
                accepted.size(),
                duplicates,
                flagged,
                current[0],
                tallies.find(campaign.id).tallyVersion);
    }

    /** The quality flags of the rows that have some, by client id, assessed in row order. */
    private Map<String, List<String>> flags(QualityFlags.Arrival arrival, List<PreparedResponse> rows) {
        Map<String, List<String>> flagsById = new HashMap<>();
        if (rows.isEmpty()) {
            return flagsById;
        }
        List<List<String>> flags = qualityFlags.assess(
                arrival, rows.stream().map(PreparedResponse::answers).toList());
        for (int i = 0; i < rows.size(); i++) {
            if (!flags.get(i).isEmpty()) {
                flagsById.put(rows.get(i).clientId(), flags.get(i));
            }
        }
        return flagsById;
    }

    private void validate(
            ResponseRequest row,
            Questionnaire questionnaire,
            Set<String> itemCodes,
            int index,
            BiFunction<Integer, String, String> naming,
            List<Problem.FieldError> errors) {
        if (row == null) {
            errors.add(new Problem.FieldError(naming.apply(index, "response"), "must not be null"));
            return;
        }
        for (ConstraintViolation<ResponseRequest> v : validator.validate(row)) {
            errors.add(new Problem.FieldError(
                    naming.apply(index, v.getPropertyPath().toString()), v.getMessage()));
        }
        if (row.answers() == null) {
            return;
        }
        for (Map.Entry<String, Integer> answer : row.answers().entrySet()) {
            String field = "answers." + answer.getKey();
            if (!itemCodes.contains(answer.getKey())) {
                errors.add(new Problem.FieldError(
                        naming.apply(index, field),
                        "is not an item of questionnaire " + questionnaire.code + " v" + questionnaire.version));
            } else if (answer.getValue() == null
                    || answer.getValue() < questionnaire.scaleMin
                    || answer.getValue() > questionnaire.scaleMax) {
                errors.add(new Problem.FieldError(
                        naming.apply(index, field),
                        "must be between " + questionnaire.scaleMin + " and " + questionnaire.scaleMax));
            }
        }
    }

    private PreparedResponse prepare(int index, ResponseRequest r, MessageDigest sha256) {
        Map<String, Integer> answers = new TreeMap<>(r.answers());
        StringBuilder json = new StringBuilder(answers.size() * 8).append('{');
        for (Map.Entry<String, Integer> a : answers.entrySet()) {
            if (json.length() > 1) {
                json.append(',');
            }
            // item codes are checked against the questionnaire, whose codes are letters, digits and . _ -
            json.append('"').append(a.getKey()).append("\":").append(a.getValue());
        }
        json.append('}');
        String hash = hash(json, r, sha256);
        String clientId = r.clientResponseId() != null
                ? r.clientResponseId()
                : UUID.randomUUID().toString();
        boolean consent = Boolean.TRUE.equals(r.consent());
        // Without consent only the answers are kept (UU PDP: no personal data without a basis to process it).
        String ageBand = r.ageBand() != null ? r.ageBand() : r.age() == null ? null : decade(r.age());
        return new PreparedResponse(
                index,
                clientId,
                hash,
                answers,
                json.toString(),
                consent ? r.gender() : null,
                consent ? r.age() : null,
                consent ? ageBand : null,
                consent ? blankToNull(r.education()) : null,
                consent ? blankToNull(r.occupation()) : null,
                consent ? blankToNull(r.serviceUsed()) : null,
                consent ? blankToNull(r.suggestion()) : null,
                consent);
    }

    /** SHA-256 of everything a response says except its id: what a client id must always stand for. */
    private static String hash(CharSequence answersJson, ResponseRequest r, MessageDigest sha256) {
        StringBuilder canonical = new StringBuilder(answersJson);
        for (Object field : new Object[] {
            r.gender(),
            r.age(),
            r.ageBand(),
            r.education(),
            r.occupation(),
            r.serviceUsed(),
            r.suggestion(),
            r.consent()
        }) {
            canonical.append('\u0001').append(field == null ? "\u0002" : field.toString());
        }
        return HexFormat.of().formatHex(sha256.digest(canonical.toString().getBytes(StandardCharsets.UTF_8)));
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String decade(int age) {
        int from = age / 10 * 10;
        return from + "-" + (from + 9);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }

    private static void requireOpen(Campaign campaign) {
        if (!campaign.isOpen()) {
            throw ProblemException.conflict("Campaign " + campaign.id + " is closed and accepts no responses");
        }
    }

    private static ProblemException conflict(String field, String detail) {
        return new ProblemException(
                409, "conflict", "Conflict", detail, List.of(new Problem.FieldError(field, detail)));
    }

    private Map<String, Integer> readAnswers(String json) {
        try {
            return mapper.readValue(json, new TypeReference<Map<String, Integer>>() {});
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored answers are not readable", e);
        }
    }
}
