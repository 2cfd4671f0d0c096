package dev.akis.studio.problems;

import dev.akis.flow.validate.Problem;
import java.util.Locale;
import java.util.MissingResourceException;

/** A problem's message for the interface, falling back to its code when no text exists for it yet. */
public final class ProblemText {

    private ProblemText() {
    }

    public static String message(Problem problem, Locale locale) {
        try {
            return problem.message(locale);
        } catch (MissingResourceException | IllegalArgumentException noText) {
            StringBuilder text = new StringBuilder(problem.code().id());
            if (problem.field() != null) {
                text.append(" (").append(problem.field()).append(')');
            }
            return text.toString();
        }
    }
}
