package dev.akis.commerce.carriers;

import dev.akis.commerce.Carrier;
import dev.akis.commerce.mock.ParcelRecord;
import dev.akis.commerce.mock.ParcelRecords;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** Parcels in a map, for tests (the app reads them from the H2 dataset). */
public final class InMemoryParcelRecords implements ParcelRecords {

    private final Map<String, ParcelRecord> parcels = new ConcurrentHashMap<>();

    public InMemoryParcelRecords(List<ParcelRecord> records) {
        records.forEach(this::put);
    }

    public void put(ParcelRecord record) {
        parcels.put(key(record.carrier(), record.trackingNumber()), record);
    }

    @Override
    public Optional<ParcelRecord> find(Carrier carrier, String trackingNumber) {
        return Optional.ofNullable(parcels.get(key(carrier, trackingNumber)));
    }

    private static String key(Carrier carrier, String trackingNumber) {
        return carrier.code() + "|" + trackingNumber;
    }
}
