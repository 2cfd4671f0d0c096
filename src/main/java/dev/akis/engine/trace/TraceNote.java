package dev.akis.engine.trace;

import dev.akis.i18n.Messages;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Something the merchant should know about a turn, in plain language: a placeholder without a value, a loop
 * that was stopped, a service failure with no error path, the bot staying silent after a hand-off. The text
 * comes from {@code dev/akis/engine/trace_{tr,en}.properties} under {@code note.<code>}.
 *
 * @param level {@link Level#INFO} for explanations, {@link Level#WARNING} and {@link Level#ERROR} for problems
 */
public record TraceNote(String blockId, Level level, String code, List<String> args) implements TraceEntry {

    public static final Messages TEXTS = Messages.bundle("dev.akis.engine.trace");

    /** How serious the note is. */
    public enum Level {
        INFO,
        WARNING,
        ERROR
    }

    public TraceNote {
        Objects.requireNonNull(level, "level");
        Objects.requireNonNull(code, "code");
        args = List.copyOf(args);
    }

    public boolean isProblem() {
        return level != Level.INFO;
    }

    /** The note in the reader's language. */
    public String describe(Locale locale) {
        Object[] values = args.toArray();
        return TEXTS.get(locale, "note." + code, values);
    }
}
