package id.rapor.assessment.innovation;

import id.rapor.assessment.register.Proposal;
import id.rapor.assessment.register.RegisterReader;
import id.rapor.assessment.register.RegisterSource;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * The unit's innovations read for the INOVASI indicators of a year. Measures: OF_YEAR (count of the year's
 * innovations), STAGE (highest stage of the year's: 0 none, 1 inisiatif, 2 uji coba, 3 penerapan), PROFILE (checklist
 * over the year's: bukti, profil, verifikasi), REPLICATED (count of other units' innovations up to the year naming
 * one of the unit's as the one they replicate), COMPETITION (the highest tier rank reached up to the year, 0 none).
 */
@ApplicationScoped
public class InnovationRegisterReader implements RegisterReader {

    @Override
    public String register() {
        return RegisterSource.INNOVATION;
    }

    @Override
    public Snapshot read(UUID unitId, int year) {
        List<Innovation> upToYear =
                Innovation.<Innovation>list("unitId = ?1 and year <= ?2 order by year, name, id", unitId, year);
        Set<UUID> own = upToYear.stream().map(i -> i.id).collect(Collectors.toSet());
        List<Innovation> replicas = own.isEmpty()
                ? List.of()
                : Innovation.<Innovation>list(
                        "replicatedFromId in ?1 and unitId <> ?2 and year <= ?3 order by year, id", own, unitId, year);
        return new InnovationSnapshot(year, upToYear, replicas);
    }

    private record InnovationSnapshot(int year, List<Innovation> upToYear, List<Innovation> replicas)
            implements Snapshot {

        @Override
        public boolean isEmpty() {
            return upToYear.isEmpty();
        }

        private List<Innovation> ofYear() {
            return upToYear.stream().filter(i -> i.year == year).toList();
        }

        @Override
        public Proposal propose(RegisterSource source) {
            List<Innovation> ofYear = ofYear();
            return switch (source.measure()) {
                case "OF_YEAR" ->
                    Proposal.value(
                            ofYear.size(),
                            ofYear.size() + " innovation(s) of " + year + " in the register",
                            records(ofYear),
                            evidence(ofYear));
                case "STAGE" -> {
                    Optional<InnovationStage> highest =
                            ofYear.stream().map(i -> i.stage).max(Comparator.naturalOrder());
                    yield Proposal.value(
                            highest.map(s -> s.ordinal() + 1).orElse(0),
                            highest.map(s -> "highest stage of the " + year + " innovations: " + s.text())
                                    .orElse("no innovation of " + year),
                            records(ofYear),
                            evidence(ofYear));
                }
                case "PROFILE" -> {
                    Map<String, BigDecimal> parts = new LinkedHashMap<>();
                    parts.put("bukti", tick(ofYear.stream().anyMatch(i -> !i.evidence.isEmpty())));
                    parts.put(
                            "profil",
                            tick(ofYear.stream()
                                    .anyMatch(i -> present(i.purpose) && present(i.benefit) && present(i.result))));
                    parts.put("verifikasi", tick(ofYear.stream().anyMatch(i -> Boolean.TRUE.equals(i.verified))));
                    yield Proposal.parts(
                                    parts,
                                    "over the " + ofYear.size() + " innovation(s) of " + year + ": evidence "
                                            + parts.get("bukti") + ", purpose/benefit/result " + parts.get("profil")
                                            + ", verified " + parts.get("verifikasi"),
                                    records(ofYear),
                                    evidence(ofYear))
                            .unconfirmed("an item is ticked when at least one innovation of the year meets it");
                }
                case "REPLICATED" ->
                    Proposal.value(
                            replicas.size(),
                            replicas.size() + " innovation(s) of other units replicate the unit's (up to " + year + ")",
                            records(replicas),
                            List.of());
                case "COMPETITION" -> competition();
                default -> Proposal.none("the innovation register has no measure " + source.measure());
            };
        }

        private Proposal competition() {
            Map<String, CompetitionTier> tiers =
                    CompetitionTier.<CompetitionTier>listAll().stream().collect(Collectors.toMap(t -> t.code, t -> t));
            Innovation best = null;
            int rank = 0;
            for (Innovation i : upToYear) {
                CompetitionTier t = i.competitionTier == null ? null : tiers.get(i.competitionTier);
                if (t != null && i.competitionYear != null && i.competitionYear <= year && t.rank > rank) {
                    rank = t.rank;
                    best = i;
                }
            }
            Proposal p = Proposal.value(
                    rank,
                    best == null
                            ? "no competition tier reached up to " + year
                            : best.name + " reached " + tiers.get(best.competitionTier).name + " ("
                                    + best.competitionYear + ")",
                    best == null ? List.of() : records(List.of(best)),
                    best == null ? List.of() : evidence(List.of(best)));
            return best != null && !tiers.get(best.competitionTier).confirmed
                    ? p.unconfirmed(tiers.get(best.competitionTier).reason)
                    : p;
        }

        private static List<String> records(List<Innovation> innovations) {
            return innovations.stream()
                    .map(i -> "/api/v1/assessment/innovations/" + i.id)
                    .toList();
        }

        private static List<String> evidence(List<Innovation> innovations) {
            return innovations.stream()
                    .flatMap(i -> i.evidence.stream())
                    .map(e -> e.url)
                    .toList();
        }

        private static BigDecimal tick(boolean yes) {
            return yes ? BigDecimal.ONE : BigDecimal.ZERO;
        }

        private static boolean present(String text) {
            return text != null && !text.isBlank();
        }
    }
}
