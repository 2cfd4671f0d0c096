package dev.akis.flow.json;

import static org.assertj.core.api.Assertions.assertThat;

import dev.akis.flow.Block;
import dev.akis.flow.FlowDocument;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** A flow written by a newer Akış (or another tool) keeps everything this version does not understand. */
class UnknownFieldsTest {

    private static String fixture(String name) throws IOException {
        try (InputStream in = UnknownFieldsTest.class.getResourceAsStream("/flows/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void unknownFieldsAndBlockTypesSurviveLoadAndSaveUnchanged() throws Exception {
        String original = fixture("unknown-fields.json");
        FlowDocument flow = new FlowReader().read(original, "unknown-fields.json");

        assertThat(new FlowWriter().write(flow)).isEqualTo(original);

        assertThat(flow.extras().path("x-origin").path("ratio").decimalValue().toPlainString()).isEqualTo("1.50");
        assertThat(flow.extras().has("x-comments")).isTrue();
        assertThat(flow.entryPoint("start").orElseThrow().extras().path("x-priority").asInt()).isEqualTo(3);
        assertThat(flow.entryPoint("comment").orElseThrow().kind()).isEqualTo("instagramComment");
        Block hello = flow.block("hello").orElseThrow();
        assertThat(hello.extras().path("x-color").asText()).isEqualTo("#ffcc00");
        assertThat(hello.configValue("x-experiment").path("variant").asText()).isEqualTo("B");
        Block cards = flow.block("cards").orElseThrow();
        assertThat(cards.type()).isEqualTo("carousel");
        assertThat(cards.configValue("cards").get(0).path("price").decimalValue().toPlainString()).isEqualTo("899.90");
        assertThat(flow.connections().get(0).extras().path("x-label").asText()).isEqualTo("sonra");
        assertThat(flow.property("contact.location").orElseThrow().type()).isEqualTo("geo");
        assertThat(flow.property("contact.location").orElseThrow().extras().path("x-precision").asText())
                .isEqualTo("city");
        assertThat(flow.note("note1").orElseThrow().extras().path("x-pinned").asBoolean()).isTrue();
        assertThat(flow.layout().extras().path("x-grid").path("size").asInt()).isEqualTo(16);
        assertThat(flow.metadata().extras().path("x-editor").asText()).isEqualTo("ayse@example.com");
    }

    @Test
    void theSameFlowWrittenByHandInAnotherOrderSavesToTheSameCanonicalText() throws Exception {
        FlowDocument shuffled = new FlowReader().read(fixture("unknown-fields-shuffled.json"), "shuffled.json");
        assertThat(new FlowWriter().write(shuffled)).isEqualTo(fixture("unknown-fields.json"));
    }
}
