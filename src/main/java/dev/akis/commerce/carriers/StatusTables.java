package dev.akis.commerce.carriers;

import static dev.akis.commerce.ShipmentStatus.AVAILABLE_FOR_PICKUP;
import static dev.akis.commerce.ShipmentStatus.CANCELLED;
import static dev.akis.commerce.ShipmentStatus.DELAYED;
import static dev.akis.commerce.ShipmentStatus.DELIVERED;
import static dev.akis.commerce.ShipmentStatus.EXCEPTION;
import static dev.akis.commerce.ShipmentStatus.FAILED_ATTEMPT;
import static dev.akis.commerce.ShipmentStatus.IN_TRANSIT;
import static dev.akis.commerce.ShipmentStatus.LABEL_CREATED;
import static dev.akis.commerce.ShipmentStatus.OUT_FOR_DELIVERY;
import static dev.akis.commerce.ShipmentStatus.PICKED_UP;
import static dev.akis.commerce.ShipmentStatus.RETURNED_TO_SENDER;
import static dev.akis.commerce.ShipmentStatus.RETURN_IN_TRANSIT;
import static dev.akis.commerce.ShipmentStatus.UNKNOWN;
import static dev.akis.commerce.carriers.Condition.attribute;
import static dev.akis.commerce.carriers.Condition.attributeOtherThan;
import static dev.akis.commerce.carriers.Condition.attributeText;
import static dev.akis.commerce.carriers.Condition.textContains;
import static dev.akis.commerce.carriers.Condition.textIs;
import static dev.akis.commerce.carriers.Condition.textStartsWith;

import dev.akis.commerce.Carrier;
import java.util.EnumMap;
import java.util.Map;

/**
 * The mapping tables of all carriers, one readable table each, first matching row wins. Sources and the choices
 * made where they disagree: docs/decisions/0030-normalized-shipment-vocabulary.md and
 * /work/shared/docs/domain-ikas-carriers-whatsapp.md §2–4.
 */
public final class StatusTables {

    /**
     * Yurtiçi: code = {@code operationStatus} (NOP, IND, ISR, CNL, ISC, DLV, BI), text = the event's
     * {@code eventName}; attributes {@code reasonName} (event), {@code returnStatus}, {@code rejectStatus},
     * {@code perfLateCEvent}, {@code errCode} (shipment). IND is coarse, so the event name tells its moments apart.
     */
    public static final StatusTable YURTICI = StatusTable.builder(Carrier.YURTICI, "operationStatus")
            .when(attribute("returnStatus", "3")).then(RETURNED_TO_SENDER)
            .code("DLV").then(DELIVERED)
            .code("CNL").then(CANCELLED)
            .code("ISC").then(CANCELLED)
            .code("BI").then(CANCELLED)
            .when(attribute("rejectStatus", "0", "1", "2", "3", "9")).then(RETURN_IN_TRANSIT)
            .when(attributeOtherThan("errCode", "0")).then(EXCEPTION)
            .when(attribute("perfLateCEvent", "1")).then(DELAYED, "carrier_reported")
            .when(attributeText("reasonName", "Alıcı Adreste Bulunamadı")).then(FAILED_ATTEMPT, "recipient_absent")
            .when(attributeText("reasonName", "Adres Yetersiz")).then(FAILED_ATTEMPT, "address_issue")
            .when(attributeText("reasonName", "Alıcı Kabul Etmedi")).then(FAILED_ATTEMPT, "refused")
            .when(attributeText("reasonName", "Hasarlı Gönderi")).then(EXCEPTION, "damaged")
            .when(attributeOtherThan("reasonName", "Sorun Yok")).then(FAILED_ATTEMPT)
            .code("NOP").then(LABEL_CREATED)
            .code("ISR").then(PICKED_UP)
            .code("IND").when(textIs("Kargo Kabul Edildi")).then(PICKED_UP)
            .code("IND").when(textContains("Dağıtıma Çıkarıldı", "Dağıtımda")).then(OUT_FOR_DELIVERY)
            .code("IND").when(textContains("Teslim Alınmayı Bekliyor")).then(AVAILABLE_FOR_PICKUP)
            .code("IND").then(IN_TRANSIT)
            .build();

    /**
     * Aras: code = {@code DURUM KODU} "1"–"7" (alias {@code DURUMU}, used for movements that carry only the
     * text), attributes {@code tipKodu} (1 normal, 2 redirected, 3 returned) and {@code devirKodu} (why it was
     * not delivered yet).
     */
    public static final StatusTable ARAS = StatusTable.builder(Carrier.ARAS, "DURUM KODU")
            .code("6", "Teslim Edildi").when(attribute("tipKodu", "3")).then(RETURNED_TO_SENDER)
            .when(attribute("tipKodu", "3")).then(RETURN_IN_TRANSIT)
            .code("6", "Teslim Edildi").then(DELIVERED)
            .code("5", "Parçalı Teslimat").then(DELIVERED, "partial")
            .when(attribute("devirKodu", "TL")).then(DELAYED, "holiday")
            .when(attribute("devirKodu", "KG")).then(DELAYED, "customs")
            .when(attribute("devirKodu", "MD")).then(DELAYED, "rescheduled")
            .when(attribute("devirKodu", "TT")).then(DELAYED, "rescheduled")
            .when(attribute("devirKodu", "TO")).then(DELAYED, "weather_or_event")
            .when(attribute("devirKodu", "NT")).then(FAILED_ATTEMPT, "note_left")
            .when(attribute("devirKodu", "AA")).then(FAILED_ATTEMPT, "address_issue")
            .when(attribute("devirKodu", "AY")).then(FAILED_ATTEMPT, "address_issue")
            .when(attribute("devirKodu", "KE")).then(FAILED_ATTEMPT, "refused")
            .when(attribute("devirKodu", "TG")).then(FAILED_ATTEMPT)
            .when(attribute("devirKodu", "ŞA", "SA")).then(AVAILABLE_FOR_PICKUP)
            .when(attribute("devirKodu", "PR")).then(AVAILABLE_FOR_PICKUP, "locker")
            .when(attribute("devirKodu", "AD")).then(EXCEPTION, "out_of_area")
            .when(attribute("devirKodu", "HT")).then(EXCEPTION, "damaged")
            .when(attribute("devirKodu", "ÜR", "UR")).then(EXCEPTION, "payment_refused")
            .when(attribute("devirKodu", "PS")).then(EXCEPTION)
            .code("1", "Çıkış Şubesinde").then(PICKED_UP)
            .code("2", "Yolda").then(IN_TRANSIT)
            .code("3", "Teslimat Şubesinde").then(IN_TRANSIT)
            .code("4", "Teslimatta").then(OUT_FOR_DELIVERY)
            .code("7", "Yönlendirildi").then(IN_TRANSIT, "redirected")
            .build();

    /**
     * MNG: code = {@code SIPARIS_STATU} "0"–"7", text = {@code SIPARIS_STATU_ACIKLAMA}; for "6" the text starts
     * with the reason code in brackets ("[AY] Teslim Edilemedi - Adres Yetersiz").
     */
    public static final StatusTable MNG = StatusTable.builder(Carrier.MNG, "SIPARIS_STATU")
            .code("5", "Teslim Edildi").then(DELIVERED)
            .code("7", "Göndericiye Teslim Edildi").then(RETURNED_TO_SENDER)
            .code("6").when(textStartsWith("[AY]")).then(FAILED_ATTEMPT, "address_issue")
            .code("6").when(textContains("Adreste Bulunamadı", "Adreste Yok")).then(FAILED_ATTEMPT, "recipient_absent")
            .code("6").when(textContains("Kabul Etmedi", "Teslim Almadı")).then(FAILED_ATTEMPT, "refused")
            .code("6").when(textContains("Hasarlı")).then(EXCEPTION, "damaged")
            .code("6").then(FAILED_ATTEMPT)
            .code("0", "Henüz işlem yapılmadı").then(LABEL_CREATED)
            .code("1", "Sipariş Kargoya Verildi").then(PICKED_UP)
            .code("2", "Transfer Aşamasında").then(IN_TRANSIT)
            .code("3", "Gönderi Teslim Birimine Ulaştı").then(IN_TRANSIT)
            .code("4", "Gönderi Teslimat Adresine Yönlendirildi").then(OUT_FOR_DELIVERY)
            .build();

    /**
     * PTT: code = {@code gonderi_durum_id}, attribute {@code ust_durum_id} (PTT's group of the code). Listed codes
     * first; a code not listed falls back on its group.
     */
    public static final StatusTable PTT = StatusTable.builder(Carrier.PTT, "gonderi_durum_id")
            .code("701", "Kayıt Edildi").then(LABEL_CREATED)
            .code("1", "Kabul Edildi").then(PICKED_UP)
            .code("77", "Sevk Edildi").then(IN_TRANSIT)
            .code("8", "Zimmet Alındı").then(IN_TRANSIT)
            .code("9", "Zimmet Edildi").then(IN_TRANSIT)
            .code("3", "Torbaya Eklendi").then(IN_TRANSIT)
            .code("6", "Torbadan Alındı").then(IN_TRANSIT)
            .code("11", "Gönderinin Geliş Kaydı Yapıldı").then(IN_TRANSIT)
            .code("91", "Torbası Sevk Edildi").then(IN_TRANSIT)
            .code("92", "Torbasının Geliş Kaydı Yapıldı").then(IN_TRANSIT)
            .code("149", "Ptt Tarafından Zimmet Alındı").then(IN_TRANSIT)
            .code("303", "Gönderi Gümrükte Tutuluyor").then(DELAYED, "customs")
            .code("7", "Dağıtıcıya Verildi").then(OUT_FOR_DELIVERY)
            .code("99", "İade Edilecek").then(RETURN_IN_TRANSIT)
            .code("151", "İADE-Tanınmıyor").then(RETURN_IN_TRANSIT)
            .code("154", "İADE-Kabul Edilmedi").then(RETURN_IN_TRANSIT)
            .code("155", "İADE-Adres Yetersiz").then(RETURN_IN_TRANSIT)
            .code("156", "İADE-Diğer").then(RETURN_IN_TRANSIT)
            .code("161", "İADE-Adreste Yok").then(RETURN_IN_TRANSIT)
            .code("100", "Teslim Edildi").then(DELIVERED)
            .code("157", "Evrak Memuruna Teslim").then(DELIVERED)
            .code("202", "Kargomatikten Teslim Alındı").then(DELIVERED, "pickup_point")
            .code("252", "MAZBATA TESLİM").then(DELIVERED)
            .code("807", "MUHATABA BİZZAT TESLİM").then(DELIVERED)
            .code("812", "AYNI KONUTTA YAKINA TESLİM").then(DELIVERED)
            .code("120", "Göndericisine Teslim Edildi").then(RETURNED_TO_SENDER)
            .code("141", "İadeten Banka Şubesine Teslim").then(RETURNED_TO_SENDER)
            .code("101", "Teslim Edilemedi").then(FAILED_ATTEMPT)
            .code("124", "Adreste Yok/Kapalı").then(FAILED_ATTEMPT, "recipient_absent")
            .code("126", "Adreste Tanınmıyor").then(FAILED_ATTEMPT, "address_issue")
            .code("140", "Kabul Edilmedi").then(FAILED_ATTEMPT, "refused")
            .code("109", "İmha").then(EXCEPTION)
            .code("2", "İptal Edildi").then(CANCELLED)
            .when(attribute("ust_durum_id", "1000")).then(PICKED_UP)
            .when(attribute("ust_durum_id", "2000")).then(IN_TRANSIT)
            .when(attribute("ust_durum_id", "3000")).then(OUT_FOR_DELIVERY)
            .when(attribute("ust_durum_id", "4000")).then(RETURN_IN_TRANSIT)
            .when(attribute("ust_durum_id", "5000")).then(DELIVERED)
            .when(attribute("ust_durum_id", "5500")).then(RETURNED_TO_SENDER)
            .when(attribute("ust_durum_id", "6000")).then(FAILED_ATTEMPT)
            .when(attribute("ust_durum_id", "7000")).then(CANCELLED)
            .build();

    /** HepsiJet: code = {@code DeliveryStatus} id, text = its name ("Delivering"). */
    public static final StatusTable HEPSIJET = StatusTable.builder(Carrier.HEPSIJET, "deliveryStatus.id")
            .code("1", "Neo").then(LABEL_CREATED)
            .code("18", "Waiting For Dispatch").then(LABEL_CREATED)
            .code("4", "Ready").then(PICKED_UP)
            .code("5", "Transferring").then(IN_TRANSIT)
            .code("6", "Dispatching").then(IN_TRANSIT)
            .code("25", "Ready For Delivery").then(IN_TRANSIT)
            .code("7", "Delivering").then(OUT_FOR_DELIVERY)
            .code("8", "Delivered").then(DELIVERED)
            .code("17", "Partially Delivered").then(DELIVERED, "partial")
            .code("9", "Retry").then(FAILED_ATTEMPT)
            .code("10", "Undelivered").then(FAILED_ATTEMPT)
            .code("12", "Refused").then(FAILED_ATTEMPT, "refused")
            .code("19", "Back To Warehouse").then(DELAYED)
            .code("11", "Undeliverable").then(EXCEPTION)
            .code("2", "Missing").then(EXCEPTION, "lost")
            .code("3", "Damaged").then(EXCEPTION, "damaged")
            .code("26", "Mark For Return").then(RETURN_IN_TRANSIT)
            .code("27", "Transferring Return").then(RETURN_IN_TRANSIT)
            .code("15", "Returned").then(RETURNED_TO_SENDER)
            .code("13", "Cancelled").then(CANCELLED)
            .build();

    /** Sürat: no codes at all; the free text is matched by the words it contains. */
    public static final StatusTable SURAT = StatusTable.builder(Carrier.SURAT, "(no code)")
            .when(textContains("Teslim Edildi")).then(DELIVERED)
            .when(textContains("Iade Edildi")).then(RETURNED_TO_SENDER)
            .when(textContains("Iptal")).then(CANCELLED)
            .when(textContains("Alici Adreste Yok")).then(FAILED_ATTEMPT, "recipient_absent")
            .when(textContains("Subede Bekliyor")).then(AVAILABLE_FOR_PICKUP)
            .when(textContains("Dagitima Verildi", "Dagitimda")).then(OUT_FOR_DELIVERY)
            .when(textContains("Aktarma Merkezinde", "Transfer")).then(IN_TRANSIT)
            .when(textContains("Kargo Kabul")).then(PICKED_UP)
            .build();

    /**
     * UPS: code = activity {@code status.type} (M, P, I, O, D, X, RS), attribute {@code statusCode} = the UPS
     * activity code ({@code status.code}: MP, OR, DP, OT, KB, RS...), text = {@code status.description}.
     */
    public static final StatusTable UPS = StatusTable.builder(Carrier.UPS, "status.type")
            .when(attribute("statusCode", "RS")).then(RETURNED_TO_SENDER)
            .code("RS").then(RETURNED_TO_SENDER)
            .code("D").then(DELIVERED)
            .when(attribute("statusCode", "MP")).then(LABEL_CREATED)
            .when(attribute("statusCode", "OT")).then(OUT_FOR_DELIVERY)
            .code("M").then(LABEL_CREATED)
            .code("P").then(PICKED_UP)
            .code("I").then(IN_TRANSIT)
            .code("O").then(OUT_FOR_DELIVERY)
            .code("X").when(textContains("refused")).then(FAILED_ATTEMPT, "refused")
            .code("X").when(textContains("address")).then(FAILED_ATTEMPT, "address_issue")
            .code("X").when(textContains("not available", "not home")).then(FAILED_ATTEMPT, "recipient_absent")
            .code("X").when(textContains("attempt")).then(FAILED_ATTEMPT)
            .code("X").when(textContains("damage")).then(EXCEPTION, "damaged")
            .code("X").when(textContains("customs", "clearance")).then(DELAYED, "customs")
            .code("X").when(textContains("weather", "emergency")).then(DELAYED, "weather_or_event")
            .code("X").then(EXCEPTION)
            .build();

    /** DHL Unified Tracking: code = {@code status.statusCode}, text = {@code status.description}. */
    public static final StatusTable DHL = StatusTable.builder(Carrier.DHL, "statusCode")
            .code("delivered").then(DELIVERED)
            .code("pre-transit").then(LABEL_CREATED)
            .code("transit").when(textContains("out for delivery", "with delivery courier")).then(OUT_FOR_DELIVERY)
            .code("transit").when(textContains("picked up")).then(PICKED_UP)
            .code("transit").then(IN_TRANSIT)
            .code("failure").when(textContains("refused")).then(FAILED_ATTEMPT, "refused")
            .code("failure").when(textContains("address")).then(FAILED_ATTEMPT, "address_issue")
            .code("failure").when(textContains("not at home", "not available", "absent")).then(FAILED_ATTEMPT, "recipient_absent")
            .code("failure").when(textContains("attempt")).then(FAILED_ATTEMPT)
            .code("failure").when(textContains("returned to sender", "return to sender", "returning")).then(RETURN_IN_TRANSIT)
            .code("failure").when(textContains("damage")).then(EXCEPTION, "damaged")
            .code("failure").then(EXCEPTION)
            .code("unknown").then(UNKNOWN)
            .build();

    private static final Map<Carrier, StatusTable> BY_CARRIER = new EnumMap<>(Carrier.class);

    static {
        for (StatusTable table : new StatusTable[] {YURTICI, ARAS, MNG, PTT, HEPSIJET, SURAT, UPS, DHL}) {
            BY_CARRIER.put(table.carrier(), table);
        }
    }

    private StatusTables() {
    }

    public static StatusTable forCarrier(Carrier carrier) {
        StatusTable table = BY_CARRIER.get(carrier);
        if (table == null) {
            throw new IllegalArgumentException("No mapping table for " + carrier);
        }
        return table;
    }
}
