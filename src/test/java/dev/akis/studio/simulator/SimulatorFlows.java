package dev.akis.studio.simulator;

import dev.akis.flow.EntryPoint;
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
}
