package dev.akis.commerce.carriers;

import dev.akis.commerce.ShipmentStatus;

/** A normalized status with its optional subtag, and the carrier's raw code and text it came from. */
public record MappedStatus(ShipmentStatus status, String subtag, String rawCode, String rawText) {
}
