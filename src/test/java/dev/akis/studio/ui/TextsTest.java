package dev.akis.studio.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Texts about a number of things read right in both languages. */
class TextsTest {

    @Test
    void oneUnsavedFlowIsSingularInEnglishAndTurkishKeepsTheNounAfterAnyNumber() {
        Texts english = new Texts(Locale.ENGLISH);
        assertThat(english.count("recovery.offer", 1)).endsWith("1 unsaved flow can be recovered.");
        assertThat(english.count("recovery.offer", 2)).endsWith("2 unsaved flows can be recovered.");
        assertThat(english.count("status.recovered", 1)).isEqualTo("Recovered 1 flow; save it to keep it.");
        assertThat(english.count("status.recovered", 3)).isEqualTo("Recovered 3 flows; save them to keep them.");

        Texts turkish = new Texts(Locale.forLanguageTag("tr"));
        assertThat(turkish.count("recovery.offer", 1)).endsWith("1 kaydedilmemiş akış kurtarılabilir.");
        assertThat(turkish.count("recovery.offer", 2)).endsWith("2 kaydedilmemiş akış kurtarılabilir.");
        assertThat(turkish.count("status.recovered", 1)).isEqualTo("1 akış kurtarıldı; saklamak için kaydedin.");
    }
}
