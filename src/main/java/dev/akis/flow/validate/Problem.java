package dev.akis.flow.validate;

import dev.akis.i18n.Messages;
import java.util.Locale;
import java.util.Objects;

/**
 * One finding of the linter: its code and severity, the element it concerns (a block, entry point or note id;
 * null for the flow as a whole), the setting if any, and the arguments of its message.
 */
public record Problem(ProblemCode code, String elementId, String field, Object[] args) {

    public static final Messages TEXTS = Messages.bundle("dev.akis.flow.validate.problems");

    public Problem {
        Objects.requireNonNull(code, "code");
        args = args == null ? new Object[0] : args.clone();
    }

    public Severity severity() {
        return code.severity();
    }

    public boolean isError() {
        return code.severity() == Severity.ERROR;
    }

    public String message(Locale locale) {
        Object[] rendered = new Object[args.length];
        for (int i = 0; i < args.length; i++) {
            rendered[i] = args[i] instanceof LocalizedArgument localized ? localized.text(locale) : args[i];
        }
        return TEXTS.get(locale, "problem." + code.id(), rendered);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Problem that && code == that.code && Objects.equals(elementId, that.elementId)
                && Objects.equals(field, that.field) && java.util.Arrays.equals(args, that.args);
    }

    @Override
    public int hashCode() {
        return Objects.hash(code, elementId, field, java.util.Arrays.hashCode(args));
    }

    @Override
    public String toString() {
        return (elementId == null ? "-" : elementId) + ": " + code.severity().id() + " " + code.id() + ": " + message(Locale.ENGLISH);
    }
}
