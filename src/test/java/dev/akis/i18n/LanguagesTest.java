package dev.akis.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

class LanguagesTest {

    private static UnaryOperator<String> from(Map<String, String> values) {
        return values::get;
    }

    private static String languageFor(Map<String, String> properties, Map<String, String> environment, Locale jvm) {
        return Languages.uiLocale(from(properties), from(environment), jvm).getLanguage();
    }

    @Test
    void aTurkishLangOnAMachineWithoutThatLocaleStillGivesTurkish() {
        // The JVM falls back to en_US when tr_TR.UTF-8 was never generated; the variable itself says Turkish.
        assertThat(languageFor(Map.of(), Map.of("LANG", "tr_TR.UTF-8"), Locale.US)).isEqualTo("tr");
    }

    @Test
    void lcAllOutranksLcMessagesWhichOutranksLang() {
        assertThat(languageFor(Map.of(), Map.of("LC_ALL", "en_US.UTF-8", "LC_MESSAGES", "tr_TR", "LANG", "tr_TR"),
                Locale.US)).isEqualTo("en");
        assertThat(languageFor(Map.of(), Map.of("LC_MESSAGES", "tr_TR@euro", "LANG", "en_GB.UTF-8"), Locale.US))
                .isEqualTo("tr");
    }

    @Test
    void theCLocaleLeavesTheChoiceToTheJvm() {
        assertThat(languageFor(Map.of(), Map.of("LANG", "C.UTF-8"), Locale.forLanguageTag("tr-TR"))).isEqualTo("tr");
        assertThat(languageFor(Map.of(), Map.of("LC_ALL", "POSIX"), Locale.US)).isEqualTo("en");
        assertThat(languageFor(Map.of(), Map.of(), Locale.forLanguageTag("tr-TR"))).isEqualTo("tr");
    }

    @Test
    void theAppsOwnSettingsOutrankTheSystem() {
        assertThat(languageFor(Map.of("akis.lang", "en"), Map.of("AKIS_LANG", "tr", "LANG", "tr_TR"), Locale.US))
                .isEqualTo("en");
        assertThat(languageFor(Map.of(), Map.of("AKIS_LANG", "tr", "LC_ALL", "en_US"), Locale.US)).isEqualTo("tr");
    }

    @Test
    void languagesOtherThanTurkishSpeakEnglish() {
        assertThat(languageFor(Map.of(), Map.of("LANG", "de_DE.UTF-8"), Locale.GERMANY)).isEqualTo("en");
    }
}
