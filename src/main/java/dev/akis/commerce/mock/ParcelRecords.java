package dev.akis.commerce.mock;

import dev.akis.commerce.Carrier;
import java.util.Optional;

/** Where the mock carrier server reads parcels from (the H2 dataset in the app, a map in tests). */
public interface ParcelRecords {

    Optional<ParcelRecord> find(Carrier carrier, String trackingNumber);
}
