package dev.akis.engine.spi;

import dev.akis.flow.Placeholders;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.regex.Matcher;

/**
 * A text with placeholders, split once into literal parts and property names so that rendering it in a turn
 * is a plain loop (no regular expressions on the hot path). Placeholder syntax: {@link Placeholders}.
 */
public final class Template {

    public static final Template EMPTY = new Template("", new String[] {""}, new String[0]);

    private final String source;
    private final String[] literals;
    private final String[] names;

    private Template(String source, String[] literals, String[] names) {
        this.source = source;
        this.literals = literals;
        this.names = names;
    }

    public static Template parse(String text) {
        if (text == null || text.isEmpty()) {
            return EMPTY;
        }
        if (text.indexOf('{') < 0) {
            return new Template(text, new String[] {text}, new String[0]);
        }
        List<String> literals = new ArrayList<>();
        List<String> names = new ArrayList<>();
        Matcher matcher = Placeholders.PATTERN.matcher(text);
        int last = 0;
        while (matcher.find()) {
            literals.add(text.substring(last, matcher.start()));
            names.add(matcher.group(1));
            last = matcher.end();
        }
        literals.add(text.substring(last));
        return new Template(text, literals.toArray(String[]::new), names.toArray(String[]::new));
    }

    /** Fills the placeholders; a null value renders as nothing. */
    public String render(Function<String, String> valueOf) {
        if (names.length == 0) {
            return source;
        }
        StringBuilder out = new StringBuilder(source.length() + 32);
        for (int i = 0; i < names.length; i++) {
            out.append(literals[i]);
            String value = valueOf.apply(names[i]);
            if (value != null) {
                out.append(value);
            }
        }
        return out.append(literals[names.length]).toString();
    }

    /** The text as written. */
    public String source() {
        return source;
    }

    public boolean isEmpty() {
        return source.isEmpty();
    }

    public boolean isBlank() {
        return source.isBlank();
    }

    /** The property names referred to, in order. */
    public List<String> names() {
        return List.of(names);
    }

    /** The property name when the whole text is exactly one placeholder ("{order.total}"), else null. */
    public String singlePlaceholder() {
        return names.length == 1 && literals[0].isEmpty() && literals[1].isEmpty() ? names[0] : null;
    }

    /** True when the text starts with a placeholder (a URL template like "{shop.storefrontUrl}/api"). */
    public boolean startsWithPlaceholder() {
        return names.length > 0 && literals[0].isEmpty();
    }

    @Override
    public String toString() {
        return source;
    }
}
