package dev.akis.blocks;

import static org.assertj.core.api.Assertions.assertThat;

import dev.akis.flow.Block;
import dev.akis.i18n.Languages;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class BlockCatalogTest {

    private final BlockCatalog catalog = BlockCatalog.standard();

    @Test
    void everyCategoryOfTheIssueHasBlocksInThePalette() {
        for (BlockCategory category : BlockCategory.values()) {
            assertThat(catalog.inCategory(category)).as(category.id()).isNotEmpty();
            assertThat(BlockCatalog.categoryName(category, Locale.ENGLISH)).isNotBlank();
            assertThat(BlockCatalog.categoryName(category, Languages.locale("tr"))).isNotBlank();
        }
    }

    @Test
    void everyBlockTypeSpeaksTurkishAndEnglishForNameFieldsOptionsAndPorts() {
        for (String language : Languages.SUPPORTED) {
            Locale locale = Languages.locale(language);
            for (BlockType type : catalog.all()) {
                assertThat(type.name(locale)).as(type.id()).isNotBlank();
                assertThat(type.description(locale)).as(type.id()).isNotBlank();
                for (FieldSpec field : type.fields()) {
                    assertThat(type.fieldLabel(field, locale)).as(type.id() + "." + field.key()).isNotBlank();
                    boolean technicalOptions = field.key().equals("method");
                    for (String option : field.options()) {
                        if (!technicalOptions) {
                            assertThat(BlockType.TEXTS.has(locale, "block." + type.id() + ".field." + field.key() + ".option." + option))
                                    .as("label of %s.%s=%s in %s", type.id(), field.key(), option, language).isTrue();
                        }
                    }
                }
                Block block = type.newBlock("b1", List.of("tr", "en"));
                for (PortSpec port : type.ports(block)) {
                    boolean labelled = BlockType.TEXTS.has(locale, "block." + type.id() + ".port." + port.id())
                            || BlockType.TEXTS.has(locale, "port." + port.id());
                    assertThat(labelled).as("label of port %s:%s in %s", type.id(), port.id(), language).isTrue();
                }
            }
        }
    }

    @Test
    void everySettingOfEveryBlockExplainsItselfInTurkishAndEnglish() {
        List<String> missing = new ArrayList<>();
        for (BlockType type : catalog.all()) {
            for (FieldSpec field : type.fields()) {
                String english = type.fieldHelp(field, Locale.ENGLISH);
                String turkish = type.fieldHelp(field, Languages.locale("tr"));
                if (english == null || english.isBlank()) {
                    missing.add("en " + type.id() + "." + field.key());
                }
                if (turkish == null || turkish.isBlank()) {
                    missing.add("tr " + type.id() + "." + field.key());
                } else if (turkish.equals(english)) {
                    missing.add("tr (untranslated) " + type.id() + "." + field.key());
                }
            }
        }
        assertThat(missing).as("settings without help text in the inspector").isEmpty();
    }

    @Test
    void aNewBlockFromThePaletteHasItsCustomerTextsInEveryLanguageOfTheFlow() {
        BlockType ask = catalog.find("askQuestion").orElseThrow();
        Block block = ask.newBlock("ask_email", List.of("tr", "en"));
        assertThat(ask.text(block, "prompt").get("tr")).isEqualTo("Size nasıl yardımcı olabilirim?");
        assertThat(ask.text(block, "prompt").get("en")).isEqualTo("How can I help you?");
        assertThat(block.title().get("tr")).isEqualTo("Soru Sor");
        assertThat(ask.integer(block, "maxRetries")).isEqualTo(2);
    }
}
