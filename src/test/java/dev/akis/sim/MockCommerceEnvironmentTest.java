package dev.akis.sim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.akis.commerce.Carrier;
import dev.akis.commerce.Member;
import dev.akis.commerce.Order;
import dev.akis.commerce.Page;
import dev.akis.commerce.ServiceException;
import dev.akis.commerce.ShipmentStatus;
import dev.akis.commerce.Tracking;
import dev.akis.commerce.mock.FaultMode;
import dev.akis.commerce.mock.ParcelRecord;
import dev.akis.engine.trace.ServiceCall;
import dev.akis.sim.script.ScriptParser;
import dev.akis.sim.script.ScriptRunner;
import java.time.Duration;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The simulator's world: the shipped dataset behind the loopback mock İkas and carrier servers. */
class MockCommerceEnvironmentTest {

    private static MockCommerceEnvironment world;

    @BeforeAll
    static void openTheShippedDataset() throws Exception {
        world = (MockCommerceEnvironment) CommerceEnvironments.open("default");
    }

    @AfterAll
    static void close() {
        world.close();
    }

    @AfterEach
    void noFaultsLeftOn() {
        world.clearFaults();
    }

    @Test
    void aMemberIsFoundThroughTheIkasClientAndHerOrdersComeNewestFirst() throws Exception {
        Member ayse = world.shop().findMemberByEmail("ayse.yilmaz@example.com").orElseThrow();
        assertThat(ayse.firstName()).isEqualTo("Ayşe");
        Page<Order> orders = world.shop().listOrders(ayse.id(), 1, 5);
        assertThat(orders.items()).isNotEmpty();
        assertThat(orders.items()).extracting(Order::orderedAt).isSortedAccordingTo((a, b) -> b.compareTo(a));
        assertThat(world.clock().instant()).isEqualTo(world.database().referenceTime());
        assertThat(world.shopSettings().storefrontUrl()).startsWith("https://");
    }

    @Test
    void everyNormalizedStatusIsReachedByTrackingTheDatasetsParcelsThroughTheCarrierAdapters() throws Exception {
        Map<ShipmentStatus, Integer> seen = new EnumMap<>(ShipmentStatus.class);
        Set<Carrier> carriers = EnumSet.noneOf(Carrier.class);
        for (ParcelRecord parcel : world.database().parcels()) {
            try {
                Tracking tracking = world.carriers().track(parcel.carrier(), parcel.trackingNumber());
                seen.merge(tracking.status(), 1, Integer::sum);
                carriers.add(parcel.carrier());
                assertThat(tracking.rawText()).as(parcel.trackingNumber()).isNotNull();
            } catch (ServiceException e) {
                // A parcel the carrier cannot find is part of the data (an unknown tracking number).
                assertThat(e.kind()).as(parcel.trackingNumber()).isEqualTo(ServiceException.Kind.NOT_FOUND);
            }
        }
        assertThat(seen.keySet()).as("statuses reached: %s", seen).containsExactlyInAnyOrder(ShipmentStatus.values());
        assertThat(carriers).containsExactlyInAnyOrder(Carrier.values());
    }

    @Test
    void aFaultSwitchedOnForIkasReachesTheShopClient() {
        world.faults("ikas").orElseThrow().setMode(FaultMode.SERVER_ERROR);
        assertThatThrownBy(() -> world.shop().findMemberByEmail("ayse.yilmaz@example.com"))
                .isInstanceOf(ServiceException.class)
                .extracting(e -> ((ServiceException) e).kind()).isEqualTo(ServiceException.Kind.SERVER_ERROR);
    }

    @Test
    void aScriptedSlowIkasShowsItsAddedLatencyInTheTraceOfTheTurnThatAskedTheShop() throws Exception {
        dev.akis.flow.FlowDocument flow = dev.akis.flow.json.FlowFiles.load(java.nio.file.Path.of("flows-samples/order-lookup.json"));
        SimulatedConversation chat = new SimulatedConversation(new dev.akis.engine.Engine(flow, world.engineServices()),
                world.clock(), dev.akis.engine.ConversationStart.of("slow", "simulator", "+905000000000", null, "tr"));
        chat.say("Siparişim nerede?");
        assertThat(ScriptRunner.applyFault(ScriptParser.fault("t.convtest", 1, "fault: ikas slow 300ms", "ikas slow 300ms"),
                world)).isTrue();

        dev.akis.engine.TurnResult slow = chat.say("ayse.yilmaz@example.com");

        List<ServiceCall> calls = slow.trace().serviceCalls();
        assertThat(calls).isNotEmpty().allSatisfy(call -> assertThat(call.service()).isEqualTo("ikas"));
        assertThat(calls).allSatisfy(call -> assertThat(Duration.ofNanos(call.durationNanos()))
                .isGreaterThanOrEqualTo(Duration.ofMillis(300)));
        assertThat(slow.trace().describe(Locale.ENGLISH)).anySatisfy(line -> assertThat(line).matches("ikas findMemberByEmail .*: ok in \\d{3,}(\\.\\d)? ms"));
        assertThat(world.faults("ikas").orElseThrow().mode()).as("the failure mode is untouched").isEqualTo(FaultMode.NONE);

        ScriptRunner.applyFault(ScriptParser.fault("t.convtest", 2, "fault: ikas slow 0s", "ikas slow 0s"), world);
        assertThat(world.faults("ikas").orElseThrow().latency()).isZero();
    }

    @Test
    void aCarrierCanBeMadeToFailOnItsOwn() throws Exception {
        ParcelRecord yurtici = world.database().parcels().stream()
                .filter(p -> p.carrier() == Carrier.YURTICI).findFirst().orElseThrow();
        ParcelRecord aras = world.database().parcels().stream()
                .filter(p -> p.carrier() == Carrier.ARAS).findFirst().orElseThrow();
        world.faults("yurtici").orElseThrow().setMode(FaultMode.RATE_LIMITED);
        assertThatThrownBy(() -> world.carriers().track(Carrier.YURTICI, yurtici.trackingNumber()))
                .isInstanceOf(ServiceException.class)
                .extracting(e -> ((ServiceException) e).kind()).isEqualTo(ServiceException.Kind.RATE_LIMITED);
        assertThat(world.carriers().track(Carrier.ARAS, aras.trackingNumber()).carrier()).isEqualTo(Carrier.ARAS);
        assertThat(world.faultableServices()).contains("ikas", "carriers", "yurtici", "dhl");
    }
}
