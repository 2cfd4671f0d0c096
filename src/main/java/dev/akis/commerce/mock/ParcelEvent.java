package dev.akis.commerce.mock;

import java.time.Instant;
import java.util.Map;

/**
 * One carrier movement in the carrier's own vocabulary, as stored in the mock dataset: {@code code} is the
 * carrier's raw status code, {@code text} its raw text, {@code attributes} carrier-specific extras (see
 * docs/mock-data.md for the conventions per carrier).
 */
public record ParcelEvent(Instant at, String code, String text, String location, Map<String, String> attributes) {

    public ParcelEvent {
        attributes = attributes == null ? Map.of() : Map.copyOf(attributes);
    }
}
