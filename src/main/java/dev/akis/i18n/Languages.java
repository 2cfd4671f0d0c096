package dev.akis.i18n;

import java.util.List;
import java.util.Locale;
import java.util.function.UnaryOperator;

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
        return uiLocale(System::getProperty, System::getenv, Locale.getDefault());
    }

    /**
     * Precedence: {@code akis.lang}, {@code AKIS_LANG}, then the POSIX variables {@code LC_ALL}, {@code LC_MESSAGES},
     * {@code LANG} (in the order the C library reads them), then the JVM's default locale. The POSIX variables are
     * read directly because the JVM ignores {@code LANG=tr_TR.UTF-8} on a machine where that locale was never
     * generated, which is the usual state of servers and containers where integrators run the command line.
     */
    static Locale uiLocale(UnaryOperator<String> properties, UnaryOperator<String> environment, Locale jvmDefault) {
        String requested = properties.apply("akis.lang");
        if (isBlank(requested)) {
            requested = environment.apply("AKIS_LANG");
        }
        if (!isBlank(requested)) {
            return locale(normalize(requested));
        }
        for (String variable : List.of("LC_ALL", "LC_MESSAGES", "LANG")) {
            String value = environment.apply(variable);
            if (!isBlank(value)) {
                String language = value.split("[._@]", 2)[0];
                // "C" and "POSIX" name no language; the JVM's own choice (often the desktop's setting) stands.
                return language.equals("C") || language.equals("POSIX") ? locale(normalize(jvmDefault))
                        : locale(normalize(language));
            }
        }
        return locale(normalize(jvmDefault));
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }
}
