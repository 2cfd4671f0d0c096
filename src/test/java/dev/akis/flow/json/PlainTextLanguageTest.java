package dev.akis.flow.json;

import static org.assertj.core.api.Assertions.assertThat;

import dev.akis.flow.FlowDocument;
import org.junit.jupiter.api.Test;

/** A plain string where a text per language is expected is written in the flow's default language. */
class PlainTextLanguageTest {

    private static String flow(String defaultLanguage) {
        return """
                {
                  "schemaVersion": 1,
                  "id": "returns",
                  %s
                  "name": "Returns",
                  "description": "Answers questions about returns",
                  "entryPoints": [
                    {"id": "start", "kind": "clickToWhatsApp", "target": "hello", "sourceTag": "IG_1", "prefilledText": "I want to return"}
                  ],
                  "blocks": [
                    {"id": "hello", "type": "end", "title": "Say goodbye"}
                  ],
                  "properties": [
                    {"name": "return.reason", "type": "text", "description": "Why the customer returns"}
                  ],
                  "notes": [
                    {"id": "n1", "text": "Check with the warehouse"}
                  ]
                }
                """.formatted(defaultLanguage == null ? "" : "\"defaultLanguage\": \"" + defaultLanguage + "\",");
    }

    @Test
    void inAnEnglishFlowNameTitleNoteDescriptionAndPrefilledTextAreEnglish() throws Exception {
        FlowDocument flow = new FlowReader().read(flow("en"), "returns.json");
        assertThat(flow.name().asMap()).containsExactly(java.util.Map.entry("en", "Returns"));
        assertThat(flow.description().asMap()).containsOnlyKeys("en");
        assertThat(flow.blocks().get(0).title().asMap()).containsOnlyKeys("en");
        assertThat(flow.notes().get(0).text().asMap()).containsOnlyKeys("en");
        assertThat(flow.properties().get(0).description().asMap()).containsOnlyKeys("en");
        assertThat(flow.entryPoints().get(0).prefilledText().asMap()).containsOnlyKeys("en");
        assertThat(new FlowWriter().write(flow)).contains("\"name\": {\n    \"en\": \"Returns\"\n  }")
                .doesNotContain("\"tr\"");
    }

    @Test
    void withoutADefaultLanguagePlainTextsAreTurkishLikeTheDefaultLanguageItself() throws Exception {
        FlowDocument flow = new FlowReader().read(flow(null), "returns.json");
        assertThat(flow.defaultLanguage()).isEqualTo("tr");
        assertThat(flow.name().asMap()).containsOnlyKeys("tr");
        assertThat(flow.blocks().get(0).title().asMap()).containsOnlyKeys("tr");
        assertThat(flow.notes().get(0).text().asMap()).containsOnlyKeys("tr");
    }
}
