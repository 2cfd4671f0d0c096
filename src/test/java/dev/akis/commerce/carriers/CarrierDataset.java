package dev.akis.commerce.carriers;

import dev.akis.commerce.Carrier;
import dev.akis.commerce.mock.ParcelEvent;
import dev.akis.commerce.mock.ParcelRecord;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A small mock dataset around the reference time 2026-11-25T09:00:00Z (noon in Istanbul), written the way the
 * dataset conventions say: each carrier's own codes and texts, oldest event first.
 */
public final class CarrierDataset {

    public static final Instant REFERENCE = Instant.parse("2026-11-25T09:00:00Z");

    public static final String YURTICI_OUT_FOR_DELIVERY = "YK100200300";
    public static final String YURTICI_DELAYED = "YK100200301";
    public static final String YURTICI_DELIVERED = "YK100200302";
    public static final String YURTICI_NOBODY_HOME = "YK100200303";
    public static final String YURTICI_REGISTERED = "YK100200304";
    public static final String ARAS_OUT_FOR_DELIVERY = "3401223344";
    public static final String ARAS_HOLIDAY = "3401223345";
    public static final String ARAS_RETURNED = "3401223346";
    public static final String MNG_BAD_ADDRESS = "MNG7700112";
    public static final String PTT_DELIVERED = "KP04012345678";
    public static final String HEPSIJET_OUT_FOR_DELIVERY = "HJ000123987";
    public static final String SURAT_OUT_FOR_DELIVERY = "SRT55001234";
    public static final String UPS_OUT_FOR_DELIVERY = "1Z999AA10123456784";
    public static final String DHL_OUT_FOR_DELIVERY = "7777777770";

    /** A parcel the merchant registered with each carrier that has not moved yet. */
    public static String registered(Carrier carrier) {
        return carrier.slug().toUpperCase(java.util.Locale.ROOT) + "-REG-0001";
    }

    private CarrierDataset() {
    }

    public static InMemoryParcelRecords records() {
        return new InMemoryParcelRecords(parcels());
    }

    public static List<ParcelRecord> parcels() {
        List<ParcelRecord> out = new ArrayList<>();
        out.add(parcel(Carrier.YURTICI, YURTICI_OUT_FOR_DELIVERY, date(25), Map.of(),
                event("2026-11-22T08:10:00Z", "IND", "Kargo Kabul Edildi", "Kadıköy Şube"),
                event("2026-11-22T18:40:00Z", "IND", "Kargo Yüklendi", "Kadıköy Şube"),
                event("2026-11-23T03:15:00Z", "IND", "Transfer Merkezinde", "Tuzla Transfer Merkezi"),
                event("2026-11-25T06:30:00Z", "IND", "Dağıtıma Çıkarıldı", "Çankaya Şube")));
        out.add(parcel(Carrier.YURTICI, YURTICI_DELAYED, date(24), Map.of("returnStatus", "0"),
                event("2026-11-21T09:00:00Z", "IND", "Kargo Kabul Edildi", "Beşiktaş Şube"),
                event("2026-11-22T02:00:00Z", "IND", "Transfer Merkezinde", "Tuzla Transfer Merkezi")));
        out.add(parcel(Carrier.YURTICI, YURTICI_DELIVERED, null, Map.of("returnStatus", "1"),
                event("2026-11-21T10:00:00Z", "IND", "Kargo Kabul Edildi", "Bornova Şube"),
                event("2026-11-24T07:05:00Z", "IND", "Dağıtıma Çıkarıldı", "Alsancak Şube"),
                event("2026-11-24T11:20:00Z", "DLV", "Teslim Edildi", "Alsancak Şube")));
        out.add(parcel(Carrier.YURTICI, YURTICI_NOBODY_HOME, null, Map.of(),
                event("2026-11-23T09:00:00Z", "IND", "Kargo Kabul Edildi", "Nilüfer Şube"),
                new ParcelEvent(Instant.parse("2026-11-25T08:15:00Z"), "IND", "Dağıtıma Çıkarıldı", "Osmangazi Şube",
                        Map.of("reasonName", "Alıcı Adreste Bulunamadı"))));
        out.add(parcel(Carrier.YURTICI, YURTICI_REGISTERED, null, Map.of()));
        out.add(parcel(Carrier.ARAS, ARAS_OUT_FOR_DELIVERY, null, Map.of(),
                event("2026-11-23T14:00:00Z", "1", "Çıkış Şubesinde", "Ümraniye"),
                event("2026-11-23T22:30:00Z", "2", "Yolda", "Ankara Transfer"),
                event("2026-11-24T16:10:00Z", "3", "Teslimat Şubesinde", "Keçiören"),
                event("2026-11-25T06:45:00Z", "4", "Teslimatta", "Keçiören")));
        out.add(parcel(Carrier.ARAS, ARAS_HOLIDAY, null, Map.of(),
                event("2026-11-23T14:00:00Z", "1", "Çıkış Şubesinde", "Ümraniye"),
                new ParcelEvent(Instant.parse("2026-11-24T15:00:00Z"), "3", "Teslimat Şubesinde", "Antalya Merkez",
                        Map.of("tipKodu", "1", "devirKodu", "TL"))));
        out.add(parcel(Carrier.ARAS, ARAS_RETURNED, null, Map.of(),
                event("2026-11-15T14:00:00Z", "1", "Çıkış Şubesinde", "Ümraniye"),
                new ParcelEvent(Instant.parse("2026-11-18T10:00:00Z"), "4", "Teslimatta", "Çorlu",
                        Map.of("tipKodu", "1", "devirKodu", "KE")),
                new ParcelEvent(Instant.parse("2026-11-19T08:00:00Z"), "2", "Yolda", "Çorlu", Map.of("tipKodu", "3")),
                new ParcelEvent(Instant.parse("2026-11-21T12:30:00Z"), "6", "Teslim Edildi", "Ümraniye", Map.of("tipKodu", "3"))));
        out.add(parcel(Carrier.MNG, MNG_BAD_ADDRESS, null, Map.of(),
                event("2026-11-23T10:00:00Z", "1", "Sipariş Kargoya Verildi", "Esenyurt"),
                event("2026-11-24T09:00:00Z", "2", "Transfer Aşamasında", "Hadımköy Aktarma"),
                event("2026-11-25T07:40:00Z", "6", "[AY] Teslim Edilemedi - Adres Yetersiz", "Eskişehir Odunpazarı")));
        out.add(parcel(Carrier.PTT, PTT_DELIVERED, null, Map.of("receiver", "Ayşe Yılmaz"),
                event("2026-11-20T08:00:00Z", "701", "Kayıt Edildi", "İSTANBUL/KADIKÖY"),
                event("2026-11-20T12:00:00Z", "1", "Kabul Edildi", "İSTANBUL/KADIKÖY"),
                event("2026-11-21T05:00:00Z", "77", "Sevk Edildi", "ANKARA AKTARMA"),
                event("2026-11-22T06:30:00Z", "7", "Dağıtıcıya Verildi", "ANKARA/ÇANKAYA"),
                event("2026-11-22T11:45:00Z", "100", "Teslim Edildi", "ANKARA/ÇANKAYA")));
        out.add(parcel(Carrier.HEPSIJET, HEPSIJET_OUT_FOR_DELIVERY, null, Map.of(),
                event("2026-11-23T07:00:00Z", "1", "Neo", "Gebze Depo"),
                event("2026-11-23T15:00:00Z", "4", "Ready", "Gebze Depo"),
                event("2026-11-24T01:00:00Z", "5", "Transferring", "Bursa Transfer"),
                event("2026-11-25T06:00:00Z", "7", "Delivering", "Bursa Nilüfer")));
        out.add(parcel(Carrier.SURAT, SURAT_OUT_FOR_DELIVERY, null, Map.of(),
                event("2026-11-23T10:00:00Z", "", "Kargo Kabul", "Istanbul Kadikoy Sube"),
                event("2026-11-24T02:00:00Z", "", "Aktarma Merkezinde", "Istanbul Aktarma"),
                event("2026-11-25T07:00:00Z", "", "Dagitimda", "Izmir Karsiyaka Sube")));
        out.add(parcel(Carrier.UPS, UPS_OUT_FOR_DELIVERY, date(25), Map.of(),
                upsEvent("2026-11-22T12:00:00Z", "M", "MP", "Shipper created a label, UPS has not received the package yet.", "Istanbul"),
                upsEvent("2026-11-23T15:30:00Z", "P", "PU", "Pickup Scan", "Istanbul"),
                upsEvent("2026-11-24T02:10:00Z", "I", "DP", "Departed from Facility", "Istanbul"),
                upsEvent("2026-11-25T05:45:00Z", "O", "OT", "Out For Delivery Today", "Ankara")));
        out.add(parcel(Carrier.DHL, DHL_OUT_FOR_DELIVERY, date(26), Map.of(),
                event("2026-11-22T09:00:00Z", "pre-transit", "Shipment information received", "LEIPZIG - GERMANY"),
                event("2026-11-22T17:00:00Z", "transit", "Shipment picked up", "LEIPZIG - GERMANY"),
                event("2026-11-24T04:00:00Z", "transit", "Processed at ISTANBUL - TURKEY", "ISTANBUL - TURKEY"),
                event("2026-11-25T06:20:00Z", "transit", "With delivery courier", "ISTANBUL - TURKEY")));
        for (Carrier carrier : Carrier.values()) {
            if (carrier != Carrier.YURTICI) {
                out.add(parcel(carrier, registered(carrier), null, Map.of()));
            }
        }
        return out;
    }

    private static LocalDate date(int day) {
        return LocalDate.of(2026, 11, day);
    }

    private static ParcelEvent event(String at, String code, String text, String location) {
        return new ParcelEvent(Instant.parse(at), code, text, location, Map.of());
    }

    private static ParcelEvent upsEvent(String at, String type, String statusCode, String text, String location) {
        return new ParcelEvent(Instant.parse(at), type, text, location, Map.of("statusCode", statusCode));
    }

    private static ParcelRecord parcel(Carrier carrier, String number, LocalDate estimated,
                                       Map<String, String> attributes, ParcelEvent... events) {
        return new ParcelRecord(carrier, number, estimated, attributes, List.of(events));
    }
}
