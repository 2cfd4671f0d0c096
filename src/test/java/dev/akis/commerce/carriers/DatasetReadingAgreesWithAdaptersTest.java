package dev.akis.commerce.carriers;

import static org.assertj.core.api.Assertions.assertThat;

import dev.akis.commerce.ServiceException;
import dev.akis.commerce.ShipmentStatus;
import dev.akis.commerce.dataset.H2ParcelRecords;
import dev.akis.commerce.dataset.ParcelStatusReader;
import dev.akis.commerce.dataset.ShopDatabase;
import dev.akis.commerce.mock.MockCarrierServer;
import dev.akis.commerce.mock.ParcelRecord;
import dev.akis.time.VirtualClock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The dataset describes members' parcels ("one delayed at Yurtiçi Kargo") with its own reading of the raw carrier
 * codes (decision 0021); a customer hears what the carrier adapters read. Both must agree on every parcel of the
 * shipped dataset, at the reference time and three days later (when more parcels are late), so what the data
 * window promises is what the conversation says.
 */
class DatasetReadingAgreesWithAdaptersTest {

    @Test
    void theDatasetsOwnReadingOfEveryParcelIsWhatTheCarrierAdaptersReadOverTheMockCarriers() throws Exception {
        try (ShopDatabase database = ShopDatabase.openDefault();
             MockCarrierServer server = MockCarrierServer.start(new H2ParcelRecords(database))) {
            VirtualClock clock = new VirtualClock(database.referenceTime());
            try (CarrierTrackers adapters = server.trackers(clock)) {
                Set<ShipmentStatus> seen = EnumSet.noneOf(ShipmentStatus.class);
                for (int day = 0; day < 2; day++) {
                    LocalDate today = LocalDate.ofInstant(clock.instant(), VirtualClock.ISTANBUL);
                    List<String> differences = new ArrayList<>();
                    for (ParcelRecord parcel : database.parcels()) {
                        ShipmentStatus dataset = ParcelStatusReader.read(parcel, today);
                        ShipmentStatus adapter = adapterReading(adapters, parcel);
                        seen.add(adapter);
                        if (dataset != adapter) {
                            String last = parcel.events().isEmpty() ? "no events"
                                    : parcel.events().get(parcel.events().size() - 1).code();
                            differences.add(parcel.carrier() + " " + parcel.trackingNumber() + " (" + last
                                    + "): dataset " + dataset + ", adapters " + adapter);
                        }
                    }
                    assertThat(differences).as("parcels read differently on %s", today).isEmpty();
                    clock.advance(Duration.ofDays(3));
                }
                assertThat(seen).as("the comparison covers every status").containsAll(EnumSet.allOf(ShipmentStatus.class));
            }
        }
    }

    private static ShipmentStatus adapterReading(CarrierTrackers adapters, ParcelRecord parcel) throws ServiceException {
        try {
            return adapters.track(parcel.carrier(), parcel.trackingNumber()).status();
        } catch (ServiceException e) {
            if (e.kind() == ServiceException.Kind.NOT_FOUND) {
                return ShipmentStatus.UNKNOWN;
            }
            throw e;
        }
    }
}
