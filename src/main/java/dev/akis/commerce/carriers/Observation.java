package dev.akis.commerce.carriers;

import java.time.Instant;

/**
 * One movement as an adapter read it from the carrier's answer: when and where, the code to show as the event's
 * raw code ({@code reportedCode}, what the carrier actually sent for this movement, may be null) and the raw
 * status to map. The two codes differ only where a carrier reports the code for the shipment as a whole and not
 * per movement (Yurtiçi, Aras).
 */
record Observation(Instant at, String location, String reportedCode, RawStatus raw) {
}
