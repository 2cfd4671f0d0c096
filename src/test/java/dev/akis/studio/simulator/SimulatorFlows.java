package dev.akis.studio.simulator;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.akis.flow.EntryPoint;
import dev.akis.flow.Json;
import dev.akis.flow.FlowDocument;
import dev.akis.flow.LocalizedText;
import dev.akis.flow.Point;
import dev.akis.studio.support.SampleFlows;
import java.util.List;

/** Small flows for the simulator's tests, besides the order-lookup sample. */
public final class SimulatorFlows {

    private SimulatorFlows() {
    }

    /** A bot that answers, waits an hour for the customer, and then sends a reminder. */
    public static FlowDocument reminder() {
        FlowDocument.Builder flow = FlowDocument.builder("cart-reminder")
                .name(LocalizedText.of("tr", "Sepet hatırlatma", "en", "Cart reminder"))
                .defaultLanguage("tr").languages(List.of("tr", "en"))
                .entryPoint(EntryPoint.anyMessage("any", "msg_cart"));
        flow.block(SampleFlows.message("msg_cart", "Sepet", "Cart",
                "Sepetiniz sizi bekliyor. Ödemeyi tamamlamak ister misiniz?",
                "Your cart is waiting. Would you like to complete the payment?"));
        flow.block(SampleFlows.block("wait", "wait_hour", "Bir saat bekle", "Wait an hour"));
        flow.block(SampleFlows.message("msg_reminder", "Hatırlatma", "Reminder",
                "Küçük bir hatırlatma: sepetinizdeki ürünler tükenmeden siparişinizi tamamlayın.",
                "A little reminder: complete your order before the items sell out."));
        flow.block(SampleFlows.block("end", "end", "Bitir", "Finish"));
        flow.connect("msg_cart", "next", "wait_hour")
                .connect("wait_hour", "elapsed", "msg_reminder")
                .connect("msg_reminder", "next", "end");
        return SampleFlows.withTidyLayout(flow.build(), new Point(40, 40));
    }
    /**
     * A bot that runs into WhatsApp's limits: a tracking link whose button title is longer than 20 characters,
     * then a question with four answers (more than WhatsApp's 3 reply buttons), one of them a long title.
     */
    public static FlowDocument whatsAppLimits() {
        FlowDocument.Builder flow = FlowDocument.builder("whatsapp-limits")
                .name(LocalizedText.of("tr", "WhatsApp sınırları", "en", "WhatsApp limits"))
                .defaultLanguage("tr").languages(List.of("tr", "en"))
                .entryPoint(EntryPoint.anyMessage("any", "msg_track"));
        flow.block(SampleFlows.message("msg_track", "Takip bağlantısı", "Tracking link",
                "Kargonuz yolda.", "Your parcel is on its way.")
                .withConfigValue("linkTitle", SampleFlows.text(TRACK_TR, TRACK_EN))
                .withConfigValue("linkUrl", Json.NODES.textNode("https://kargo.example.com/takip?no=105075407140")));
        ArrayNode choices = Json.NODES.arrayNode();
        choices.add(choice("late", LONG_TR, "My parcel is late and I want to know why"));
        choices.add(choice("return", "İade", "Return"));
        choices.add(choice("exchange", "Değişim", "Exchange"));
        choices.add(choice("other", "Başka", "Other"));
        flow.block(SampleFlows.block("askQuestion", "ask_topic", "Konu sor", "Ask the topic")
                .withConfigValue("inputType", Json.NODES.textNode("choice"))
                .withConfigValue("choiceDisplay", Json.NODES.textNode("buttons"))
                .withConfigValue("choices", choices)
                .withConfigValue("property", Json.NODES.textNode("topic"))
                .withConfigValue("prompt", SampleFlows.text("Başka nasıl yardımcı olabilirim?", "How else can I help?")));
        flow.block(SampleFlows.block("end", "end", "Bitir", "Finish"));
        flow.connect("msg_track", "next", "ask_topic").connect("ask_topic", "answered", "end");
        return SampleFlows.withTidyLayout(flow.build(), new Point(40, 40));
    }

    /** The tracking link's button title: 28 characters, WhatsApp shows 20. */
    public static final String TRACK_TR = "Kargonuzu buradan takip edin";
    public static final String TRACK_EN = "Follow your parcel right here";
    /** An answer longer than a WhatsApp list row's 24 characters. */
    public static final String LONG_TR = "Kargom gecikti, nedenini öğrenmek istiyorum";

    private static ObjectNode choice(String id, String tr, String en) {
        ObjectNode choice = Json.object();
        choice.put("id", id);
        choice.set("title", SampleFlows.text(tr, en));
        return choice;
    }
}
