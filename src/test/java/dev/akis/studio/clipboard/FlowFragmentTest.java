package dev.akis.studio.clipboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.akis.blocks.BlockCatalog;
import dev.akis.flow.Block;
import dev.akis.flow.FlowDocument;
import dev.akis.flow.Json;
import dev.akis.flow.json.FlowFormatException;
import dev.akis.studio.support.SampleFlows;
import java.util.List;
import org.junit.jupiter.api.Test;

class FlowFragmentTest {

    private final BlockCatalog catalog = BlockCatalog.standard();
    private final FlowDocument flow = SampleFlows.orderLookup();

    @Test
    void copiedBlocksPasteWithNewIdsKeepingOnlyTheConnectionsBetweenThem() throws Exception {
        String clipboard = FlowFragment.copy(flow, List.of("get_member", "select_order", "note_delays")).toJson();
        FlowFragment fragment = FlowFragment.parse(clipboard).orElseThrow();

        FlowFragment.PasteResult pasted = fragment.pasteInto(flow, 40, 40, catalog);

        assertThat(pasted.pastedIds()).containsExactly("get_member_2", "select_order_2", "note_delays_2");
        FlowDocument after = pasted.document();
        assertThat(after.target("get_member_2", "found")).contains("select_order_2");
        assertThat(after.outgoing("get_member_2")).hasSize(1);
        assertThat(after.layout().blockPosition("get_member_2"))
                .isEqualTo(flow.layout().blockPosition("get_member").translate(40, 40));
        assertThat(after.block("get_member_2").orElseThrow().config()).isEqualTo(flow.block("get_member").orElseThrow().config());
    }

    @Test
    void aHandEditedFragmentsConnectionsToBlocksOutsideItAreLeftOutAndCounted() throws Exception {
        String text = """
                {
                  "akisFragment": 1,
                  "blocks": [
                    { "id": "ask_email", "type": "askQuestion", "title": { "tr": "E-posta", "en": "E-mail" },
                      "config": { "inputType": "email" } }
                  ],
                  "connections": [
                    { "from": "ask_email", "port": "answered", "to": "get_member" },
                    { "from": "somewhere_else", "port": "next", "to": "ask_email" }
                  ]
                }
                """;
        FlowFragment fragment = FlowFragment.parse(text).orElseThrow();

        FlowFragment.PasteResult pasted = fragment.pasteInto(flow, 0, 0, catalog);

        assertThat(pasted.pastedIds()).containsExactly("ask_email_2");
        assertThat(pasted.droppedConnections()).isEqualTo(2);
        assertThat(pasted.document().connections()).isEqualTo(flow.connections());
        assertThat(pasted.document().hasBlock("ask_email_2")).isTrue();
    }

    @Test
    void blocksPastedIntoAnotherFlowGetNewIdsEvenWhenTheirOwnAreFree() throws Exception {
        FlowDocument empty = FlowDocument.builder("other").build();
        FlowFragment fragment = FlowFragment.parse(FlowFragment.copy(flow, List.of("get_member", "select_order")).toJson())
                .orElseThrow();

        FlowFragment.PasteResult pasted = fragment.pasteInto(empty, 0, 0, catalog);

        assertThat(pasted.pastedIds()).containsExactly("get_member_2", "select_order_2");
        assertThat(pasted.document().target("get_member_2", "found")).contains("select_order_2");
    }

    @Test
    void anIdEndingInANumberCountsOnAndIsNeverShortened() throws Exception {
        Block order2 = catalog.find("orderStatus").orElseThrow().newBlock("order_2", List.of("tr", "en"));
        FlowDocument source = FlowDocument.builder("source").block(order2).position("order_2", 0, 0).build();
        FlowDocument target = FlowDocument.builder("target").block(order2.withId("order_3")).position("order_3", 0, 0).build();
        FlowFragment fragment = FlowFragment.parse(FlowFragment.copy(source, List.of("order_2")).toJson()).orElseThrow();

        assertThat(fragment.pasteInto(source, 0, 0, catalog).pastedIds()).containsExactly("order_3");
        assertThat(fragment.pasteInto(target, 0, 0, catalog).pastedIds()).containsExactly("order_4");
        assertThat(fragment.pasteInto(FlowDocument.builder("empty").build(), 0, 0, catalog).pastedIds())
                .containsExactly("order_3").doesNotContain("order");
    }

    @Test
    void twoCopiedBlocksThatShareAnIdEachGetTheirOwnNewId() throws Exception {
        Block first = catalog.find("sendMessage").orElseThrow().newBlock("greet", List.of("tr", "en"));
        Block second = catalog.find("end").orElseThrow().newBlock("greet", List.of("tr", "en"));
        FlowDocument twins = FlowDocument.builder("twins").block(first).block(second).position("greet", 0, 0).build();
        FlowFragment fragment = FlowFragment.parse(FlowFragment.copy(twins, List.of("greet")).toJson()).orElseThrow();

        FlowFragment.PasteResult pasted = fragment.pasteInto(twins, 0, 0, catalog);

        assertThat(pasted.pastedIds()).containsExactly("greet_2", "greet_3");
        assertThat(pasted.document().block("greet_2").orElseThrow().type()).isEqualTo("sendMessage");
        assertThat(pasted.document().block("greet_3").orElseThrow().type()).isEqualTo("end");
    }

    @Test
    void theFragmentIsReadableJsonWithItsMarker() {
        String clipboard = FlowFragment.copy(flow, List.of("end")).toJson();
        assertThat(clipboard).startsWith("{\n  \"akisFragment\": 1,").contains("\"type\": \"end\"").endsWith("}\n");
    }

    @Test
    void aJumpInsideTheFragmentFollowsTheNewIdOfItsTarget() throws Exception {
        Block jump = catalog.find("jump").orElseThrow().newBlock("back", List.of("tr", "en"))
                .withConfigValue("target", Json.NODES.textNode("end"));
        FlowDocument withJump = flow.toBuilder().block(jump).position("back", 0, 900).build();
        FlowFragment fragment = FlowFragment.parse(FlowFragment.copy(withJump, List.of("back", "end")).toJson()).orElseThrow();

        FlowDocument after = fragment.pasteInto(withJump, 0, 0, catalog).document();

        assertThat(after.block("back_2").orElseThrow().configValue("target").asText()).isEqualTo("end_2");
        assertThat(after.block("back").orElseThrow().configValue("target").asText()).isEqualTo("end");
    }

    @Test
    void ordinaryTextIsNotAFragment() throws Exception {
        assertThat(FlowFragment.parse("Merhaba, siparişim nerede?")).isEmpty();
        assertThat(FlowFragment.parse("{\"schemaVersion\": 1}")).isEmpty();
        assertThat(FlowFragment.parse(null)).isEmpty();
    }

    @Test
    void aDamagedFragmentIsReportedWithItsPosition() {
        String broken = "{\"akisFragment\": 1, \"blocks\": [{\"id\": 7, \"type\": \"end\"}]}";
        assertThatThrownBy(() -> FlowFragment.parse(broken))
                .isInstanceOf(FlowFormatException.class)
                .hasMessageStartingWith("clipboard:");
    }
}
