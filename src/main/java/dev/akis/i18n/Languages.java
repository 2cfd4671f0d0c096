package dev.akis.i18n;

import java.util.List;
import java.util.Locale;

/**
 * The two languages Akış Studio speaks. The interface language follows the system locale unless the
 * {@code akis.lang} system property or the {@code AKIS_LANG} environment variable says otherwise.
 */
public final class Languages {

    public static final String TURKISH = "tr";
    public static final String ENGLISH = "en";
    public static final List<String> SUPPORTED = List.of(TURKISH, ENGLISH);
    private static final Locale TURKISH_LOCALE = Locale.forLanguageTag("tr-TR");

    private Languages() {
    }

    /** "tr" for any Turkish locale, "en" for everything else. */
    public static String normalize(Locale locale) {
        return locale != null && TURKISH.equals(locale.getLanguage()) ? TURKISH : ENGLISH;
    }

    public static String normalize(String languageTag) {
        return languageTag == null ? ENGLISH : normalize(Locale.forLanguageTag(languageTag.replace('_', '-')));
    }

    public static Locale locale(String language) {
        return TURKISH.equals(language) ? TURKISH_LOCALE : Locale.ENGLISH;
    }

    /** The language the user interface and command line should speak right now. */
    public static Locale uiLocale() {
        String requested = System.getProperty("akis.lang");
        if (requested == null || requested.isBlank()) {
            requested = System.getenv("AKIS_LANG");
        }
        if (requested != null && !requested.isBlank()) {
            return locale(normalize(requested));
        }
        return locale(normalize(Locale.getDefault()));
    }
}
