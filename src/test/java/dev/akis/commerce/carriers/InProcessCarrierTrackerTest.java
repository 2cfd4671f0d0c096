package dev.akis.commerce.carriers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.akis.commerce.Carrier;
import dev.akis.commerce.DeliveryPromise;
import dev.akis.commerce.ServiceException;
import dev.akis.commerce.ShipmentStatus;
import dev.akis.commerce.Tracking;
import dev.akis.commerce.dataset.H2ParcelRecords;
import dev.akis.commerce.dataset.ShopDatabase;
import dev.akis.commerce.mock.MockCarrierServer;
import dev.akis.commerce.mock.ParcelRecord;
import dev.akis.commerce.mock.ParcelRecords;
import dev.akis.time.VirtualClock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The in-process tracker reads every parcel exactly as the carrier adapters read the loopback mock carriers'
 * answers for it: same status, subtag, raw code and text, dates, link and events, today and three days later
 * (when more parcels are late).
 */
class InProcessCarrierTrackerTest {

    @Test
    void everyParcelOfTheShippedDatasetReadsTheSameAsOverTheMockCarriers() throws Exception {
        try (ShopDatabase database = ShopDatabase.openDefault()) {
            H2ParcelRecords records = new H2ParcelRecords(database);
            assertSameReadings(records, database.parcels(), new VirtualClock(database.referenceTime()));
        }
    }

    @Test
    void theAdaptersOwnSampleParcelsReadTheSameToo() throws Exception {
        assertSameReadings(CarrierDataset.records(), CarrierDataset.parcels(), new VirtualClock(CarrierDataset.REFERENCE));
    }

    private static void assertSameReadings(ParcelRecords records, List<ParcelRecord> parcels, VirtualClock clock)
            throws Exception {
        InProcessCarrierTracker inProcess = new InProcessCarrierTracker(records, clock);
        try (MockCarrierServer server = MockCarrierServer.start(records);
             CarrierTrackers overHttp = server.trackers(clock)) {
            for (int day = 0; day < 2; day++) {
                List<String> compared = new ArrayList<>();
                for (ParcelRecord parcel : parcels) {
                    Object expected = reading(overHttp, parcel);
                    Object actual = reading(inProcess, parcel);
                    assertThat(actual).as("%s %s on %s", parcel.carrier(), parcel.trackingNumber(), clock.instant())
                            .isEqualTo(expected);
                    compared.add(parcel.trackingNumber());
                }
                assertThat(compared).hasSameSizeAs(parcels);
                clock.advance(Duration.ofDays(3));
            }
        }
    }

    /** The tracking, or the kind of failure for a parcel the carrier does not know. */
    private static Object reading(dev.akis.commerce.CarrierTracker tracker, ParcelRecord parcel) {
        try {
            return tracker.track(parcel.carrier(), parcel.trackingNumber());
        } catch (ServiceException e) {
            return e.kind();
        }
    }

    @Test
    void ayseYurticiParcelIsLateAndAnUnknownNumberIsNotFound() throws Exception {
        try (ShopDatabase database = ShopDatabase.openDefault()) {
            InProcessCarrierTracker tracker = new InProcessCarrierTracker(new H2ParcelRecords(database),
                    new VirtualClock(database.referenceTime()));

            Tracking asTheCarrierSaysIt = tracker.track(Carrier.YURTICI, "105075407140");
            assertThat(asTheCarrierSaysIt.status()).as("Yurtiçi's own estimate (26 Nov) has not passed")
                    .isEqualTo(ShipmentStatus.IN_TRANSIT);
            assertThat(asTheCarrierSaysIt.trackingLink()).contains("105075407140");
            Tracking late = new DeliveryPromise(3).applyTo(asTheCarrierSaysIt, LocalDate.of(2026, 11, 25),
                    VirtualClock.ISTANBUL);
            assertThat(late.status()).as("the shop promised 3 days after Yurtiçi took it").isEqualTo(ShipmentStatus.DELAYED);
            assertThat(late.subtag()).isEqualTo(DelayRule.PAST_PROMISED_DATE);
            assertThat(late.rawText()).isEqualTo(asTheCarrierSaysIt.rawText());

            assertThatThrownBy(() -> tracker.track(Carrier.YURTICI, "000000000000"))
                    .isInstanceOfSatisfying(ServiceException.class,
                            e -> assertThat(e.kind()).isEqualTo(ServiceException.Kind.NOT_FOUND));
        }
    }
}
