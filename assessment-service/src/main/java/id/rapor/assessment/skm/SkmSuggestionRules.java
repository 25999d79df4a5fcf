package id.rapor.assessment.skm;

import id.rapor.events.SkmFollowUpSummarized;
import java.math.BigDecimal;
import java.util.List;

/**
 * The level the SKM facts suggest for each PEKPPP Kebijakan indicator on SKM (0–5), and whether the reading is
 * confirmed by the domain reference. Indicators 8 and 9 follow the confirmed level texts (REFERENCE §3.5); 6 and 7
 * only where the facts decide it without the pedoman's unconfirmed criteria.
 */
public final class SkmSuggestionRules {

    private SkmSuggestionRules() {}

    /** A suggested level (null: the facts do not decide it), why, and whether the reading is confirmed. */
    public record Suggestion(BigDecimal value, String reason, boolean confirmed, List<String> unconfirmed) {}

    /** The suggestion of {@code fact} (SKM_HELD, MEDIA_COUNT, RTL_DONE, FOLLOW_UP_SPEED) from the facts. */
    public static Suggestion suggest(String fact, SkmFollowUpSummarized f) {
        return switch (fact) {
            case "SKM_HELD" ->
                f.campaignsHeld() == 0
                        ? level(0, "no SKM with responses in " + f.year(), true)
                        : new Suggestion(
                                null,
                                f.campaignsHeld() + " SKM held in " + f.year() + "; per PermenPANRB 14/2017 with an "
                                        + "adequate sample: " + (f.heldPerRegulation() ? "yes" : "no")
                                        + "; the level's criteria (tingkat 1–5 of the pedoman) are for the operator",
                                false,
                                List.of("indicator 6 level criteria are not confirmed"));
            case "MEDIA_COUNT" ->
                f.mediaCount() == 0
                        ? level(0, "no publication medium recorded for " + f.year(), true)
                        : new Suggestion(
                                BigDecimal.valueOf(Math.min(5, f.mediaCount())),
                                f.mediaCount() + " publication media kinds: " + String.join(", ", f.mediaKinds()),
                                false,
                                List.of("indicator 7: level n for n media kinds is Rapor's reading, not confirmed"));
            case "RTL_DONE" -> rtl(f);
            case "FOLLOW_UP_SPEED" -> speed(f);
            default -> throw new IllegalArgumentException("unknown SKM fact " + fact);
        };
    }

    /** Indicator 8: 0 no RTL, 1 none done, 2 under 30 %, 3 30–80 %, 4 over 80 %, 5 all done. */
    private static Suggestion rtl(SkmFollowUpSummarized f) {
        if (f.plansTotal() == 0) {
            return level(0, "no RTL for " + f.year(), true);
        }
        BigDecimal pct = f.donePercent();
        String why = f.plansDone() + " of " + f.plansTotal() + " RTL selesai (" + pct.toPlainString() + " %)";
        int level;
        if (f.plansDone() == 0) {
            level = 1;
        } else if (f.plansDone() == f.plansTotal()) {
            level = 5;
        } else if (pct.compareTo(BigDecimal.valueOf(30)) < 0) {
            level = 2;
        } else if (pct.compareTo(BigDecimal.valueOf(80)) <= 0) {
            level = 3;
        } else {
            level = 4;
        }
        return level(level, why, true);
    }

    /** Indicator 9: done within 1, 3, 6, 9 or 12 months of the SKM report (levels 5..1), else 0. */
    private static Suggestion speed(SkmFollowUpSummarized f) {
        if (f.followUpDays() == null) {
            return level(0, "no RTL selesai for " + f.year(), true);
        }
        int days = f.followUpDays();
        int level = days <= 31 ? 5 : days <= 92 ? 4 : days <= 183 ? 3 : days <= 274 ? 2 : days <= 366 ? 1 : 0;
        return new Suggestion(
                BigDecimal.valueOf(level),
                "last RTL selesai " + days + " days after the surveyed period ended",
                false,
                List.of("indicator 9: the end of the surveyed period stands for the date of the SKM report"));
    }

    private static Suggestion level(int value, String reason, boolean confirmed) {
        return new Suggestion(BigDecimal.valueOf(value), reason, confirmed, List.of());
    }
}
