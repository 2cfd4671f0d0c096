package dev.akis.testing;

import static dev.akis.testing.TestFlows.block;

import dev.akis.flow.FlowDocument;

/** Flows shared by several tests. */
public final class SampleFlows {

    private SampleFlows() {
    }

    /** Asks the e-mail, finds the member, lists the orders, reports the chosen order's shipment. */
    public static FlowDocument orderLookup(String packagesMode) {
        return TestFlows.flow("order-lookup", "ask_email")
                .block(block("ask_email", "askQuestion", "{'prompt': {'tr': 'Siparişinizi bulmak için e-posta adresinizi yazar mısınız?',"
                        + " 'en': 'What is your e-mail address?'}, 'inputType': 'email', 'property': 'contact.email'}"))
                .block(block("find_member", "getMember", "{'lookupBy': 'email', 'value': '{contact.email}'}"))
                .block(block("pick_order", "selectOrder", "{'prompt': {'tr': 'Hangi siparişiniz?', 'en': 'Which order?'}, 'pageSize': 5}"))
                .block(block("status", "orderStatus", "{'packages': '" + packagesMode + "'}"))
                .block(block("tracking_link", "sendMessage", "{'text': {'tr': '{shipment.summary} Takip: {shipment.trackingLink}',"
                        + " 'en': '{shipment.summary} Tracking: {shipment.trackingLink}'}}"))
                .block(block("sorry_late", "sendMessage", "{'text': {'tr': 'Gecikme için özür dileriz. {shipment.summary}'}}"))
                .block(block("not_found", "sendMessage", "{'text': {'tr': 'Bu e-posta ile kayıtlı üye bulamadım.'}}"))
                .block(block("no_orders", "sendMessage", "{'text': {'tr': 'Henüz siparişiniz yok.'}}"))
                .block(block("oops", "sendMessage", "{'text': {'tr': 'Şu an sipariş bilgilerine ulaşamıyorum.'}}"))
                .block(block("next_question", "askQuestion", "{'prompt': {'tr': 'Başka bir konuda yardım ister misiniz?'}, 'property': 'more'}"))
                .connect("ask_email", "answered", "find_member")
                .connect("find_member", "found", "pick_order")
                .connect("find_member", "notFound", "not_found")
                .connect("find_member", "error", "oops")
                .connect("pick_order", "selected", "status")
                .connect("pick_order", "noOrders", "no_orders")
                .connect("pick_order", "error", "oops")
                .connect("status", "delayed", "sorry_late")
                .connect("status", "other", "tracking_link")
                .connect("status", "error", "oops")
                .connect("tracking_link", "next", "next_question")
                .connect("sorry_late", "next", "next_question")
                .build();
    }

}
