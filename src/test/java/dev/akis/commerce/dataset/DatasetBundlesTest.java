package dev.akis.commerce.dataset;

import static org.assertj.core.api.Assertions.assertThat;

import dev.akis.i18n.Messages;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Every dataset message and persona phrase exists in Turkish and in English. */
class DatasetBundlesTest {

    private static final Locale TURKISH = Locale.forLanguageTag("tr-TR");

    @Test
    void turkishAndEnglishHaveTheSameKeysAndNoEmptyTexts() {
        for (String bundle : new String[] {"dev.akis.commerce.dataset.dataset", "dev.akis.commerce.dataset.persona"}) {
            Messages messages = Messages.bundle(bundle);
            Set<String> turkish = messages.keys(TURKISH);
            Set<String> english = messages.keys(Locale.ENGLISH);
            assertThat(turkish).as(bundle).isEqualTo(english).isNotEmpty();
            for (String key : turkish) {
                assertThat(messages.get(TURKISH, key)).as(bundle + " " + key).isNotBlank();
                assertThat(messages.get(Locale.ENGLISH, key)).as(bundle + " " + key).isNotBlank();
            }
        }
    }

    @Test
    void everyPersonaTraitHasAPhrase() {
        Messages messages = Messages.bundle("dev.akis.commerce.dataset.persona");
        for (Personas.Trait trait : Personas.Trait.values()) {
            assertThat(messages.has(TURKISH, "trait." + trait.name())).as(trait.name()).isTrue();
        }
    }
}
