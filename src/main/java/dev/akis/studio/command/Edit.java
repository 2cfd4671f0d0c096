package dev.akis.studio.command;

import dev.akis.flow.FlowDocument;
import dev.akis.studio.ui.Texts;
import java.util.Locale;
import java.util.function.Function;
import java.util.function.UnaryOperator;

/**
 * A command made of a described change: the description's bundle key with its arguments (arguments that are
 * functions of the locale are resolved in the reader's language) and the document change.
 */
public record Edit(String descriptionKey, Object[] arguments, UnaryOperator<FlowDocument> change, Object mergeKey)
        implements Command {

    public static Edit of(String descriptionKey, UnaryOperator<FlowDocument> change, Object... arguments) {
        return new Edit(descriptionKey, arguments, change, null);
    }

    /** The same edit, merged with directly following edits that carry the same key. */
    public Edit mergingWith(Object key) {
        return new Edit(descriptionKey, arguments, change, key);
    }

    @Override
    public String description(Locale locale) {
        Object[] resolved = new Object[arguments.length];
        for (int i = 0; i < arguments.length; i++) {
            resolved[i] = arguments[i] instanceof Function<?, ?> f ? apply(f, locale) : arguments[i];
        }
        return Texts.BUNDLE.get(locale, descriptionKey, resolved);
    }

    @SuppressWarnings("unchecked")
    private static Object apply(Function<?, ?> function, Locale locale) {
        return ((Function<Locale, Object>) function).apply(locale);
    }

    @Override
    public FlowDocument apply(FlowDocument document) {
        return change.apply(document);
    }
}
