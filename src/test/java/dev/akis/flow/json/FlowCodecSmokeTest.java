package dev.akis.flow.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.akis.blocks.BlockCatalog;
import dev.akis.flow.EntryPoint;
import dev.akis.flow.FlowDocument;
import dev.akis.flow.LocalizedText;
import java.util.List;
import org.junit.jupiter.api.Test;

class FlowCodecSmokeTest {

    @Test
    void aSmallFlowSurvivesWriteReadWriteByteForByte() throws Exception {
        var catalog = BlockCatalog.standard();
        FlowDocument flow = FlowDocument.builder("order-lookup")
                .name(LocalizedText.of("tr", "Sipariş sorgulama", "en", "Order lookup"))
                .defaultLanguage("tr").languages(List.of("tr", "en"))
                .entryPoint(EntryPoint.anyMessage("start", "ask_email"))
                .block(catalog.find("askQuestion").orElseThrow().newBlock("ask_email", List.of("tr", "en")))
                .block(catalog.find("getMember").orElseThrow().newBlock("get_member", List.of("tr", "en")))
                .connect("ask_email", "answered", "get_member")
                .position("ask_email", 100.25, 80)
                .build();
        String first = new FlowWriter().write(flow);
        FlowDocument read = new FlowReader().read(first, "test.json");
        String second = new FlowWriter().write(read);
        assertThat(second).isEqualTo(first).endsWith("}\n").contains("\"schemaVersion\": 1");
        assertThat(read.block("ask_email")).isPresent();
    }

    @Test
    void aMalformedFileNamesLineAndColumn() {
        String text = "{\n  \"schemaVersion\": 1,\n  \"id\": \"x\",\n  \"blocks\": [ { \"id\": 5 } ]\n}\n";
        assertThatThrownBy(() -> new FlowReader().read(text, "bad.json"))
                .isInstanceOf(FlowFormatException.class)
                .hasMessageStartingWith("bad.json:4:");
    }

    @Test
    void aNewerFileIsRefusedWithItsVersion() {
        assertThatThrownBy(() -> new FlowReader().read("{\"schemaVersion\": 7, \"id\": \"x\"}", "new.json"))
                .isInstanceOf(FlowVersionException.class)
                .hasMessageContaining("version 7");
    }
}
