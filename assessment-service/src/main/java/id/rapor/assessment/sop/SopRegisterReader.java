package id.rapor.assessment.sop;

import id.rapor.assessment.register.Proposal;
import id.rapor.assessment.register.RegisterReader;
import id.rapor.assessment.register.RegisterSource;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;

/**
 * The SOP register read for the SOP_AP indicators of a unit and year: the unit's SOPs made by the end of the year and
 * the latest evaluation of each in the year. Measures (PERCENT_OF_TARGET parts, target = SOPs in force unless said):
 * IN_FORCE (ditetapkan of draft + ditetapkan), HEADER_COMPLETE, UPDATED_WITHIN:n (made or revised in the year or
 * the n−1 before), EVALUATED, APPLIED_WELL (berjalan baik), CRITERIA_MET (ya of the criteria answered; an SOP not
 * evaluated counts with the default set's criteria and no ya).
 */
@ApplicationScoped
public class SopRegisterReader implements RegisterReader {

    @Override
    public String register() {
        return RegisterSource.SOP;
    }

    @Override
    public Snapshot read(UUID unitId, int year) {
        List<SopDocument> registered = SopDocument.<SopDocument>list("unitId = ?1 order by number", unitId).stream()
                .filter(s -> s.madeDate.getYear() <= year)
                .toList();
        Map<UUID, SopEvaluation> latest = new HashMap<>();
        for (SopEvaluation e : SopEvaluation.<SopEvaluation>list(
                "unitId = ?1 and year = ?2 order by evaluatedAt desc, id", unitId, year)) {
            latest.putIfAbsent(e.sopId, e);
        }
        SopCriteriaSet defaults = SopCriteriaSet.findById(SopCriteriaSet.DEFAULT_VERSION);
        return new SopSnapshot(year, registered, latest, defaults.criteria.size());
    }

    private record SopSnapshot(
            int year, List<SopDocument> registered, Map<UUID, SopEvaluation> latest, int defaultCriteria)
            implements Snapshot {

        @Override
        public boolean isEmpty() {
            return registered.isEmpty();
        }

        private List<SopDocument> inForce() {
            return registered.stream()
                    .filter(s -> SopService.IN_FORCE.equals(s.status))
                    .toList();
        }

        @Override
        public Proposal propose(RegisterSource source) {
            List<SopDocument> inForce = inForce();
            return switch (source.measure()) {
                case "IN_FORCE" -> {
                    List<SopDocument> live = registered.stream()
                            .filter(s -> !SopService.REVOKED.equals(s.status))
                            .toList();
                    if (live.isEmpty()) {
                        yield Proposal.none("every registered SOP is dicabut");
                    }
                    yield share(
                                    live,
                                    inForce,
                                    "SOP ditetapkan of " + live.size() + " registered (draft and ditetapkan)")
                            .unconfirmed("target: the registered SOPs stand for the services/processes needing an "
                                    + "SOP; a service without any registered SOP is not counted");
                }
                case "HEADER_COMPLETE" ->
                    ofInForce(inForce, SopSnapshot::complete, "with a complete SOP-AP header and document");
                case "UPDATED_WITHIN" -> {
                    int window = source.intArgument().orElse(0);
                    if (window < 1) {
                        yield Proposal.none("UPDATED_WITHIN needs a window of 1 or more years");
                    }
                    int from = year - window + 1;
                    yield ofInForce(
                            inForce,
                            s -> {
                                int last = (s.revisedDate != null ? s.revisedDate : s.madeDate).getYear();
                                return last >= from && last <= year;
                            },
                            "made or revised in " + from + "–" + year);
                }
                case "EVALUATED" -> ofInForce(inForce, s -> latest.containsKey(s.id), "evaluated in " + year);
                case "APPLIED_WELL" ->
                    ofInForce(
                            inForce,
                            s -> latest.containsKey(s.id)
                                    && SopService.APPLIED_WELL.equals(latest.get(s.id).application),
                            "berjalan dengan baik by the latest evaluation of " + year);
                case "CRITERIA_MET" -> criteria(inForce);
                default -> Proposal.none("the SOP register has no measure " + source.measure());
            };
        }

        private Proposal ofInForce(List<SopDocument> inForce, Predicate<SopDocument> counted, String what) {
            if (inForce.isEmpty()) {
                return Proposal.none("no SOP ditetapkan by " + year);
            }
            return share(
                    inForce,
                    inForce.stream().filter(counted).toList(),
                    "SOP ditetapkan " + what + " of " + inForce.size() + " ditetapkan");
        }

        private Proposal criteria(List<SopDocument> inForce) {
            if (inForce.isEmpty()) {
                return Proposal.none("no SOP ditetapkan by " + year);
            }
            long target = 0;
            long met = 0;
            List<String> records = new ArrayList<>();
            for (SopDocument s : inForce) {
                SopEvaluation e = latest.get(s.id);
                target += e == null ? defaultCriteria : e.criteriaCount;
                met += e == null ? 0 : e.yesCount;
                if (e != null) {
                    records.add("/api/v1/assessment/sops/" + s.id + "/evaluations");
                }
            }
            return Proposal.ofTarget(
                            target,
                            met,
                            met + " ya of " + target + " criteria over " + inForce.size() + " SOP ditetapkan ("
                                    + records.size() + " evaluated in " + year + ")",
                            records,
                            links(inForce))
                    .unconfirmed("the % ya over the evaluation criteria is a local convention, not an official "
                            + "result of PermenPANRB 35/2012");
        }

        private static Proposal share(List<SopDocument> of, List<SopDocument> counted, String what) {
            return Proposal.ofTarget(
                    of.size(),
                    counted.size(),
                    counted.size() + " " + what,
                    of.stream().map(s -> "/api/v1/assessment/sops/" + s.id).toList(),
                    links(counted));
        }

        private static List<String> links(List<SopDocument> sops) {
            return sops.stream()
                    .map(s -> s.documentUrl)
                    .filter(u -> u != null && !u.isBlank())
                    .toList();
        }

        private static boolean complete(SopDocument s) {
            return present(s.implementerQualification)
                    && present(s.relatedSops)
                    && present(s.equipment)
                    && present(s.warnings)
                    && present(s.records)
                    && present(s.documentUrl);
        }

        private static boolean present(String text) {
            return text != null && !text.isBlank();
        }
    }
}
