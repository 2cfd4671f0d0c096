package dev.akis.i18n;

import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One family of resource bundles ({@code <baseName>_tr.properties}, {@code <baseName>_en.properties}).
 * Arguments are substituted as {@code {0}}, {@code {1}}, ... without MessageFormat's quoting rules, so Turkish
 * apostrophes ("İkas'tan") need no escaping.
 */
public final class Messages {

    private static final Map<String, Messages> FAMILIES = new ConcurrentHashMap<>();
    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private final String baseName;
    private final Map<String, ResourceBundle> bundles = new ConcurrentHashMap<>();

    private Messages(String baseName) {
        this.baseName = baseName;
    }

    public static Messages bundle(String baseName) {
        return FAMILIES.computeIfAbsent(baseName, Messages::new);
    }

    public String baseName() {
        return baseName;
    }

    /** The text for {@code key} in the locale's language (Turkish or English), arguments filled in. */
    public String get(Locale locale, String key, Object... args) {
        String pattern = find(locale, key);
        if (pattern == null) {
            throw new MissingResourceException("No text for " + key + " in " + baseName, baseName, key);
        }
        return format(pattern, args);
    }

    /** Like {@link #get} but returns null when the key is absent (for optional texts such as help). */
    public String find(Locale locale, String key) {
        ResourceBundle bundle = bundles.computeIfAbsent(Languages.normalize(locale),
                language -> ResourceBundle.getBundle(baseName, Languages.locale(language), Messages.class.getClassLoader(), NO_FALLBACK));
        return bundle.containsKey(key) ? bundle.getString(key) : null;
    }

    public boolean has(Locale locale, String key) {
        return find(locale, key) != null;
    }

    public java.util.Set<String> keys(Locale locale) {
        find(locale, "");
        return bundles.get(Languages.normalize(locale)).keySet();
    }

    static String format(String pattern, Object... args) {
        if (args == null || args.length == 0 || pattern.indexOf('{') < 0) {
            return pattern;
        }
        StringBuilder out = new StringBuilder(pattern.length() + 32);
        int i = 0;
        while (i < pattern.length()) {
            char c = pattern.charAt(i);
            if (c == '{') {
                int close = pattern.indexOf('}', i);
                if (close > i + 1) {
                    String inside = pattern.substring(i + 1, close);
                    if (inside.chars().allMatch(Character::isDigit)) {
                        int index = Integer.parseInt(inside);
                        out.append(index < args.length ? String.valueOf(args[index]) : "{" + inside + "}");
                        i = close + 1;
                        continue;
                    }
                }
            }
            out.append(c);
            i++;
        }
        return out.toString();
    }
}
