package dev.akis.blocks;

import dev.akis.commerce.Carrier;
import dev.akis.commerce.DeliveryPromise;
import dev.akis.commerce.ServiceException;
import dev.akis.commerce.ShipmentStatus;
import dev.akis.commerce.StatusGroup;
import dev.akis.commerce.Tracking;
import dev.akis.commerce.TrackingEvent;
import dev.akis.engine.spi.BlockContext;
import dev.akis.engine.spi.PropertyValues;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Fills the {@code shipment.*} properties from what a carrier said, for Order Status and Track Shipment: the
 * status and its localized label, a ready-made summary sentence, a few lines of history, and the group whose
 * port the block leaves by. Also knows which status needs attention most when an order has several parcels.
 */
public final class ShipmentReport {

    /** Status id used when the order has no parcel on its way yet (no package, or no tracking number). */
    public static final String NOT_SHIPPED = "not_shipped";
    /** Status id used for a cancelled or refunded order. */
    public static final String ORDER_CANCELLED = "order_cancelled";

    private static final int HISTORY_LINES = 3;

    /** The setting "delivery promise: N days after the parcel is handed to the carrier"; 0 means none. */
    public static final String PROMISE_FIELD = "deliveryPromiseDays";

    /** The delivery-promise setting Order Status and Track Shipment share: 0 (none) to 60 days. */
    public static FieldSpec promiseField() {
        return FieldSpec.builder(PROMISE_FIELD, FieldType.INTEGER).defaultValue(0).range(0, 60).build();
    }

    /**
     * Most urgent first: a failed delivery attempt or a problem needs the customer (or the merchant) now; a
     * parcel on its way needs nothing; a delivered or cancelled one least of all.
     */
    private static final List<ShipmentStatus> URGENCY_ORDER = List.of(
            ShipmentStatus.FAILED_ATTEMPT,
            ShipmentStatus.EXCEPTION,
            ShipmentStatus.UNKNOWN,
            ShipmentStatus.DELAYED,
            ShipmentStatus.RETURN_IN_TRANSIT,
            ShipmentStatus.RETURNED_TO_SENDER,
            ShipmentStatus.AVAILABLE_FOR_PICKUP,
            ShipmentStatus.OUT_FOR_DELIVERY,
            ShipmentStatus.IN_TRANSIT,
            ShipmentStatus.PICKED_UP,
            ShipmentStatus.LABEL_CREATED,
            ShipmentStatus.DELIVERED,
            ShipmentStatus.CANCELLED);

    private static final Map<ShipmentStatus, Integer> URGENCY = new EnumMap<>(ShipmentStatus.class);

    static {
        for (int i = 0; i < URGENCY_ORDER.size(); i++) {
            URGENCY.put(URGENCY_ORDER.get(i), i);
        }
    }

    private ShipmentReport() {
    }

    /** Smaller is more urgent. A parcel not yet handed to a carrier ranks like {@link ShipmentStatus#LABEL_CREATED}. */
    public static int urgency(ShipmentStatus status) {
        return status == null ? URGENCY.get(ShipmentStatus.LABEL_CREATED) : URGENCY.get(status);
    }

    /**
     * Asks the carrier about a package and applies the shop's delivery promise to the answer (the block's
     * "delivery promise" setting); null when the carrier is unknown or does not know the parcel.
     */
    public static Tracking track(BlockContext context, String carrierCode, String carrierName, String trackingNumber,
                                 DeliveryPromise promise) throws ServiceException {
        Tracking tracking = track(context, carrierCode, carrierName, trackingNumber);
        if (tracking == null || !promise.isSet()) {
            return tracking;
        }
        LocalDate today = LocalDate.ofInstant(context.now(), context.zone());
        Tracking promised = promise.applyTo(tracking, today, context.zone());
        if (promised.promisedDate() == null) {
            context.info("promiseNotStarted", tracking.carrier().displayName(), tracking.trackingNumber());
        } else if (promised.status() != tracking.status()) {
            context.info("pastPromise", tracking.carrier().displayName(), tracking.trackingNumber(),
                    context.formatDate(promised.promisedDate()), promise.days());
        }
        return promised;
    }

    /** Asks the carrier about a package; null when the carrier is unknown or does not know the parcel. */
    public static Tracking track(BlockContext context, String carrierCode, String carrierName, String trackingNumber)
            throws ServiceException {
        Optional<Carrier> carrier = Carrier.recognise(carrierCode).or(() -> Carrier.recognise(carrierName));
        if (carrier.isEmpty()) {
            context.problem("carrierUnknown", carrierName == null || carrierName.isBlank() ? String.valueOf(carrierCode) : carrierName);
            return null;
        }
        try {
            return context.call("carrier:" + carrier.get().slug(), "track", trackingNumber,
                    () -> context.carriers().track(carrier.get(), trackingNumber));
        } catch (ServiceException e) {
            if (e.kind() == ServiceException.Kind.NOT_FOUND) {
                context.info("parcelNotFound", carrier.get().displayName(), trackingNumber);
                return null;
            }
            throw e;
        }
    }

    /** Removes what an earlier lookup in the same conversation left in {@code shipment.*}. */
    public static void clear(BlockContext context) {
        for (ProvidedProperty property : StatusPorts.shipmentProperties()) {
            context.setProperty(property.name(), null);
        }
    }

    /** Fills everything from a carrier's answer; returns the group whose port to take. */
    public static StatusGroup fill(BlockContext context, Tracking tracking, String fallbackLink, int packageCount) {
        clear(context);
        ShipmentStatus status = tracking.status() == null ? ShipmentStatus.UNKNOWN : tracking.status();
        Carrier carrier = tracking.carrier();
        context.setProperty("shipment.carrier", carrier.displayName());
        context.setProperty("shipment.carrierCode", carrier.code());
        context.setProperty("shipment.trackingNumber", tracking.trackingNumber());
        String link = tracking.trackingLink() == null || tracking.trackingLink().isBlank() ? fallbackLink : tracking.trackingLink();
        context.setProperty("shipment.trackingLink", blankToNull(link));
        context.setProperty("shipment.status", status.id());
        context.setProperty("shipment.statusLabel", context.engineText("shipment.status." + status.id()));
        context.setProperty("shipment.statusGroup", status.group().portId());
        context.setProperty("shipment.rawStatus", blankToNull(joined(tracking.rawCode(), tracking.rawText())));
        LocalDate estimate = tracking.estimatedDelivery() != null ? tracking.estimatedDelivery() : tracking.promisedDate();
        context.setProperty("shipment.estimatedDelivery", PropertyValues.date(estimate));
        context.setProperty("shipment.deliveredAt", PropertyValues.instant(tracking.deliveredAt()));
        TrackingEvent last = tracking.lastEvent();
        if (last != null) {
            String lastText = eventText(context, carrier, last);
            if (lastText != null && !lastText.equals(last.rawText())) {
                context.info("eventTextLocalized", carrier.displayName(), last.rawText(), lastText);
            }
            context.setProperty("shipment.lastEvent", blankToNull(lastText));
            context.setProperty("shipment.lastEventAt", PropertyValues.instant(last.at()));
            context.setProperty("shipment.lastLocation", blankToNull(last.location()));
        }
        context.setProperty("shipment.history", blankToNull(history(context, carrier, tracking.events())));
        context.setProperty("shipment.packageCount", PropertyValues.number(packageCount));
        context.setProperty("shipment.summary", summary(context, status, carrier.displayName(),
                tracking.trackingNumber(), last == null ? "" : nullToEmpty(last.location()), tracking.deliveredAt() == null
                        ? null : context.formatDateTime(tracking.deliveredAt()), status.isFinal() ? null : estimate));
        return status.group();
    }

    /** The carrier could not be asked or does not know the parcel: what the shop knows, status "unknown". */
    public static StatusGroup fillUnknown(BlockContext context, String carrierName, String carrierCode,
                                          String trackingNumber, String link, int packageCount) {
        clear(context);
        ShipmentStatus status = ShipmentStatus.UNKNOWN;
        context.setProperty("shipment.carrier", blankToNull(carrierName));
        context.setProperty("shipment.carrierCode", blankToNull(carrierCode));
        context.setProperty("shipment.trackingNumber", blankToNull(trackingNumber));
        context.setProperty("shipment.trackingLink", blankToNull(link));
        context.setProperty("shipment.status", status.id());
        context.setProperty("shipment.statusLabel", context.engineText("shipment.status." + status.id()));
        context.setProperty("shipment.statusGroup", status.group().portId());
        context.setProperty("shipment.packageCount", PropertyValues.number(packageCount));
        context.setProperty("shipment.summary", summary(context, status, nullToEmpty(carrierName),
                nullToEmpty(trackingNumber), "", null, null));
        return status.group();
    }

    /** No parcel is with a carrier yet. */
    public static StatusGroup fillNotShipped(BlockContext context, int packageCount) {
        return fillWithoutCarrier(context, NOT_SHIPPED, StatusGroup.NOT_SHIPPED, packageCount);
    }

    /** The order was cancelled or refunded. */
    public static StatusGroup fillOrderCancelled(BlockContext context, int packageCount) {
        return fillWithoutCarrier(context, ORDER_CANCELLED, StatusGroup.CANCELLED, packageCount);
    }

    private static StatusGroup fillWithoutCarrier(BlockContext context, String statusKey, StatusGroup group,
                                                  int packageCount) {
        clear(context);
        context.setProperty("shipment.status", statusKey);
        context.setProperty("shipment.statusLabel", context.engineText("shipment.status." + statusKey));
        context.setProperty("shipment.statusGroup", group.portId());
        context.setProperty("shipment.packageCount", PropertyValues.number(packageCount));
        context.setProperty("shipment.summary", summary(context, null, "", "", "", null, null, statusKey));
        return group;
    }

    private static String summary(BlockContext context, ShipmentStatus status, String carrier, String trackingNumber,
                                  String location, String deliveredAt, LocalDate estimate) {
        return summary(context, status, carrier, trackingNumber, location, deliveredAt, estimate, status.id());
    }

    private static String summary(BlockContext context, ShipmentStatus status, String carrier, String trackingNumber,
                                  String location, String deliveredAt, LocalDate estimate, String key) {
        String sentenceKey = "shipment.summary." + key + (deliveredAt != null && status == ShipmentStatus.DELIVERED ? ".at" : "");
        String sentence = context.engineText(sentenceKey, carrier, trackingNumber, location,
                deliveredAt == null ? "" : deliveredAt);
        if (estimate != null) {
            sentence = sentence + " " + context.engineText("shipment.summary.eta", context.formatDate(estimate));
        }
        return sentence;
    }

    /** The latest few events, newest first: "3 May 2024 14:05 · Ankara · Kargo Yüklendi". */
    /**
     * An event as the customer reads it: the carrier's own words when they are in the conversation's language,
     * else the localized name of the status the event maps to (HepsiJet's "Undelivered" becomes "Teslim
     * edilemedi" for a Turkish customer); the raw text stays in {@code shipment.rawStatus} and the trace.
     */
    static String eventText(BlockContext context, Carrier carrier, TrackingEvent event) {
        boolean hasText = event.rawText() != null && !event.rawText().isBlank();
        boolean readable = hasText && carrier.eventTextLanguage().equals(context.language());
        if (readable || hasText && event.status() == null) {
            return event.rawText();
        }
        return event.status() == null ? null : context.engineText("shipment.status." + event.status().id());
    }

    private static String history(BlockContext context, Carrier carrier, List<TrackingEvent> events) {
        StringBuilder lines = new StringBuilder();
        for (int i = events.size() - 1; i >= 0 && i >= events.size() - HISTORY_LINES; i--) {
            TrackingEvent event = events.get(i);
            if (lines.length() > 0) {
                lines.append('\n');
            }
            lines.append(event.at() == null ? "" : context.formatDateTime(event.at()));
            if (event.location() != null && !event.location().isBlank()) {
                lines.append(" · ").append(event.location());
            }
            String text = eventText(context, carrier, event);
            if (text != null && !text.isBlank()) {
                lines.append(" · ").append(text);
            }
        }
        return lines.toString();
    }

    private static String joined(String code, String text) {
        String a = nullToEmpty(code).strip();
        String b = nullToEmpty(text).strip();
        return a.isEmpty() ? b : b.isEmpty() ? a : a + " " + b;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }

    private static String nullToEmpty(String value) {
        return value == null ? "" : value;
    }
}
