package dev.akis.sim.script;

import dev.akis.i18n.Messages;
import java.util.Locale;

/**
 * A conversation script that cannot be read, or whose setup cannot be done (unknown dataset or customer,
 * unknown service in a fault line): file, line and a message in Turkish or English.
 */
public final class ScriptSyntaxException extends Exception {

    private static final long serialVersionUID = 1L;
    static final Messages TEXTS = Messages.bundle("dev.akis.sim.sim");

    private final String source;
    private final int line;
    private final String messageKey;
    private final transient Object[] args;

    public ScriptSyntaxException(String source, int line, String messageKey, Object... args) {
        super(null, null, false, false);
        this.source = source;
        this.line = line;
        this.messageKey = messageKey;
        this.args = args == null ? new Object[0] : args.clone();
    }

    public String source() {
        return source;
    }

    /** 1-based line, 0 when the problem is not on one line. */
    public int line() {
        return line;
    }

    public String messageKey() {
        return messageKey;
    }

    public String describe(Locale locale) {
        return TEXTS.get(locale, messageKey, args);
    }

    /** "order-lookup.happy-path.convtest:12: ..." */
    public String format(Locale locale) {
        return (source == null ? "<script>" : source) + (line > 0 ? ":" + line : "") + ": " + describe(locale);
    }

    @Override
    public String getMessage() {
        return format(Locale.ENGLISH);
    }
}
