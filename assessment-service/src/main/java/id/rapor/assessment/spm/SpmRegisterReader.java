package id.rapor.assessment.spm;

import id.rapor.assessment.register.Proposal;
import id.rapor.assessment.register.RegisterReader;
import id.rapor.assessment.register.RegisterSource;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The Pemda's SPM sheet of the year read for the SPM indicators: SERVED:{indicator} proposes the PERCENT_OF_TARGET
 * parts sasaran as target and dilayani as achieved (capaian = dilayani ÷ sasaran × 100, {@link SpmCapaian}).
 */
@ApplicationScoped
public class SpmRegisterReader implements RegisterReader {

    @Override
    public String register() {
        return RegisterSource.SPM;
    }

    @Override
    public Snapshot read(UUID pemdaId, int year) {
        Map<String, SpmAchievement> entries =
                SpmAchievement.<SpmAchievement>list("pemdaId = ?1 and year = ?2", pemdaId, year).stream()
                        .collect(Collectors.toMap(a -> a.indicatorCode, Function.identity()));
        return new Snapshot() {
            @Override
            public boolean isEmpty() {
                return entries.isEmpty();
            }

            @Override
            public Proposal propose(RegisterSource source) {
                if (!"SERVED".equals(source.measure()) || source.argument() == null) {
                    return Proposal.none("the SPM register has no measure " + source.measure()
                            + (source.argument() == null ? "" : ":" + source.argument()));
                }
                SpmAchievement a = entries.get(source.argument());
                if (a == null) {
                    return Proposal.none("no SPM entry of " + source.argument() + " for " + year);
                }
                if (a.sasaran == 0) {
                    return Proposal.none("sasaran 0 for " + source.argument() + " in " + year
                            + ": no capaian (the sources do not " + "say how a service without sasaran counts)");
                }
                String record = "/api/v1/assessment/units/" + pemdaId + "/spm/" + year;
                String capaian = SpmCapaian.of(a.sasaran, a.dilayani)
                        .map(c -> SpmCapaian.display(c).toPlainString())
                        .orElseThrow();
                return Proposal.ofTarget(
                        a.sasaran,
                        a.dilayani,
                        a.dilayani + " dilayani of sasaran " + a.sasaran + " (capaian " + capaian + " %)",
                        List.of(record),
                        a.evidenceUrl == null ? List.of() : List.of(a.evidenceUrl));
            }
        };
    }
}
