package dev.akis.sim.bench;

import java.util.List;

/**
 * Which conversation test of a flow the benchmark replays (its main path) and whose conversations each round
 * plays: the test's own customer, or a different customer of the dataset each round where the flow works for
 * anyone.
 *
 * @param flowFile   the flow's file name in the flows folder ("order-lookup.json")
 * @param scriptFile the main-path test beside it
 * @param rotation   who writes in each round
 */
public record BenchmarkPlan(String flowFile, String scriptFile, Rotation rotation) {

    /** Who writes in each round. */
    public enum Rotation {
        /** Always the test's own customer. */
        SCRIPT_CUSTOMER,
        /** Each round the next member with orders, writing from their phone and typing their own e-mail. */
        MEMBERS_WITH_ORDERS,
        /** Each round a phone number the shop does not know (new customers, e.g. from an ad). */
        NEW_PHONES
    }

    /** The six sample flows, each with its main-path test. */
    public static final List<BenchmarkPlan> SAMPLES = List.of(
            new BenchmarkPlan("order-lookup.json", "order-lookup.ayse-late-yurtici.convtest", Rotation.MEMBERS_WITH_ORDERS),
            new BenchmarkPlan("where-is-my-parcel.json", "where-is-my-parcel.ayse-late-yurtici.convtest",
                    Rotation.MEMBERS_WITH_ORDERS),
            new BenchmarkPlan("ctwa-hoodie-to-checkout.json", "ctwa-hoodie-to-checkout.ad-to-paid-order.convtest",
                    Rotation.NEW_PHONES),
            new BenchmarkPlan("cod-confirmation.json", "cod-confirmation.elif-confirms.convtest", Rotation.SCRIPT_CUSTOMER),
            new BenchmarkPlan("abandoned-checkout.json", "abandoned-checkout.two-reminders.convtest", Rotation.NEW_PHONES),
            new BenchmarkPlan("returns-faq.json", "returns-faq.size-exchange.convtest", Rotation.NEW_PHONES));

    /** The flow's name without ".json". */
    public String flowName() {
        return flowFile.endsWith(".json") ? flowFile.substring(0, flowFile.length() - 5) : flowFile;
    }
}
