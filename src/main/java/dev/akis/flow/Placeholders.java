package dev.akis.flow;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Placeholders in customer texts and templates: {@code {member.firstName}}, {@code {order.number}}. A placeholder
 * is a brace, a {@link PropertyNames property name} and a closing brace; anything else in braces (a JSON body,
 * say) is plain text. {@link #malformed(String)} finds the braces that were probably meant as placeholders but
 * are not ({@code {müşteri.adı}}, {@code {order number}}, {@code {}}).
 */
public final class Placeholders {

    public static final Pattern PATTERN = Pattern.compile("\\{(" + PropertyNames.REGEX + ")}");

    /**
     * Braces around something short that reads like a name: letters (of any alphabet), digits, {@code _ . -} and
     * at most two inner spaces, with at least one letter; or nothing at all. JSON ({@code {"a": 1}}), sentences and
     * numbers in braces ({@code {1}}) do not look like this, so they stay plain text without a warning.
     */
    private static final Pattern LOOKS_MEANT = Pattern.compile(
            "\\{([\\p{L}\\p{M}\\p{N}_.\\- ]{0,60})}");
    private static final int MOST_WORDS = 3;

    /** Braces that look like a placeholder but are not one, as written, with why and a valid name to use. */
    public record Malformed(String written, PropertyNames.Flaw flaw, String suggestion) {
    }

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
     * The braces in {@code text} that look like a placeholder but are not one, in order of appearance
     * (duplicates kept); see {@link #LOOKS_MEANT}.
     */
    public static List<Malformed> malformed(String text) {
        List<Malformed> found = new ArrayList<>();
        if (text == null || text.indexOf('{') < 0) {
            return found;
        }
        Matcher matcher = LOOKS_MEANT.matcher(text);
        while (matcher.find()) {
            String inner = matcher.group(1);
            if (PropertyNames.isValid(inner) || !looksLikeAName(inner)) {
                continue;
            }
            found.add(new Malformed(matcher.group(), PropertyNames.flaw(inner), PropertyNames.suggestion(inner)));
        }
        return found;
    }

    private static boolean looksLikeAName(String inner) {
        if (inner.isBlank()) {
            return true;
        }
        if (inner.strip().split(" +").length > MOST_WORDS) {
            return false;
        }
        return inner.codePoints().anyMatch(Character::isLetter);
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
