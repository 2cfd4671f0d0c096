package dev.akis.commerce;

/** Asks a carrier where a parcel is and answers in the normalized vocabulary. */
public interface CarrierTracker {

    /**
     * @throws ServiceException with {@link ServiceException.Kind#NOT_FOUND} when the carrier does not know the
     *                          tracking number, or another kind when the call fails
     */
    Tracking track(Carrier carrier, String trackingNumber) throws ServiceException;
}
