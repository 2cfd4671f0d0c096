package dev.akis.flow;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Placeholders in customer texts and templates: {@code {member.firstName}}, {@code {order.number}}. A placeholder
 * is a brace, a dotted name of letters, digits and underscores, and a closing brace; anything else in braces (a
 * JSON body, say) is plain text.
 */
public final class Placeholders {

    public static final Pattern PATTERN = Pattern.compile("\\{([A-Za-z_][A-Za-z0-9_]*(?:\\.[A-Za-z_][A-Za-z0-9_]*)*)}");

    private Placeholders() {
    }

    /** The property names the text refers to, in order of appearance (duplicates kept). */
    public static List<String> names(String text) {
        List<String> names = new ArrayList<>();
        if (text == null || text.indexOf('{') < 0) {
            return names;
        }
        Matcher matcher = PATTERN.matcher(text);
        while (matcher.find()) {
            names.add(matcher.group(1));
        }
        return names;
    }

    /**
     * Replaces each placeholder with {@code valueOf(name)}; a null value becomes the empty string, so a missing
     * value never shows as "null".
     */
    public static String render(String text, Function<String, String> valueOf) {
        if (text == null) {
            return "";
        }
        if (text.indexOf('{') < 0) {
            return text;
        }
        Matcher matcher = PATTERN.matcher(text);
        StringBuilder out = new StringBuilder(text.length() + 32);
        while (matcher.find()) {
            String value = valueOf.apply(matcher.group(1));
            matcher.appendReplacement(out, Matcher.quoteReplacement(value == null ? "" : value));
        }
        matcher.appendTail(out);
        return out.toString();
    }
}
