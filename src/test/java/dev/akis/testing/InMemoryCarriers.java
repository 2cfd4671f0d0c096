package dev.akis.testing;

import dev.akis.commerce.Carrier;
import dev.akis.commerce.CarrierTracker;
import dev.akis.commerce.ServiceException;
import dev.akis.commerce.Tracking;
import dev.akis.commerce.mock.Faults;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;

/** Carriers that answer from memory, each with its own fault switch. */
public final class InMemoryCarriers implements CarrierTracker {

    private final Map<String, Tracking> parcels = new HashMap<>();
    private final Map<Carrier, Faults> faults = new EnumMap<>(Carrier.class);

    public InMemoryCarriers() {
        for (Carrier carrier : Carrier.values()) {
            faults.put(carrier, new Faults());
        }
    }

    public InMemoryCarriers parcel(Tracking tracking) {
        parcels.put(key(tracking.carrier(), tracking.trackingNumber()), tracking);
        return this;
    }

    public Faults faults(Carrier carrier) {
        return faults.get(carrier);
    }

    @Override
    public Tracking track(Carrier carrier, String trackingNumber) throws ServiceException {
        String service = "carrier:" + carrier.slug();
        FakeFaults.check(faults.get(carrier), service);
        Tracking tracking = parcels.get(key(carrier, trackingNumber));
        if (tracking == null) {
            throw new ServiceException(service, ServiceException.Kind.NOT_FOUND, "Unknown parcel " + trackingNumber);
        }
        return tracking;
    }

    private static String key(Carrier carrier, String trackingNumber) {
        return carrier.code() + "/" + trackingNumber;
    }
}
