package dev.akis.commerce.dataset;

import dev.akis.commerce.Carrier;
import dev.akis.commerce.ShipmentStatus;
import dev.akis.commerce.mock.ParcelRecord;
import dev.akis.i18n.Messages;
import dev.akis.time.VirtualClock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Writes a member's one-line persona from their data ("3 sipariş: biri Yurtiçi Kargo'da gecikmiş, biri kapıda
 * ödemeli"): how many orders, then what stands out in at most two of them, most pressing first. Dates are read
 * at the dataset's reference time, so the words stay true as long as the data does.
 */
public final class Personas {

    private static final Messages TEXTS = Messages.bundle("dev.akis.commerce.dataset.persona");
    private static final Locale TURKISH = Locale.forLanguageTag("tr-TR");
    private static final int HIGHLIGHTS = 2;

    /** What can stand out about one order, most pressing first. */
    public enum Trait {
        DELAYED, FAILED_ATTEMPT, EXCEPTION, TRACKING_NOT_FOUND, UNKNOWN, AVAILABLE_FOR_PICKUP, OUT_FOR_DELIVERY,
        RETURN_IN_TRANSIT, RETURNED_TO_SENDER, SHIPMENT_CANCELLED, REFUND_REQUESTED, REFUNDED, PARTIALLY_REFUNDED,
        CANCELLED, SPLIT, NOT_SHIPPED_COD, NOT_SHIPPED, CASH_ON_DELIVERY, IN_TRANSIT, LABEL_CREATED, DELIVERED
    }

    /** One order's most notable trait, with the carrier it concerns and the package count. */
    public record Highlight(Trait trait, Carrier carrier, int packages) {
    }

    private Personas() {
    }

    /** A persona for every member of the dataset, keyed by member id, in file order. */
    public static Map<String, Persona> describeAll(ShopDataset dataset) {
        LocalDate today = LocalDate.ofInstant(dataset.referenceTime(), VirtualClock.ISTANBUL);
        Map<String, ParcelRecord> parcels = parcelsByKey(dataset.parcels());
        Map<String, List<OrderRow>> byMember = new HashMap<>();
        for (OrderRow order : dataset.orders()) {
            byMember.computeIfAbsent(order.memberId(), id -> new ArrayList<>()).add(order);
        }
        Map<String, Persona> personas = new LinkedHashMap<>();
        for (MemberRow member : dataset.members()) {
            personas.put(member.id(), describe(byMember.getOrDefault(member.id(), List.of()), parcels, today));
        }
        return personas;
    }

    /** Every trait of every member's orders (not only the two a persona names), keyed by member id. */
    public static Map<String, Set<Trait>> traitsAll(ShopDataset dataset) {
        LocalDate today = LocalDate.ofInstant(dataset.referenceTime(), VirtualClock.ISTANBUL);
        Map<String, ParcelRecord> parcels = parcelsByKey(dataset.parcels());
        Map<String, Set<Trait>> traits = new LinkedHashMap<>();
        dataset.members().forEach(m -> traits.put(m.id(), java.util.EnumSet.noneOf(Trait.class)));
        for (OrderRow order : dataset.orders()) {
            Set<Trait> memberTraits = traits.get(order.memberId());
            if (memberTraits == null) {
                continue;
            }
            for (PackageRow pkg : order.packages()) {
                if (pkg.hasTracking() && pkg.carrier() != null) {
                    ParcelRecord parcel = parcels.get(key(pkg.carrier(), pkg.trackingNumber()));
                    memberTraits.add(parcel == null ? Trait.TRACKING_NOT_FOUND : trait(ParcelStatusReader.read(parcel, today, ParcelStatusReader.SAMPLE_FLOWS_PROMISE_DAYS)));
                }
            }
            Trait orderTrait = orderTrait(order, (int) order.packages().stream().filter(PackageRow::hasTracking).count());
            if (orderTrait != null) {
                memberTraits.add(orderTrait);
            }
            if ("CASH_ON_DELIVERY".equals(order.paymentMethod())) {
                memberTraits.add(Trait.CASH_ON_DELIVERY);
            }
        }
        return traits;
    }

    /** The persona of a member with these orders. */
    public static Persona describe(List<OrderRow> orders, Map<String, ParcelRecord> parcels, LocalDate today) {
        List<Highlight> highlights = new ArrayList<>();
        for (OrderRow order : orders) {
            highlights.add(highlight(order, parcels, today));
        }
        return new Persona(text(TURKISH, orders.size(), highlights), text(Locale.ENGLISH, orders.size(), highlights));
    }

    /** The key {@link #describe} looks parcels up by. */
    public static String key(Carrier carrier, String trackingNumber) {
        return carrier.code() + " " + trackingNumber;
    }

    public static Map<String, ParcelRecord> parcelsByKey(List<ParcelRecord> parcels) {
        Map<String, ParcelRecord> map = new HashMap<>();
        for (ParcelRecord parcel : parcels) {
            map.put(key(parcel.carrier(), parcel.trackingNumber()), parcel);
        }
        return map;
    }

    /** The one thing that stands out most about an order. */
    public static Highlight highlight(OrderRow order, Map<String, ParcelRecord> parcels, LocalDate today) {
        Highlight best = null;
        int tracked = 0;
        for (PackageRow pkg : order.packages()) {
            if (!pkg.hasTracking() || pkg.carrier() == null) {
                continue;
            }
            tracked++;
            ParcelRecord parcel = parcels.get(key(pkg.carrier(), pkg.trackingNumber()));
            Trait trait = parcel == null ? Trait.TRACKING_NOT_FOUND : trait(ParcelStatusReader.read(parcel, today, ParcelStatusReader.SAMPLE_FLOWS_PROMISE_DAYS));
            best = better(best, new Highlight(trait, pkg.carrier(), order.packages().size()));
        }
        Trait orderTrait = orderTrait(order, tracked);
        if (orderTrait != null) {
            best = better(best, new Highlight(orderTrait, null, order.packages().size()));
        }
        return best;
    }

    private static Trait orderTrait(OrderRow order, int tracked) {
        switch (order.status()) {
            case "REFUND_REQUESTED":
                return Trait.REFUND_REQUESTED;
            case "REFUNDED":
                return Trait.REFUNDED;
            case "PARTIALLY_REFUNDED":
                return Trait.PARTIALLY_REFUNDED;
            case "CANCELLED":
                return Trait.CANCELLED;
            default:
                break;
        }
        boolean cod = "CASH_ON_DELIVERY".equals(order.paymentMethod());
        if (order.packages().size() > 1) {
            return Trait.SPLIT;
        }
        if (tracked == 0) {
            return cod ? Trait.NOT_SHIPPED_COD : Trait.NOT_SHIPPED;
        }
        return cod ? Trait.CASH_ON_DELIVERY : null;
    }

    private static Highlight better(Highlight current, Highlight candidate) {
        return current == null || candidate.trait().ordinal() < current.trait().ordinal() ? candidate : current;
    }

    private static Trait trait(ShipmentStatus status) {
        return switch (status) {
            case LABEL_CREATED -> Trait.LABEL_CREATED;
            case PICKED_UP, IN_TRANSIT -> Trait.IN_TRANSIT;
            case OUT_FOR_DELIVERY -> Trait.OUT_FOR_DELIVERY;
            case AVAILABLE_FOR_PICKUP -> Trait.AVAILABLE_FOR_PICKUP;
            case FAILED_ATTEMPT -> Trait.FAILED_ATTEMPT;
            case DELAYED -> Trait.DELAYED;
            case EXCEPTION -> Trait.EXCEPTION;
            case RETURN_IN_TRANSIT -> Trait.RETURN_IN_TRANSIT;
            case RETURNED_TO_SENDER -> Trait.RETURNED_TO_SENDER;
            case DELIVERED -> Trait.DELIVERED;
            case CANCELLED -> Trait.SHIPMENT_CANCELLED;
            case UNKNOWN -> Trait.UNKNOWN;
        };
    }

    private static String text(Locale locale, int orderCount, List<Highlight> highlights) {
        if (orderCount == 0) {
            return TEXTS.get(locale, "none");
        }
        String count = TEXTS.get(locale, orderCount == 1 ? "count.one" : "count.many", orderCount);
        if (orderCount > 1 && highlights.stream().allMatch(h -> h.trait() == Trait.DELIVERED)) {
            return count + TEXTS.get(locale, "separator.many") + TEXTS.get(locale, "allDelivered");
        }
        List<Highlight> sorted = new ArrayList<>(highlights);
        sorted.sort(Comparator.comparingInt(h -> h.trait().ordinal()));
        Set<String> phrases = new LinkedHashSet<>();
        for (Highlight highlight : sorted) {
            if (phrases.size() == HIGHLIGHTS) {
                break;
            }
            phrases.add(phrase(locale, highlight));
        }
        if (orderCount == 1) {
            return count + TEXTS.get(locale, "separator.one") + phrases.iterator().next();
        }
        String one = TEXTS.get(locale, "one");
        List<String> parts = new ArrayList<>();
        phrases.forEach(phrase -> parts.add(one + " " + phrase));
        return count + TEXTS.get(locale, "separator.many") + String.join(", ", parts);
    }

    private static String phrase(Locale locale, Highlight highlight) {
        Carrier carrier = highlight.carrier();
        String name = carrier == null ? "" : carrier.displayName();
        String at = carrier == null ? "" : Optional.ofNullable(TEXTS.find(locale, "at." + carrier.name())).orElse(name);
        return TEXTS.get(locale, "trait." + highlight.trait().name(), name, at, highlight.packages());
    }
}
