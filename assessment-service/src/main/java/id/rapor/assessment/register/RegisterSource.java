package id.rapor.assessment.register;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where an indicator's proposed answer comes from, as the instrument version's data names it in the indicator's
 * {@code source}: {@code REGISTER:MEASURE[:ARGUMENT]}, e.g. {@code SOP:EVALUATED}, {@code SOP:UPDATED_WITHIN:3} or
 * {@code SPM:SERVED:KK-DIK-1.P}.
 */
public record RegisterSource(String register, String measure, String argument) {

    public static final String SOP = "SOP";
    public static final String SPM = "SPM";
    public static final String INNOVATION = "INNOVATION";

    private static final Pattern FORM =
            Pattern.compile("^(SOP|SPM|INNOVATION):([A-Z_]{1,40})(?::([A-Za-z0-9_.-]{1,40}))?$");

    /** The source named by {@code text}, or empty when there is none or it is not of the form. */
    public static Optional<RegisterSource> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        Matcher m = FORM.matcher(text.trim());
        return m.matches() ? Optional.of(new RegisterSource(m.group(1), m.group(2), m.group(3))) : Optional.empty();
    }

    /** The argument as a whole number, or empty when it has none or it is not one. */
    public Optional<Integer> intArgument() {
        if (argument == null || !argument.matches("\\d{1,4}")) {
            return Optional.empty();
        }
        return Optional.of(Integer.valueOf(argument));
    }

    @Override
    public String toString() {
        return register + ":" + measure + (argument == null ? "" : ":" + argument);
    }
}
