package dev.akis.commerce.carriers;

import dev.akis.commerce.Carrier;
import dev.akis.commerce.CarrierTracker;
import dev.akis.commerce.ServiceException;
import dev.akis.commerce.Tracking;
import dev.akis.commerce.mock.ParcelEvent;
import dev.akis.commerce.mock.ParcelRecord;
import dev.akis.commerce.mock.ParcelRecords;
import dev.akis.commerce.mock.carriers.MockPtt;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Tracks parcels of the mock dataset without HTTP: reads each {@link ParcelRecord} as the carrier's adapter
 * reads the mock carrier's answer for it (which fields each carrier sends, which movement carries the shipment's
 * code and flags, the order of movements, the dates each answer has) and hands that reading to the same
 * {@link TrackingAssembler}, status tables and {@link DelayRule} the adapters use. So a parcel reads the same in
 * process as over the loopback mock servers (a test holds every parcel of the shipped dataset to it), minus
 * the protocol work: for the engine benchmark and for tests that need carriers but not their wire formats.
 */
public final class InProcessCarrierTracker implements CarrierTracker {

    /** What Yurtiçi, MNG and DHL say about a parcel nothing has happened to yet. */
    private static final String YURTICI_NOTHING_YET = "Kargo İşlem Görmemiş.";
    private static final String MNG_NOTHING_YET = "Henüz işlem yapılmadı";
    private static final String DHL_NOTHING_YET = "Shipment information received";

    private final ParcelRecords records;
    private final TrackingAssembler assembler;

    public InProcessCarrierTracker(ParcelRecords records, Clock clock) {
        this.records = Objects.requireNonNull(records, "records");
        this.assembler = new TrackingAssembler(new DelayRule(Objects.requireNonNull(clock, "clock")));
    }

    @Override
    public Tracking track(Carrier carrier, String trackingNumber) throws ServiceException {
        String number = trackingNumber == null ? "" : trackingNumber.trim();
        Optional<ParcelRecord> found = number.isEmpty() ? Optional.empty() : records.find(carrier, number);
        if (found.isEmpty() || (carrier == Carrier.SURAT && found.get().events().isEmpty())) {
            // Sürat answers a parcel without movements exactly like an unknown one: with nothing.
            throw new ServiceException("carrier:" + carrier.slug(), ServiceException.Kind.NOT_FOUND,
                    carrier.displayName() + " does not know tracking number " + number);
        }
        ParcelRecord parcel = found.get();
        TrackingAssembler.Reading reading = switch (carrier) {
            case YURTICI -> yurtici(parcel);
            case ARAS -> aras(parcel);
            case MNG -> mng(parcel);
            case PTT -> ptt(parcel);
            case HEPSIJET -> hepsiJet(parcel);
            case SURAT -> surat(parcel);
            case UPS -> ups(parcel);
            case DHL -> dhl(parcel);
        };
        return assembler.assemble(reading);
    }

    /** The shipment's operationStatus and flags describe the latest movement; earlier ones are read as IND. */
    private static TrackingAssembler.Reading yurtici(ParcelRecord parcel) {
        ParcelEvent last = last(parcel);
        Map<String, String> flags = parcel.attributes();
        Map<String, String> attributes = new HashMap<>();
        attributes.put("errCode", flags.getOrDefault("errCode", "0"));
        attributes.put("reasonName", last == null ? "" : reason(last));
        attributes.put("returnStatus", flags.getOrDefault("returnStatus", "0"));
        attributes.put("rejectStatus", flags.getOrDefault("rejectStatus", ""));
        attributes.put("perfLateCEvent", flags.getOrDefault("perfLateCEvent", "0"));
        RawStatus current = RawStatus.of(last == null ? "NOP" : last.code(),
                last == null ? YURTICI_NOTHING_YET : last.text(), attributes);
        List<Observation> observations = new ArrayList<>(parcel.events().size());
        for (ParcelEvent event : parcel.events()) {
            RawStatus raw = event == last ? current : RawStatus.of("IND", event.text(), Map.of("reasonName", reason(event)));
            observations.add(new Observation(seconds(event.at()), yurticiPlace(event),
                    event.attributes().getOrDefault("eventId", ""), raw));
        }
        Instant delivered = last != null && "DLV".equals(last.code()) ? seconds(last.at()) : null;
        return new TrackingAssembler.Reading(Carrier.YURTICI, parcel.trackingNumber(), observations, current,
                parcel.estimatedDelivery(), delivered,
                PublicTrackingLinks.of(Carrier.YURTICI, parcel.trackingNumber()));
    }

    private static String reason(ParcelEvent event) {
        return event.attributes().getOrDefault("reasonName", "Sorun Yok");
    }

    private static String yurticiPlace(ParcelEvent event) {
        String unit = orEmpty(event.location()).trim();
        if (!unit.isEmpty()) {
            return unit;
        }
        String town = event.attributes().getOrDefault("townName", "").trim();
        String city = event.attributes().getOrDefault("cityName", "").trim();
        return town.isEmpty() ? city : city.isEmpty() ? town : town + " / " + city;
    }

    /** The status fields describe the latest movement; earlier ones are known by their text only. */
    private static TrackingAssembler.Reading aras(ParcelRecord parcel) {
        ParcelEvent last = last(parcel);
        String code = last == null ? "" : last.code();
        RawStatus current = RawStatus.of(code, last == null ? "" : last.text(), Map.of(
                "tipKodu", last == null ? "1" : last.attributes().getOrDefault("tipKodu", "1"),
                "devirKodu", last == null ? "" : last.attributes().getOrDefault("devirKodu", "")));
        List<Observation> observations = new ArrayList<>(parcel.events().size());
        for (ParcelEvent event : parcel.events()) {
            RawStatus raw = event == last && current.hasCode() ? current : RawStatus.of("", event.text());
            observations.add(new Observation(seconds(event.at()), orEmpty(event.location()), null, raw));
        }
        boolean delivered = "5".equals(code) || "6".equals(code);
        // Aras gives the delivery day and the time to the minute.
        Instant deliveredAt = delivered && last.at() != null ? last.at().truncatedTo(ChronoUnit.MINUTES) : null;
        return new TrackingAssembler.Reading(Carrier.ARAS, parcel.trackingNumber(), observations, current,
                null, deliveredAt, null);
    }

    /** MNG reports the latest status only: one movement at most. */
    private static TrackingAssembler.Reading mng(ParcelRecord parcel) {
        ParcelEvent last = last(parcel);
        String code = last == null ? "0" : last.code();
        RawStatus raw = RawStatus.of(code, last == null ? MNG_NOTHING_YET : last.text());
        List<Observation> observations = last == null || last.at() == null || code.isEmpty() ? List.of()
                : List.of(new Observation(seconds(last.at()), orEmpty(last.location()), code, raw));
        boolean handedOver = "5".equals(code) || "7".equals(code);
        return new TrackingAssembler.Reading(Carrier.MNG, parcel.trackingNumber(), observations, raw,
                null, handedOver && last != null ? seconds(last.at()) : null,
                PublicTrackingLinks.of(Carrier.MNG, parcel.trackingNumber()));
    }

    /** Every movement with its code and PTT's group of the code. */
    private static TrackingAssembler.Reading ptt(ParcelRecord parcel) {
        List<Observation> observations = new ArrayList<>(parcel.events().size());
        for (ParcelEvent event : parcel.events()) {
            String code = event.code().trim();
            RawStatus raw = RawStatus.of(code, event.text(), Map.of("ust_durum_id", MockPtt.group(event.code())));
            observations.add(new Observation(seconds(event.at()), orEmpty(event.location()), code, raw));
        }
        return new TrackingAssembler.Reading(Carrier.PTT, parcel.trackingNumber(), observations, null,
                null, null, null);
    }

    /** Every transaction with its status; the delivery's own status is the latest one ("Neo" before any). */
    private static TrackingAssembler.Reading hepsiJet(ParcelRecord parcel) {
        ParcelEvent last = last(parcel);
        List<Observation> observations = new ArrayList<>(parcel.events().size());
        for (ParcelEvent event : parcel.events()) {
            String text = event.text().isEmpty() ? event.attributes().getOrDefault("transaction", "") : event.text();
            observations.add(new Observation(seconds(event.at()), orEmpty(event.location()), event.code(),
                    RawStatus.of(event.code(), text)));
        }
        RawStatus current = RawStatus.of(last == null ? "1" : last.code(), last == null ? "Neo" : last.text());
        return new TrackingAssembler.Reading(Carrier.HEPSIJET, parcel.trackingNumber(), observations, current,
                null, null, null);
    }

    /** Sürat has no codes: each movement is its text. */
    private static TrackingAssembler.Reading surat(ParcelRecord parcel) {
        List<Observation> observations = new ArrayList<>(parcel.events().size());
        for (ParcelEvent event : parcel.events()) {
            observations.add(new Observation(seconds(event.at()), orEmpty(event.location()).trim(), null,
                    RawStatus.of("", event.text())));
        }
        return new TrackingAssembler.Reading(Carrier.SURAT, parcel.trackingNumber(), observations, null,
                null, null, null);
    }

    /**
     * Activities newest first, as UPS lists them (the assembler's stable sort keeps that order for movements at
     * the same moment); a delivered parcel carries its delivery time and no scheduled date.
     */
    private static TrackingAssembler.Reading ups(ParcelRecord parcel) {
        ParcelEvent last = last(parcel);
        List<ParcelEvent> events = parcel.events();
        List<Observation> observations = new ArrayList<>(events.size());
        for (int i = events.size() - 1; i >= 0; i--) {
            ParcelEvent event = events.get(i);
            String city = orEmpty(event.location());
            String country = event.attributes().getOrDefault("countryCode", "TR");
            String place = city.isEmpty() ? country : country.isEmpty() ? city : city + ", " + country;
            observations.add(new Observation(seconds(event.at()), place, event.code(), RawStatus.of(event.code(),
                    event.text(), Map.of("statusCode", event.attributes().getOrDefault("statusCode", "")))));
        }
        boolean delivered = last != null && "D".equals(last.code());
        return new TrackingAssembler.Reading(Carrier.UPS, parcel.trackingNumber(), observations, null,
                delivered ? null : parcel.estimatedDelivery(),
                delivered ? seconds(last.at()) : null, null);
    }

    /** Events newest first, as DHL lists them; before any event DHL reports "pre-transit". */
    private static TrackingAssembler.Reading dhl(ParcelRecord parcel) {
        ParcelEvent last = last(parcel);
        List<ParcelEvent> events = parcel.events();
        List<Observation> observations = new ArrayList<>(events.size());
        for (int i = events.size() - 1; i >= 0; i--) {
            ParcelEvent event = events.get(i);
            observations.add(new Observation(seconds(event.at()), orEmpty(event.location()), event.code(),
                    RawStatus.of(event.code(), event.text())));
        }
        RawStatus current = last == null ? RawStatus.of("pre-transit", DHL_NOTHING_YET) : RawStatus.of(last.code(), last.text());
        Instant deliveredAt = last != null && "delivered".equals(last.code()) ? seconds(last.at()) : null;
        LocalDate estimated = parcel.estimatedDelivery();
        return new TrackingAssembler.Reading(Carrier.DHL, parcel.trackingNumber(), observations, current,
                estimated, deliveredAt, null);
    }

    private static ParcelEvent last(ParcelRecord parcel) {
        return parcel.events().isEmpty() ? null : parcel.events().get(parcel.events().size() - 1);
    }

    /** Carriers send times to the second. */
    private static Instant seconds(Instant at) {
        return at == null ? null : at.truncatedTo(ChronoUnit.SECONDS);
    }

    private static String orEmpty(String text) {
        return text == null ? "" : text;
    }
}
