package dev.akis.commerce.carriers;

import static dev.akis.commerce.carriers.CarrierDataset.REFERENCE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.akis.commerce.Carrier;
import dev.akis.commerce.ServiceException;
import dev.akis.commerce.ShipmentStatus;
import dev.akis.commerce.Tracking;
import dev.akis.commerce.TrackingEvent;
import dev.akis.commerce.mock.MockCarrierServer;
import dev.akis.time.VirtualClock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each adapter talks to the loopback mock carrier over HTTP in the carrier's own protocol and reads what a
 * merchant needs: the status, the carrier's own code and words, the events in order, the link, the dates.
 */
class CarrierAdaptersEndToEndTest {

    private static MockCarrierServer server;
    private static CarrierTrackers trackers;

    @BeforeAll
    static void start() throws Exception {
        server = MockCarrierServer.start(CarrierDataset.records());
        trackers = server.trackers(new VirtualClock(REFERENCE));
    }

    @AfterAll
    static void stop() {
        trackers.close();
        server.close();
    }

    /** What the merchant should see for the parcel that is out for delivery today with each carrier. */
    record OnItsWay(Carrier carrier, String number, String rawCode, String rawText, LocalDate estimated,
                    List<ShipmentStatus> eventStatuses, String lastPlace) {

        @Override
        public String toString() {
            return carrier.displayName();
        }
    }

    static Stream<OnItsWay> outForDeliveryToday() {
        return Stream.of(
                new OnItsWay(Carrier.YURTICI, CarrierDataset.YURTICI_OUT_FOR_DELIVERY, "IND", "Dağıtıma Çıkarıldı",
                        LocalDate.of(2026, 11, 25),
                        List.of(ShipmentStatus.PICKED_UP, ShipmentStatus.IN_TRANSIT, ShipmentStatus.IN_TRANSIT, ShipmentStatus.OUT_FOR_DELIVERY),
                        "Çankaya Şube"),
                new OnItsWay(Carrier.ARAS, CarrierDataset.ARAS_OUT_FOR_DELIVERY, "4", "Teslimatta", null,
                        List.of(ShipmentStatus.PICKED_UP, ShipmentStatus.IN_TRANSIT, ShipmentStatus.IN_TRANSIT, ShipmentStatus.OUT_FOR_DELIVERY),
                        "Keçiören"),
                new OnItsWay(Carrier.HEPSIJET, CarrierDataset.HEPSIJET_OUT_FOR_DELIVERY, "7", "Delivering", null,
                        List.of(ShipmentStatus.LABEL_CREATED, ShipmentStatus.PICKED_UP, ShipmentStatus.IN_TRANSIT, ShipmentStatus.OUT_FOR_DELIVERY),
                        "Bursa Nilüfer"),
                new OnItsWay(Carrier.SURAT, CarrierDataset.SURAT_OUT_FOR_DELIVERY, null, "Dagitimda", null,
                        List.of(ShipmentStatus.PICKED_UP, ShipmentStatus.IN_TRANSIT, ShipmentStatus.OUT_FOR_DELIVERY),
                        "Izmir Karsiyaka Sube"),
                new OnItsWay(Carrier.UPS, CarrierDataset.UPS_OUT_FOR_DELIVERY, "O", "Out For Delivery Today", LocalDate.of(2026, 11, 25),
                        List.of(ShipmentStatus.LABEL_CREATED, ShipmentStatus.PICKED_UP, ShipmentStatus.IN_TRANSIT, ShipmentStatus.OUT_FOR_DELIVERY),
                        "Ankara, TR"),
                new OnItsWay(Carrier.DHL, CarrierDataset.DHL_OUT_FOR_DELIVERY, "transit", "With delivery courier", LocalDate.of(2026, 11, 26),
                        List.of(ShipmentStatus.LABEL_CREATED, ShipmentStatus.PICKED_UP, ShipmentStatus.IN_TRANSIT, ShipmentStatus.OUT_FOR_DELIVERY),
                        "ISTANBUL - TURKEY"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("outForDeliveryToday")
    void aCustomerAsksWhereTheParcelIsOnTheDayItIsOutForDelivery(OnItsWay expected) throws Exception {
        Tracking tracking = trackers.track(expected.carrier(), expected.number());

        assertThat(tracking.carrier()).isEqualTo(expected.carrier());
        assertThat(tracking.trackingNumber()).isEqualTo(expected.number());
        assertThat(tracking.status()).isEqualTo(ShipmentStatus.OUT_FOR_DELIVERY);
        assertThat(tracking.rawCode()).isEqualTo(expected.rawCode());
        assertThat(tracking.rawText()).isEqualTo(expected.rawText());
        assertThat(tracking.estimatedDelivery()).isEqualTo(expected.estimated());
        assertThat(tracking.promisedDate()).as("no carrier knows what the shop promised").isNull();
        assertThat(tracking.deliveredAt()).isNull();
        assertThat(tracking.trackingLink()).isEqualTo(PublicTrackingLinks.of(expected.carrier(), expected.number()))
                .startsWith("https://").doesNotContain("127.0.0.1");
        assertThat(tracking.events()).extracting(TrackingEvent::status).containsExactlyElementsOf(expected.eventStatuses());
        assertThat(tracking.events()).extracting(TrackingEvent::at).isSorted();
        assertThat(tracking.lastEvent().location()).isEqualTo(expected.lastPlace());
        assertThat(tracking.lastEvent().rawText()).isEqualTo(expected.rawText());
    }

    @Test
    void aYurticiParcelStillInTransitAfterTheCarriersOwnEstimateIsDelayed() throws Exception {
        Tracking tracking = trackers.track(Carrier.YURTICI, CarrierDataset.YURTICI_DELAYED);

        assertThat(tracking.status()).isEqualTo(ShipmentStatus.DELAYED);
        assertThat(tracking.subtag()).isEqualTo(DelayRule.PAST_ESTIMATED_DATE);
        assertThat(tracking.rawCode()).isEqualTo("IND");
        assertThat(tracking.rawText()).isEqualTo("Transfer Merkezinde");
        assertThat(tracking.promisedDate()).isNull();
        assertThat(tracking.estimatedDelivery()).isEqualTo(LocalDate.of(2026, 11, 24));
        assertThat(tracking.lastEvent().status()).isEqualTo(ShipmentStatus.IN_TRANSIT);
    }

    @Test
    void aDeliveredYurticiParcelSaysWhenItWasDeliveredAndIsNotLateAnyMore() throws Exception {
        Tracking tracking = trackers.track(Carrier.YURTICI, CarrierDataset.YURTICI_DELIVERED);

        assertThat(tracking.status()).isEqualTo(ShipmentStatus.DELIVERED);
        assertThat(tracking.rawCode()).isEqualTo("DLV");
        assertThat(tracking.deliveredAt()).isEqualTo(Instant.parse("2026-11-24T11:20:00Z"));
        assertThat(tracking.events()).hasSize(3);
    }

    @Test
    void whenNobodyWasHomeTheYurticiParcelShowsAFailedAttemptWithItsReason() throws Exception {
        Tracking tracking = trackers.track(Carrier.YURTICI, CarrierDataset.YURTICI_NOBODY_HOME);

        assertThat(tracking.status()).isEqualTo(ShipmentStatus.FAILED_ATTEMPT);
        assertThat(tracking.subtag()).isEqualTo("failed_attempt.recipient_absent");
        assertThat(tracking.lastEvent().status()).isEqualTo(ShipmentStatus.FAILED_ATTEMPT);
    }

    @Test
    void aYurticiParcelTheMerchantOnlyRegisteredHasALabelAndNoEvents() throws Exception {
        Tracking tracking = trackers.track(Carrier.YURTICI, CarrierDataset.YURTICI_REGISTERED);

        assertThat(tracking.status()).isEqualTo(ShipmentStatus.LABEL_CREATED);
        assertThat(tracking.rawCode()).isEqualTo("NOP");
        assertThat(tracking.rawText()).isEqualTo("Kargo İşlem Görmemiş.");
        assertThat(tracking.events()).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(value = Carrier.class, names = {"ARAS", "MNG", "PTT", "HEPSIJET", "UPS", "DHL"})
    void aParcelTheMerchantRegisteredThatHasNotMovedYetHasALabelOnly(Carrier carrier) throws Exception {
        Tracking tracking = trackers.track(carrier, CarrierDataset.registered(carrier));

        assertThat(tracking.status()).isEqualTo(ShipmentStatus.LABEL_CREATED);
        assertThat(tracking.events()).isEmpty();
        assertThat(tracking.promisedDate()).isNull();
    }

    @Test
    void suratCannotTellAParcelWithoutMovementsFromAnUnknownNumber() {
        assertThatThrownBy(() -> trackers.track(Carrier.SURAT, CarrierDataset.registered(Carrier.SURAT)))
                .isInstanceOfSatisfying(ServiceException.class,
                        e -> assertThat(e.kind()).isEqualTo(ServiceException.Kind.NOT_FOUND));
    }

    @Test
    void anArasParcelHeldForAHolidayIsDelayedForThatReason() throws Exception {
        Tracking tracking = trackers.track(Carrier.ARAS, CarrierDataset.ARAS_HOLIDAY);

        assertThat(tracking.status()).isEqualTo(ShipmentStatus.DELAYED);
        assertThat(tracking.subtag()).isEqualTo("delayed.holiday");
        assertThat(tracking.rawCode()).isEqualTo("3");
        assertThat(tracking.rawText()).isEqualTo("Teslimat Şubesinde");
    }

    @Test
    void anArasParcelTheCustomerRefusedWentBackToTheShop() throws Exception {
        Tracking tracking = trackers.track(Carrier.ARAS, CarrierDataset.ARAS_RETURNED);

        assertThat(tracking.status()).isEqualTo(ShipmentStatus.RETURNED_TO_SENDER);
        assertThat(tracking.rawCode()).isEqualTo("6");
        assertThat(tracking.events()).extracting(TrackingEvent::status).containsExactly(ShipmentStatus.PICKED_UP,
                ShipmentStatus.OUT_FOR_DELIVERY, ShipmentStatus.IN_TRANSIT, ShipmentStatus.RETURNED_TO_SENDER);
        assertThat(tracking.deliveredAt()).isNull();
    }

    @Test
    void anMngParcelWithAnIncompleteAddressAsksForTheAddress() throws Exception {
        Tracking tracking = trackers.track(Carrier.MNG, CarrierDataset.MNG_BAD_ADDRESS);

        assertThat(tracking.status()).isEqualTo(ShipmentStatus.FAILED_ATTEMPT);
        assertThat(tracking.subtag()).isEqualTo("failed_attempt.address_issue");
        assertThat(tracking.rawCode()).isEqualTo("6");
        assertThat(tracking.rawText()).isEqualTo("[AY] Teslim Edilemedi - Adres Yetersiz");
        // MNG's tracking call reports the latest movement only.
        assertThat(tracking.events()).singleElement().satisfies(event -> {
            assertThat(event.at()).isEqualTo(Instant.parse("2026-11-25T07:40:00Z"));
            assertThat(event.location()).isEqualTo("Eskişehir Odunpazarı");
        });
        assertThat(tracking.trackingLink()).isEqualTo(PublicTrackingLinks.of(Carrier.MNG, CarrierDataset.MNG_BAD_ADDRESS));
    }

    @Test
    void aPttParcelDeliveredLastWeekReadsEveryMovement() throws Exception {
        Tracking tracking = trackers.track(Carrier.PTT, CarrierDataset.PTT_DELIVERED);

        assertThat(tracking.status()).isEqualTo(ShipmentStatus.DELIVERED);
        assertThat(tracking.rawCode()).isEqualTo("100");
        assertThat(tracking.deliveredAt()).isEqualTo(Instant.parse("2026-11-22T11:45:00Z"));
        assertThat(tracking.events()).extracting(TrackingEvent::rawCode).containsExactly("701", "1", "77", "7", "100");
        assertThat(tracking.events()).extracting(TrackingEvent::status).containsExactly(ShipmentStatus.LABEL_CREATED,
                ShipmentStatus.PICKED_UP, ShipmentStatus.IN_TRANSIT, ShipmentStatus.OUT_FOR_DELIVERY, ShipmentStatus.DELIVERED);
    }

    @Test
    void eventTimesAreTheInstantsTheCarrierReportedWhateverItsTimeFormat() throws Exception {
        for (Carrier carrier : List.of(Carrier.YURTICI, Carrier.ARAS, Carrier.HEPSIJET, Carrier.SURAT, Carrier.UPS, Carrier.DHL)) {
            String number = outForDeliveryToday().filter(c -> c.carrier() == carrier).findFirst().orElseThrow().number();
            Tracking tracking = trackers.track(carrier, number);
            Instant expected = CarrierDataset.parcels().stream()
                    .filter(p -> p.carrier() == carrier && p.trackingNumber().equals(number))
                    .findFirst().orElseThrow().events().get(0).at();
            assertThat(tracking.events().get(0).at()).as(carrier.displayName()).isEqualTo(expected);
        }
    }

    @Test
    void theMockSpeaksOnLoopbackOnly() {
        assertThat(server.uri().getHost()).isEqualTo("127.0.0.1");
        assertThat(server.baseUrl(Carrier.UPS)).isEqualTo(server.uri() + "/ups");
    }
}
