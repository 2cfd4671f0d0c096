package dev.akis.flow;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.akis.blocks.BlockCatalog;
import dev.akis.blocks.BlockType;
import java.util.List;

/** Blocks and flows as a merchant would build them in the studio, for tests. */
public final class SampleFlows {

    public static final BlockCatalog CATALOG = BlockCatalog.standard();
    public static final List<String> LANGUAGES = List.of("tr", "en");

    private SampleFlows() {
    }

    public static BlockType type(String typeId) {
        return CATALOG.find(typeId).orElseThrow();
    }

    /** A block dropped from the palette into a Turkish and English flow. */
    public static Block block(String typeId, String id) {
        return type(typeId).newBlock(id, LANGUAGES);
    }

    public static ObjectNode texts(String turkish, String english) {
        ObjectNode node = Json.object();
        if (turkish != null) {
            node.put("tr", turkish);
        }
        if (english != null) {
            node.put("en", english);
        }
        return node;
    }

    public static Block message(String id, String turkish, String english) {
        return block("sendMessage", id).withConfigValue("text", texts(turkish, english));
    }

    /** An Ask Question block offering the given options, shown as "buttons" or "list". */
    public static Block choiceQuestion(String id, String display, String... optionIds) {
        ArrayNode choices = Json.NODES.arrayNode();
        for (String option : optionIds) {
            choices.addObject().put("id", option).set("title", texts(option + " (tr)", option + " (en)"));
        }
        return block("askQuestion", id)
                .withConfigValue("inputType", Json.NODES.textNode("choice"))
                .withConfigValue("choiceDisplay", Json.NODES.textNode(display))
                .withConfigValue("property", Json.NODES.textNode("menu.choice"))
                .withConfigValue("choices", choices);
    }

    public static JsonNode text(String value) {
        return Json.NODES.textNode(value);
    }

    /** An empty Turkish and English flow to add blocks to. */
    public static FlowDocument.Builder flow(String id) {
        return FlowDocument.builder(id)
                .name(LocalizedText.of("tr", "Deneme", "en", "Test"))
                .defaultLanguage("tr")
                .languages(LANGUAGES);
    }

    /**
     * "Where is my order?": asks the e-mail, finds the member, lets the customer pick an order and reports its
     * shipment; every outcome is wired. The linter must find nothing here.
     */
    public static FlowDocument orderStatusFlow() {
        return flow("order-status")
                .entryPoint(EntryPoint.anyMessage("start", "ask_email"))
                .block(block("askQuestion", "ask_email")
                        .withConfigValue("prompt", texts("E-posta adresiniz nedir?", "What is your e-mail address?"))
                        .withConfigValue("inputType", text("email"))
                        .withConfigValue("property", text("contact.email")))
                .block(block("getMember", "get_member"))
                .block(block("selectOrder", "select_order"))
                .block(block("orderStatus", "order_status"))
                .block(message("status", "Kargonuz: {shipment.summary}", "Your parcel: {shipment.summary}"))
                .block(message("not_found", "Üzgünüz {contact.name}, kaydınızı bulamadık.",
                        "Sorry {contact.name}, we could not find you."))
                .block(block("handoff", "agent"))
                .block(block("end", "bye"))
                .connect("ask_email", "answered", "get_member")
                .connect("ask_email", "gaveUp", "agent")
                .connect("get_member", "found", "select_order")
                .connect("get_member", "notFound", "not_found")
                .connect("get_member", "error", "agent")
                .connect("select_order", "selected", "order_status")
                .connect("select_order", "noOrders", "not_found")
                .connect("select_order", "error", "agent")
                .connect("order_status", "other", "status")
                .connect("order_status", "delayed", "agent")
                .connect("order_status", "error", "agent")
                .connect("status", "next", "bye")
                .connect("not_found", "next", "bye")
                .build();
    }
}
