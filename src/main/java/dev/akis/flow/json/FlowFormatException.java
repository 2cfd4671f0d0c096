package dev.akis.flow.json;

import dev.akis.i18n.Messages;
import java.util.Locale;

/**
 * A flow file that cannot be read: bad JSON, a wrong type for a known field, or a missing required field.
 * Carries the source name, the line and column, and a message key so the text can be shown in Turkish or English.
 */
public class FlowFormatException extends Exception {

    private static final long serialVersionUID = 1L;
    static final Messages TEXTS = Messages.bundle("dev.akis.flow.json.format");

    private final String source;
    private final SourceLocation location;
    private final String messageKey;
    private final transient Object[] args;

    public FlowFormatException(String source, SourceLocation location, String messageKey, Object... args) {
        super(null, null, false, false);
        this.source = source;
        this.location = location == null ? SourceLocation.UNKNOWN : location;
        this.messageKey = messageKey;
        this.args = args == null ? new Object[0] : args.clone();
    }

    public String source() {
        return source;
    }

    public SourceLocation location() {
        return location;
    }

    public String messageKey() {
        return messageKey;
    }

    /** The problem alone, without file and position, in the given language. */
    public String describe(Locale locale) {
        Object[] rendered = new Object[args.length];
        for (int i = 0; i < args.length; i++) {
            rendered[i] = args[i] instanceof LocalizedArgument localized ? localized.text(locale) : args[i];
        }
        return TEXTS.get(locale, messageKey, rendered);
    }

    /** A message argument that is itself worded in the reader's language, such as why a migration failed. */
    @FunctionalInterface
    public interface LocalizedArgument {
        String text(Locale locale);
    }

    /** "orders.json:12:5: expected ..." in the given language. */
    public String format(Locale locale) {
        StringBuilder text = new StringBuilder();
        text.append(source == null ? "<input>" : source);
        if (location.isKnown()) {
            text.append(':').append(location.line()).append(':').append(location.column());
        }
        return text.append(": ").append(describe(locale)).toString();
    }

    @Override
    public String getMessage() {
        return format(Locale.ENGLISH);
    }
}
