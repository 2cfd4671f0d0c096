package dev.akis.commerce.dataset;

import dev.akis.commerce.Carrier;
import dev.akis.commerce.mock.ParcelRecord;
import dev.akis.commerce.mock.ParcelRecords;
import java.util.Optional;

/** The carriers' raw parcel histories from the H2 dataset, for the mock carrier server. */
public final class H2ParcelRecords implements ParcelRecords {

    private final ShopDatabase database;

    public H2ParcelRecords(ShopDatabase database) {
        this.database = database;
    }

    @Override
    public Optional<ParcelRecord> find(Carrier carrier, String trackingNumber) {
        if (carrier == null || trackingNumber == null || trackingNumber.isBlank()) {
            return Optional.empty();
        }
        return database.findParcel(carrier, trackingNumber.strip());
    }
}
