package dev.akis.studio.support;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.akis.blocks.BlockCatalog;
import dev.akis.blocks.BlockType;
import dev.akis.flow.Block;
import dev.akis.flow.EntryPoint;
import dev.akis.flow.FlowDocument;
import dev.akis.flow.Json;
import dev.akis.flow.LocalizedText;
import dev.akis.flow.NoteBounds;
import dev.akis.flow.Point;
import dev.akis.flow.StickyNote;
import dev.akis.studio.geometry.AutoLayout;
import dev.akis.studio.geometry.CardMetrics;
import dev.akis.studio.geometry.Shapes;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Flows built in code for the tests, the screenshots and the benchmark. */
public final class SampleFlows {

    private static final BlockCatalog CATALOG = BlockCatalog.standard();
    private static final List<String> LANGUAGES = List.of("tr", "en");

    private SampleFlows() {
    }

    /**
     * "Where is my order?": the customer gives an e-mail, the shop finds the member and the orders, the chosen
     * order's parcel is tracked and the answer depends on the shipment status.
     */
    public static FlowDocument orderLookup() {
        FlowDocument.Builder flow = FlowDocument.builder("order-lookup")
                .name(LocalizedText.of("tr", "Siparişim nerede?", "en", "Where is my order?"))
                .description(LocalizedText.of("tr", "E-posta ile üyeyi bulur, siparişi seçtirir ve kargo durumunu anlatır.",
                        "en", "Finds the member by e-mail, lets them pick the order and explains where the parcel is."))
                .defaultLanguage("tr").languages(LANGUAGES)
                .entryPoint(EntryPoint.keyword("kargo", "ask_email",
                        Map.of("tr", List.of("kargo", "sipariş"), "en", List.of("order", "parcel"))))
                .entryPoint(EntryPoint.anyMessage("any", "ask_email"));

        Block ask = block("askQuestion", "ask_email", "E-posta sor", "Ask for e-mail")
                .withConfigValue("inputType", Json.NODES.textNode("email"))
                .withConfigValue("property", Json.NODES.textNode("contact.email"))
                .withConfigValue("prompt", text("Siparişinizi bulabilmem için e-posta adresinizi yazar mısınız?",
                        "Could you type your e-mail address so I can find your order?"));
        Block member = block("getMember", "get_member", "Üyeyi bul", "Find the member");
        Block select = block("selectOrder", "select_order", "Sipariş seçtir", "Pick the order");
        // Like the shipped samples, the shop promises delivery 3 days after the carrier takes the parcel.
        Block status = block("orderStatus", "order_status", "Kargo durumu", "Parcel status")
                .withConfigValue("deliveryPromiseDays", Json.NODES.numberNode(3));
        Block delivered = message("msg_delivered", "Teslim edildi", "Delivered",
                "Siparişiniz {shipment.deliveredAt} tarihinde teslim edildi. 📦",
                "Your order was delivered on {shipment.deliveredAt}. 📦");
        Block delayed = message("msg_delayed", "Gecikme özrü", "Delay apology",
                "Üzgünüz, {shipment.carrier} kargonuz gecikti. Tahmini teslim: {shipment.estimatedDelivery}.",
                "Sorry, your {shipment.carrier} parcel is delayed. Expected: {shipment.estimatedDelivery}.");
        Block transit = message("msg_transit", "Yolda", "On its way",
                "Kargonuz yolda: {shipment.statusLabel}. Takip: {shipment.trackingLink}",
                "Your parcel is on its way: {shipment.statusLabel}. Tracking: {shipment.trackingLink}");
        Block other = message("msg_status", "Durum bilgisi", "Status update",
                "Kargonuzun son durumu: {shipment.summary}", "Latest status of your parcel: {shipment.summary}");
        Block notFound = message("msg_not_member", "Üye bulunamadı", "No such member",
                "Bu e-posta ile bir üyelik bulamadım.", "I could not find an account with this e-mail.");
        Block noOrders = message("msg_no_orders", "Sipariş yok", "No orders",
                "Henüz bir siparişiniz görünmüyor.", "I can't see any orders yet.");
        Block handoff = block("handoff", "handoff", "Temsilciye aktar", "Hand over to an agent")
                .withConfigValue("reason", Json.NODES.textNode("Sipariş sorgusu: {order.number}"));
        Block end = block("end", "end", "Bitir", "Finish");

        List<Block> blocks = List.of(ask, member, select, status, delivered, delayed, transit, other, notFound, noOrders,
                handoff, end);
        blocks.forEach(flow::block);
        flow.connect("ask_email", "answered", "get_member")
                .connect("ask_email", "gaveUp", "handoff")
                .connect("get_member", "found", "select_order")
                .connect("get_member", "notFound", "msg_not_member")
                .connect("get_member", "error", "handoff")
                .connect("select_order", "selected", "order_status")
                .connect("select_order", "noOrders", "msg_no_orders")
                .connect("select_order", "error", "handoff")
                .connect("order_status", "delivered", "msg_delivered")
                .connect("order_status", "delayed", "msg_delayed")
                .connect("order_status", "inTransit", "msg_transit")
                .connect("order_status", "other", "msg_status")
                .connect("order_status", "error", "handoff")
                .connect("msg_delivered", "next", "end")
                .connect("msg_delayed", "next", "end")
                .connect("msg_transit", "next", "end")
                .connect("msg_status", "next", "end");
        flow.note(new StickyNote("note_delays", LocalizedText.of("tr",
                "Yurtiçi ve Aras gecikmelerinde özür mesajı gider; müşteri isterse temsilciye aktarılır.",
                "en", "Yurtiçi and Aras delays get an apology; the customer can ask for an agent."), "yellow", null));
        FlowDocument laidOut = withTidyLayout(flow.build(), new Point(40, 40));
        return laidOut.withLayout(laidOut.layout().withNote("note_delays", new NoteBounds(40, 300, 240, 120)));
    }

    /** A copy of the flow with every block placed by the tidy layout, the start node at {@code start}. */
    public static FlowDocument withTidyLayout(FlowDocument document, Point start) {
        Point origin = new Point(start.x() + CardMetrics.START_WIDTH + AutoLayout.COLUMN_GAP, start.y());
        Map<String, Point> positions = AutoLayout.arrange(document, null, origin,
                id -> Shapes.of(document, document.block(id).orElseThrow(), CATALOG), CATALOG);
        return document.withLayout(document.layout().withStart(start).withBlocks(new LinkedHashMap<>(positions)));
    }

    public static Block block(String type, String id, String titleTr, String titleEn) {
        BlockType blockType = CATALOG.find(type).orElseThrow();
        return blockType.newBlock(id, LANGUAGES).withTitle(LocalizedText.of("tr", titleTr, "en", titleEn));
    }

    public static Block message(String id, String titleTr, String titleEn, String textTr, String textEn) {
        return block("sendMessage", id, titleTr, titleEn).withConfigValue("text", text(textTr, textEn));
    }

    public static ObjectNode text(String tr, String en) {
        ObjectNode node = Json.object();
        node.put("tr", tr);
        node.put("en", en);
        return node;
    }

    /**
     * A generated flow of {@code count} blocks for the benchmark: chains of questions, lookups and messages with
     * branches, laid out on a grid as a merchant's large flow would be.
     */
    public static FlowDocument generated(int count) {
        FlowDocument.Builder flow = FlowDocument.builder("generated-" + count)
                .name(LocalizedText.of("tr", count + " bloklu akış", "en", count + "-block flow"))
                .defaultLanguage("tr").languages(LANGUAGES);
        String[] types = {"sendMessage", "askQuestion", "condition", "getMember", "orderStatus", "setProperty", "wait"};
        int columns = (int) Math.ceil(Math.sqrt(count * 1.6));
        String previous = null;
        for (int i = 0; i < count; i++) {
            String type = types[i % types.length];
            String id = "b" + i;
            Block block = CATALOG.find(type).orElseThrow().newBlock(id, LANGUAGES)
                    .withTitle(LocalizedText.of("tr", "Adım " + i, "en", "Step " + i));
            if ("condition".equals(type)) {
                ArrayNode branches = Json.NODES.arrayNode();
                ObjectNode branch = branches.addObject();
                branch.put("id", "vip");
                branch.set("label", text("VIP", "VIP"));
                branch.put("match", "all");
                ObjectNode rule = branch.putArray("rules").addObject();
                rule.put("property", "member.orderCount");
                rule.put("operator", "greaterThan");
                rule.put("value", "5");
                block = block.withConfigValue("branches", branches);
            }
            flow.block(block);
            int column = i % columns;
            int row = i / columns;
            flow.position(id, 300 + column * 360.0, 40 + row * 380.0);
            if (previous != null && i % columns != 0) {
                String port = switch (types[(i - 1) % types.length]) {
                    case "askQuestion" -> "answered";
                    case "condition" -> "otherwise";
                    case "getMember" -> "found";
                    case "orderStatus" -> "other";
                    case "wait" -> "elapsed";
                    default -> "next";
                };
                flow.connect(previous, port, id);
            }
            previous = id;
        }
        flow.entryPoint(EntryPoint.anyMessage("any", "b0"));
        return flow.build();
    }
}
