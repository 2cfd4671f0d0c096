package dev.akis.commerce;

import java.time.Instant;

/** One scan or movement the carrier reported, with its raw code and text and the status it maps to. */
public record TrackingEvent(Instant at, String location, String rawCode, String rawText, ShipmentStatus status) {
}
