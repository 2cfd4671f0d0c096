package dev.akis.commerce.dataset;

import dev.akis.commerce.Carrier;
import dev.akis.commerce.DeliveryPromise;
import dev.akis.commerce.ShipmentStatus;
import dev.akis.time.VirtualClock;
import java.util.ArrayList;
import java.util.List;
import dev.akis.commerce.mock.ParcelEvent;
import dev.akis.commerce.mock.ParcelRecord;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;

/**
 * The dataset's own reading of a parcel's raw carrier history into the normalized vocabulary, following the
 * raw-data conventions (carrier-conventions.md) and the mapping table of the domain notes. It exists so the
 * dataset can describe personas and prove it covers every status without depending on the carrier adapters;
 * in conversations the adapters of {@code dev.akis.commerce.carriers} are what count (every shipped parcel reads
 * the same through both: {@code DatasetReadingAgreesWithAdaptersTest}, decision 0021). Only codes the conventions list are read;
 * anything else is {@link ShipmentStatus#UNKNOWN}.
 */
public final class ParcelStatusReader {

    /** Aras' transfer codes (devirKodu) that say more than the movement code beside them. */
    private static final Map<String, ShipmentStatus> ARAS_TRANSFER = Map.ofEntries(
            Map.entry("ŞA", ShipmentStatus.AVAILABLE_FOR_PICKUP), Map.entry("PR", ShipmentStatus.AVAILABLE_FOR_PICKUP),
            Map.entry("NT", ShipmentStatus.FAILED_ATTEMPT), Map.entry("AA", ShipmentStatus.FAILED_ATTEMPT),
            Map.entry("TG", ShipmentStatus.FAILED_ATTEMPT), Map.entry("TL", ShipmentStatus.DELAYED),
            Map.entry("MD", ShipmentStatus.DELAYED), Map.entry("KG", ShipmentStatus.DELAYED),
            Map.entry("TO", ShipmentStatus.DELAYED), Map.entry("TT", ShipmentStatus.DELAYED),
            Map.entry("AY", ShipmentStatus.EXCEPTION), Map.entry("AD", ShipmentStatus.EXCEPTION),
            Map.entry("HT", ShipmentStatus.EXCEPTION), Map.entry("ÜR", ShipmentStatus.EXCEPTION),
            Map.entry("PS", ShipmentStatus.EXCEPTION), Map.entry("KE", ShipmentStatus.EXCEPTION));
    private static final Map<String, ShipmentStatus> MNG = Map.of("0", ShipmentStatus.LABEL_CREATED,
            "1", ShipmentStatus.PICKED_UP, "2", ShipmentStatus.IN_TRANSIT, "3", ShipmentStatus.IN_TRANSIT,
            "4", ShipmentStatus.OUT_FOR_DELIVERY, "5", ShipmentStatus.DELIVERED, "6", ShipmentStatus.FAILED_ATTEMPT,
            "7", ShipmentStatus.RETURNED_TO_SENDER);
    private static final Map<String, ShipmentStatus> PTT = Map.ofEntries(
            Map.entry("701", ShipmentStatus.LABEL_CREATED), Map.entry("1", ShipmentStatus.PICKED_UP),
            Map.entry("77", ShipmentStatus.IN_TRANSIT), Map.entry("8", ShipmentStatus.IN_TRANSIT),
            Map.entry("9", ShipmentStatus.IN_TRANSIT), Map.entry("3", ShipmentStatus.IN_TRANSIT),
            Map.entry("6", ShipmentStatus.IN_TRANSIT), Map.entry("11", ShipmentStatus.IN_TRANSIT),
            Map.entry("7", ShipmentStatus.OUT_FOR_DELIVERY), Map.entry("100", ShipmentStatus.DELIVERED),
            Map.entry("157", ShipmentStatus.DELIVERED), Map.entry("202", ShipmentStatus.DELIVERED),
            Map.entry("99", ShipmentStatus.RETURN_IN_TRANSIT), Map.entry("151", ShipmentStatus.RETURN_IN_TRANSIT),
            Map.entry("120", ShipmentStatus.RETURNED_TO_SENDER), Map.entry("141", ShipmentStatus.RETURNED_TO_SENDER),
            Map.entry("101", ShipmentStatus.FAILED_ATTEMPT), Map.entry("124", ShipmentStatus.FAILED_ATTEMPT),
            Map.entry("109", ShipmentStatus.EXCEPTION), Map.entry("2", ShipmentStatus.CANCELLED));
    private static final Map<String, ShipmentStatus> HEPSIJET = Map.ofEntries(
            Map.entry("1", ShipmentStatus.LABEL_CREATED), Map.entry("18", ShipmentStatus.LABEL_CREATED),
            Map.entry("4", ShipmentStatus.PICKED_UP), Map.entry("5", ShipmentStatus.IN_TRANSIT),
            Map.entry("6", ShipmentStatus.IN_TRANSIT), Map.entry("25", ShipmentStatus.IN_TRANSIT),
            Map.entry("7", ShipmentStatus.OUT_FOR_DELIVERY), Map.entry("8", ShipmentStatus.DELIVERED),
            Map.entry("17", ShipmentStatus.DELIVERED), Map.entry("9", ShipmentStatus.FAILED_ATTEMPT),
            Map.entry("10", ShipmentStatus.FAILED_ATTEMPT), Map.entry("11", ShipmentStatus.EXCEPTION),
            Map.entry("12", ShipmentStatus.FAILED_ATTEMPT), Map.entry("13", ShipmentStatus.CANCELLED),
            Map.entry("15", ShipmentStatus.RETURNED_TO_SENDER), Map.entry("19", ShipmentStatus.DELAYED),
            Map.entry("26", ShipmentStatus.RETURN_IN_TRANSIT), Map.entry("27", ShipmentStatus.RETURN_IN_TRANSIT));
    private static final Map<String, ShipmentStatus> SURAT = Map.of("Kargo Kabul", ShipmentStatus.PICKED_UP,
            "Aktarma Merkezinde", ShipmentStatus.IN_TRANSIT, "Transfer", ShipmentStatus.IN_TRANSIT,
            "Dagitima Verildi", ShipmentStatus.OUT_FOR_DELIVERY, "Dagitimda", ShipmentStatus.OUT_FOR_DELIVERY,
            "Subede Bekliyor", ShipmentStatus.AVAILABLE_FOR_PICKUP, "Alici Adreste Yok", ShipmentStatus.FAILED_ATTEMPT,
            "Teslim Edildi", ShipmentStatus.DELIVERED, "Iade Edildi", ShipmentStatus.RETURNED_TO_SENDER,
            "Iptal", ShipmentStatus.CANCELLED);
    private static final Map<String, ShipmentStatus> UPS = Map.of("M", ShipmentStatus.LABEL_CREATED,
            "P", ShipmentStatus.PICKED_UP, "I", ShipmentStatus.IN_TRANSIT, "O", ShipmentStatus.OUT_FOR_DELIVERY,
            "D", ShipmentStatus.DELIVERED, "X", ShipmentStatus.EXCEPTION, "RS", ShipmentStatus.RETURNED_TO_SENDER);
    private static final Map<String, ShipmentStatus> DHL = Map.of("pre-transit", ShipmentStatus.LABEL_CREATED,
            "transit", ShipmentStatus.IN_TRANSIT, "delivered", ShipmentStatus.DELIVERED,
            "failure", ShipmentStatus.FAILED_ATTEMPT, "unknown", ShipmentStatus.UNKNOWN);

    /**
     * The delivery promise the shipped sample flows set on Order Status and Track Shipment (3 days after the
     * hand-over). Personas and the mock-data document describe parcels as those flows present them.
     */
    public static final int SAMPLE_FLOWS_PROMISE_DAYS = 3;

    private ParcelStatusReader() {
    }

    /** The statuses a parcel on its normal way has; only these turn into "delayed" when a date has passed. */
    private static final Set<ShipmentStatus> CAN_RUN_LATE = Set.of(ShipmentStatus.LABEL_CREATED,
            ShipmentStatus.PICKED_UP, ShipmentStatus.IN_TRANSIT);

    /**
     * The parcel's status on {@code today} (a date in Istanbul): the latest event's meaning, turned into
     * {@code delayed} when the parcel is still on its normal way (label created, picked up, in transit) and the
     * carrier's own estimate (Yurtiçi, UPS and DHL send one) is already past. A flow's delivery promise is not the
     * dataset's: {@link #read(ParcelRecord, LocalDate, int)} applies one as the engine does. Out for delivery, waiting at a branch, a failed
     * attempt, an exception or a return keep their status: they tell the customer more.
     */
    public static ShipmentStatus read(ParcelRecord parcel, LocalDate today) {
        ShipmentStatus status = latest(parcel);
        if (!CAN_RUN_LATE.contains(status)) {
            return status;
        }
        LocalDate due = parcel.carrier().sendsEstimatedDelivery() ? parcel.estimatedDelivery() : null;
        if (due != null && due.isBefore(today)) {
            return ShipmentStatus.DELAYED;
        }
        return status;
    }

    /**
     * The parcel's status on {@code today} when the flow promises delivery {@code promiseDays} after the hand-over
     * ({@link DeliveryPromise}), read from the events a carrier reports: MNG reports its latest movement only, so
     * its hand-over is that movement.
     */
    public static ShipmentStatus read(ParcelRecord parcel, LocalDate today, int promiseDays) {
        ShipmentStatus status = read(parcel, today);
        DeliveryPromise promise = new DeliveryPromise(promiseDays);
        if (!promise.isSet() || status == ShipmentStatus.DELAYED) {
            return status;
        }
        List<DeliveryPromise.Movement> movements = new ArrayList<>();
        List<ParcelEvent> events = parcel.events();
        int from = parcel.carrier() == Carrier.MNG ? Math.max(0, events.size() - 1) : 0;
        for (int i = from; i < events.size(); i++) {
            ShipmentStatus then = latest(new ParcelRecord(parcel.carrier(), parcel.trackingNumber(),
                    parcel.estimatedDelivery(), parcel.attributes(), events.subList(0, i + 1)));
            movements.add(new DeliveryPromise.Movement(events.get(i).at(), then));
        }
        LocalDate due = promise.due(movements, VirtualClock.ISTANBUL).orElse(null);
        return DeliveryPromise.isLate(status, due, today) ? ShipmentStatus.DELAYED : status;
    }

    /** What the latest event says, without looking at dates. */
    public static ShipmentStatus latest(ParcelRecord parcel) {
        if (parcel.events().isEmpty()) {
            return ShipmentStatus.UNKNOWN;
        }
        ParcelEvent last = parcel.events().get(parcel.events().size() - 1);
        String code = last.code();
        ShipmentStatus status = switch (parcel.carrier()) {
            case YURTICI -> yurtici(parcel, last);
            case ARAS -> aras(last);
            case MNG -> MNG.get(code);
            case PTT -> PTT.get(code);
            case HEPSIJET -> HEPSIJET.get(code);
            case SURAT -> SURAT.get(last.text());
            case UPS -> UPS.get(code);
            case DHL -> DHL.get(code);
        };
        return status == null ? ShipmentStatus.UNKNOWN : status;
    }

    private static ShipmentStatus yurtici(ParcelRecord parcel, ParcelEvent last) {
        if ("3".equals(parcel.attributes().get("returnStatus"))) {
            return ShipmentStatus.RETURNED_TO_SENDER;
        }
        ShipmentStatus status = switch (last.code()) {
            case "NOP" -> ShipmentStatus.LABEL_CREATED;
            case "ISR" -> ShipmentStatus.PICKED_UP;
            case "CNL", "ISC", "BI" -> ShipmentStatus.CANCELLED;
            case "DLV" -> ShipmentStatus.DELIVERED;
            case "IND" -> yurticiOnTheWay(last);
            default -> ShipmentStatus.UNKNOWN;
        };
        if (status.isFinal() || status == ShipmentStatus.UNKNOWN) {
            return status;
        }
        String reject = parcel.attributes().get("rejectStatus");
        if (reject != null && Set.of("0", "1", "2", "9").contains(reject)) {
            return ShipmentStatus.RETURN_IN_TRANSIT;
        }
        if ("1".equals(parcel.attributes().get("perfLateCEvent"))) {
            return ShipmentStatus.DELAYED;
        }
        return status;
    }

    private static ShipmentStatus yurticiOnTheWay(ParcelEvent last) {
        String reason = last.attributes().get("reasonName");
        if (reason != null && !reason.isBlank() && !"Sorun Yok".equals(reason)) {
            return ShipmentStatus.FAILED_ATTEMPT;
        }
        String text = last.text();
        if (text.startsWith("Dağıtım")) {
            return ShipmentStatus.OUT_FOR_DELIVERY;
        }
        if (text.contains("Teslim Alınmayı Bekliyor")) {
            return ShipmentStatus.AVAILABLE_FOR_PICKUP;
        }
        return ShipmentStatus.IN_TRANSIT;
    }

    private static ShipmentStatus aras(ParcelEvent last) {
        String code = last.code();
        if ("3".equals(last.attributes().get("tipKodu"))) {
            return "6".equals(code) ? ShipmentStatus.RETURNED_TO_SENDER : ShipmentStatus.RETURN_IN_TRANSIT;
        }
        String transfer = last.attributes().get("devirKodu");
        if (transfer != null && !"6".equals(code) && !"5".equals(code) && ARAS_TRANSFER.containsKey(transfer)) {
            return ARAS_TRANSFER.get(transfer);
        }
        return switch (code) {
            case "1" -> ShipmentStatus.PICKED_UP;
            case "2", "3", "7" -> ShipmentStatus.IN_TRANSIT;
            case "4" -> ShipmentStatus.OUT_FOR_DELIVERY;
            case "5", "6" -> ShipmentStatus.DELIVERED;
            default -> ShipmentStatus.UNKNOWN;
        };
    }
}
