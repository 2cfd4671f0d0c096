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
import static org.assertj.core.api.Assertions.assertThat;

import dev.akis.commerce.Carrier;
import dev.akis.commerce.ShipmentStatus;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every row of every carrier's table against examples written from the carriers' documentation and the
 * conventions of the mock dataset. The first test walks the tables: a row added without an example here fails.
 */
class StatusTablesTest {

    /** One example: what the carrier said, and what a merchant should read from it. */
    record Example(Carrier carrier, RawStatus raw, ShipmentStatus status, String subtag) {

        @Override
        public String toString() {
            return carrier + " '" + raw.code() + "' " + raw.text() + (raw.attributes().isEmpty() ? "" : " " + raw.attributes())
                    + " → " + (subtag != null ? subtag : status.id());
        }
    }

    private static final List<Example> EXAMPLES = new ArrayList<>();

    private static void example(Carrier carrier, String code, String text, Map<String, String> attributes,
                                ShipmentStatus status, String subtag) {
        EXAMPLES.add(new Example(carrier, RawStatus.of(code, text, attributes), status, subtag));
    }

    private static void example(Carrier carrier, String code, String text, ShipmentStatus status, String subtag) {
        example(carrier, code, text, Map.of(), status, subtag);
    }

    private static Map<String, String> attrs(String... pairs) {
        Map<String, String> out = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            out.put(pairs[i], pairs[i + 1]);
        }
        return out;
    }

    static {
        Carrier c = Carrier.YURTICI;
        example(c, "DLV", "Teslim Edildi", attrs("returnStatus", "3"), RETURNED_TO_SENDER, null);
        example(c, "DLV", "Teslim Edildi", attrs("returnStatus", "0", "reasonName", "Sorun Yok"), DELIVERED, null);
        example(c, "DLV", "Teslim Edildi", attrs("perfLateCEvent", "1"), DELIVERED, null);
        example(c, "CNL", "", CANCELLED, null);
        example(c, "ISC", "", CANCELLED, null);
        example(c, "BI", "", CANCELLED, null);
        example(c, "IND", "Kargo Yüklendi", attrs("rejectStatus", "1"), RETURN_IN_TRANSIT, null);
        example(c, "IND", "Transfer Merkezinde", attrs("rejectStatus", "9"), RETURN_IN_TRANSIT, null);
        example(c, "IND", "Kargo Yüklendi", attrs("rejectStatus", "11"), IN_TRANSIT, null);
        example(c, "IND", "Kargo Yüklendi", attrs("errCode", "60020"), EXCEPTION, null);
        example(c, "IND", "Transfer Merkezinde", attrs("perfLateCEvent", "1", "errCode", "0"), DELAYED, "delayed.carrier_reported");
        example(c, "IND", "Dağıtıma Çıkarıldı", attrs("reasonName", "Alıcı Adreste Bulunamadı"), FAILED_ATTEMPT, "failed_attempt.recipient_absent");
        example(c, "IND", "Dağıtıma Çıkarıldı", attrs("reasonName", "Adres Yetersiz"), FAILED_ATTEMPT, "failed_attempt.address_issue");
        example(c, "IND", "Dağıtıma Çıkarıldı", attrs("reasonName", "Alıcı Kabul Etmedi"), FAILED_ATTEMPT, "failed_attempt.refused");
        example(c, "IND", "Kargo İndirildi", attrs("reasonName", "Hasarlı Gönderi"), EXCEPTION, "exception.damaged");
        example(c, "IND", "Dağıtıma Çıkarıldı", attrs("reasonName", "Alıcı Tatilde"), FAILED_ATTEMPT, null);
        example(c, "NOP", "", LABEL_CREATED, null);
        example(c, "ISR", "Kargo Kabul Edildi", attrs("reasonName", "Sorun Yok"), PICKED_UP, null);
        example(c, "IND", "Kargo Kabul Edildi", attrs("reasonName", "Sorun Yok"), PICKED_UP, null);
        example(c, "IND", "Dağıtıma Çıkarıldı", attrs("reasonName", "Sorun Yok"), OUT_FOR_DELIVERY, null);
        example(c, "IND", "Şubede Teslim Alınmayı Bekliyor", attrs("reasonName", "Sorun Yok"), AVAILABLE_FOR_PICKUP, null);
        example(c, "IND", "Kargo Yüklendi", IN_TRANSIT, null);
        example(c, "IND", "Kargo İndirildi", IN_TRANSIT, null);
        example(c, "IND", "TRANSFER MERKEZİNDE", IN_TRANSIT, null);
        example(c, "XYZ", "Yeni bir durum", UNKNOWN, null);

        c = Carrier.ARAS;
        example(c, "6", "Teslim Edildi", attrs("tipKodu", "3"), RETURNED_TO_SENDER, null);
        example(c, "2", "Yolda", attrs("tipKodu", "3"), RETURN_IN_TRANSIT, null);
        example(c, "6", "Teslim Edildi", attrs("tipKodu", "1"), DELIVERED, null);
        example(c, "", "Teslim Edildi", DELIVERED, null);
        example(c, "5", "Parçalı Teslimat", DELIVERED, "delivered.partial");
        example(c, "3", "Teslimat Şubesinde", attrs("devirKodu", "TL"), DELAYED, "delayed.holiday");
        example(c, "3", "Teslimat Şubesinde", attrs("devirKodu", "KG"), DELAYED, "delayed.customs");
        example(c, "3", "Teslimat Şubesinde", attrs("devirKodu", "MD"), DELAYED, "delayed.rescheduled");
        example(c, "3", "Teslimat Şubesinde", attrs("devirKodu", "TT"), DELAYED, "delayed.rescheduled");
        example(c, "2", "Yolda", attrs("devirKodu", "TO"), DELAYED, "delayed.weather_or_event");
        example(c, "4", "Teslimatta", attrs("devirKodu", "NT"), FAILED_ATTEMPT, "failed_attempt.note_left");
        example(c, "4", "Teslimatta", attrs("devirKodu", "AA"), FAILED_ATTEMPT, "failed_attempt.address_issue");
        example(c, "4", "Teslimatta", attrs("devirKodu", "AY"), FAILED_ATTEMPT, "failed_attempt.address_issue");
        example(c, "4", "Teslimatta", attrs("devirKodu", "KE"), FAILED_ATTEMPT, "failed_attempt.refused");
        example(c, "4", "Teslimatta", attrs("devirKodu", "TG"), FAILED_ATTEMPT, null);
        example(c, "3", "Teslimat Şubesinde", attrs("devirKodu", "ŞA"), AVAILABLE_FOR_PICKUP, null);
        example(c, "3", "Teslimat Şubesinde", attrs("devirKodu", "PR"), AVAILABLE_FOR_PICKUP, "available_for_pickup.locker");
        example(c, "3", "Teslimat Şubesinde", attrs("devirKodu", "AD"), EXCEPTION, "exception.out_of_area");
        example(c, "4", "Teslimatta", attrs("devirKodu", "HT"), EXCEPTION, "exception.damaged");
        example(c, "4", "Teslimatta", attrs("devirKodu", "ÜR"), EXCEPTION, "exception.payment_refused");
        example(c, "3", "Teslimat Şubesinde", attrs("devirKodu", "PS"), EXCEPTION, null);
        example(c, "1", "Çıkış Şubesinde", attrs("tipKodu", "1", "devirKodu", ""), PICKED_UP, null);
        example(c, "", "ÇIKIŞ ŞUBESİNDE", PICKED_UP, null);
        example(c, "2", "Yolda", IN_TRANSIT, null);
        example(c, "", "Yolda", IN_TRANSIT, null);
        example(c, "3", "Teslimat Şubesinde", IN_TRANSIT, null);
        example(c, "4", "Teslimatta", OUT_FOR_DELIVERY, null);
        example(c, "", "TESLİMATTA", OUT_FOR_DELIVERY, null);
        example(c, "7", "Yönlendirildi", attrs("tipKodu", "2"), IN_TRANSIT, "in_transit.redirected");
        example(c, "9", "Bilinmeyen", UNKNOWN, null);
        example(c, "", "Hiç görülmemiş bir hareket", UNKNOWN, null);

        c = Carrier.MNG;
        example(c, "5", "Teslim Edildi", DELIVERED, null);
        example(c, "7", "Göndericiye Teslim Edildi", RETURNED_TO_SENDER, null);
        example(c, "6", "[AY] Teslim Edilemedi - Adres Yetersiz", FAILED_ATTEMPT, "failed_attempt.address_issue");
        example(c, "6", "[AB] Teslim Edilemedi - Alıcı Adreste Bulunamadı", FAILED_ATTEMPT, "failed_attempt.recipient_absent");
        example(c, "6", "[KE] Teslim Edilemedi - Alıcı Kabul Etmedi", FAILED_ATTEMPT, "failed_attempt.refused");
        example(c, "6", "[HS] Teslim Edilemedi - Hasarlı Gönderi", EXCEPTION, "exception.damaged");
        example(c, "6", "[XX] Teslim Edilemedi", FAILED_ATTEMPT, null);
        example(c, "0", "Henüz işlem yapılmadı", LABEL_CREATED, null);
        example(c, "1", "Sipariş Kargoya Verildi", PICKED_UP, null);
        example(c, "2", "Transfer Aşamasında", IN_TRANSIT, null);
        example(c, "3", "Gönderi Teslim Birimine Ulaştı", IN_TRANSIT, null);
        example(c, "4", "Gönderi Teslimat Adresine Yönlendirildi", OUT_FOR_DELIVERY, null);
        example(c, "8", "Yeni bir durum", UNKNOWN, null);

        c = Carrier.PTT;
        example(c, "701", "Kayıt Edildi", attrs("ust_durum_id", "1000"), LABEL_CREATED, null);
        example(c, "1", "Kabul Edildi", attrs("ust_durum_id", "1000"), PICKED_UP, null);
        for (String code : List.of("77", "8", "9", "3", "6", "11", "91", "92", "149")) {
            example(c, code, "Sevk hareketi", attrs("ust_durum_id", "2000"), IN_TRANSIT, null);
        }
        example(c, "303", "Gönderi Gümrükte Tutuluyor", attrs("ust_durum_id", "2000"), DELAYED, "delayed.customs");
        example(c, "7", "Dağıtıcıya Verildi", attrs("ust_durum_id", "3000"), OUT_FOR_DELIVERY, null);
        for (String code : List.of("99", "151", "154", "155", "156", "161")) {
            example(c, code, "İade hareketi", attrs("ust_durum_id", "4000"), RETURN_IN_TRANSIT, null);
        }
        for (String code : List.of("100", "157", "252", "807", "812")) {
            example(c, code, "Teslim hareketi", attrs("ust_durum_id", "5000"), DELIVERED, null);
        }
        example(c, "202", "Kargomatikten Teslim Alındı", attrs("ust_durum_id", "5000"), DELIVERED, "delivered.pickup_point");
        example(c, "120", "Göndericisine Teslim Edildi", attrs("ust_durum_id", "5500"), RETURNED_TO_SENDER, null);
        example(c, "141", "İadeten Banka Şubesine Teslim", attrs("ust_durum_id", "5500"), RETURNED_TO_SENDER, null);
        example(c, "101", "Teslim Edilemedi", attrs("ust_durum_id", "6000"), FAILED_ATTEMPT, null);
        example(c, "124", "Adreste Yok/Kapalı", attrs("ust_durum_id", "6000"), FAILED_ATTEMPT, "failed_attempt.recipient_absent");
        example(c, "126", "Adreste Tanınmıyor", attrs("ust_durum_id", "6000"), FAILED_ATTEMPT, "failed_attempt.address_issue");
        example(c, "140", "Kabul Edilmedi", attrs("ust_durum_id", "6000"), FAILED_ATTEMPT, "failed_attempt.refused");
        example(c, "109", "İmha", attrs("ust_durum_id", "6000"), EXCEPTION, null);
        example(c, "2", "İptal Edildi", attrs("ust_durum_id", "7000"), CANCELLED, null);
        // Codes of PTT's list that have no row of their own fall back on their group.
        example(c, "702", "Kabul grubunda yeni bir kod", attrs("ust_durum_id", "1000"), PICKED_UP, null);
        example(c, "302", "Gümrüğe Sevk Edildi", attrs("ust_durum_id", "2000"), IN_TRANSIT, null);
        example(c, "12", "Cihetten Gönderi Çıkarıldı", attrs("ust_durum_id", "3000"), OUT_FOR_DELIVERY, null);
        example(c, "163", "İADE-Aranılmadı", attrs("ust_durum_id", "4000"), RETURN_IN_TRANSIT, null);
        example(c, "220", "Birinci Adreste Kendisine Teslim", attrs("ust_durum_id", "5000"), DELIVERED, null);
        example(c, "142", "Göndericisine teslim grubunda yeni bir kod", attrs("ust_durum_id", "5500"), RETURNED_TO_SENDER, null);
        example(c, "111", "Haber Kağıdı Bırakıldı", attrs("ust_durum_id", "6000"), FAILED_ATTEMPT, null);
        example(c, "21", "İptal grubunda yeni bir kod", attrs("ust_durum_id", "7000"), CANCELLED, null);
        example(c, "9999", "Bilinmeyen", attrs("ust_durum_id", ""), UNKNOWN, null);

        c = Carrier.HEPSIJET;
        example(c, "1", "Neo", LABEL_CREATED, null);
        example(c, "18", "Waiting For Dispatch", LABEL_CREATED, null);
        example(c, "4", "Ready", PICKED_UP, null);
        example(c, "5", "Transferring", IN_TRANSIT, null);
        example(c, "6", "Dispatching", IN_TRANSIT, null);
        example(c, "25", "Ready For Delivery", IN_TRANSIT, null);
        example(c, "7", "Delivering", OUT_FOR_DELIVERY, null);
        example(c, "8", "Delivered", DELIVERED, null);
        example(c, "17", "Partially Delivered", DELIVERED, "delivered.partial");
        example(c, "9", "Retry", FAILED_ATTEMPT, null);
        example(c, "10", "Undelivered", FAILED_ATTEMPT, null);
        example(c, "12", "Refused", FAILED_ATTEMPT, "failed_attempt.refused");
        example(c, "19", "Back To Warehouse", DELAYED, null);
        example(c, "11", "Undeliverable", EXCEPTION, null);
        example(c, "2", "Missing", EXCEPTION, "exception.lost");
        example(c, "3", "Damaged", EXCEPTION, "exception.damaged");
        example(c, "26", "Mark For Return", RETURN_IN_TRANSIT, null);
        example(c, "27", "Transferring Return", RETURN_IN_TRANSIT, null);
        example(c, "15", "Returned", RETURNED_TO_SENDER, null);
        example(c, "13", "Cancelled", CANCELLED, null);
        example(c, "41", "Transferring Transfer", UNKNOWN, null);

        c = Carrier.SURAT;
        example(c, "", "Teslim Edildi", DELIVERED, null);
        example(c, "", "Iade Edildi", RETURNED_TO_SENDER, null);
        example(c, "", "Iptal", CANCELLED, null);
        example(c, "", "Alici Adreste Yok", FAILED_ATTEMPT, "failed_attempt.recipient_absent");
        example(c, "", "Subede Bekliyor", AVAILABLE_FOR_PICKUP, null);
        example(c, "", "Dagitima Verildi", OUT_FOR_DELIVERY, null);
        example(c, "", "Dağıtımda", OUT_FOR_DELIVERY, null);
        example(c, "", "Aktarma Merkezinde", IN_TRANSIT, null);
        example(c, "", "Transfer", IN_TRANSIT, null);
        example(c, "", "Kargo Kabul", PICKED_UP, null);
        example(c, "", "Bilinmeyen Durum", UNKNOWN, null);

        c = Carrier.UPS;
        example(c, "I", "Returned to shipper", attrs("statusCode", "RS"), RETURNED_TO_SENDER, null);
        example(c, "RS", "Returned to Sender", attrs("statusCode", ""), RETURNED_TO_SENDER, null);
        example(c, "D", "DELIVERED", attrs("statusCode", "KB"), DELIVERED, null);
        example(c, "M", "Shipper created a label, UPS has not received the package yet.", attrs("statusCode", "MP"), LABEL_CREATED, null);
        example(c, "I", "Out For Delivery Today", attrs("statusCode", "OT"), OUT_FOR_DELIVERY, null);
        example(c, "M", "Order Processed: Ready for UPS", attrs("statusCode", ""), LABEL_CREATED, null);
        example(c, "P", "Pickup Scan", attrs("statusCode", "PU"), PICKED_UP, null);
        example(c, "I", "Departed from Facility", attrs("statusCode", "DP"), IN_TRANSIT, null);
        example(c, "I", "Origin Scan", attrs("statusCode", "OR"), IN_TRANSIT, null);
        example(c, "O", "Out For Delivery", attrs("statusCode", ""), OUT_FOR_DELIVERY, null);
        example(c, "X", "The receiver refused the delivery.", attrs("statusCode", "RF"), FAILED_ATTEMPT, "failed_attempt.refused");
        example(c, "X", "The address is incomplete. We're attempting to update it.", attrs(), FAILED_ATTEMPT, "failed_attempt.address_issue");
        example(c, "X", "The receiver was not available for delivery.", attrs(), FAILED_ATTEMPT, "failed_attempt.recipient_absent");
        example(c, "X", "We'll make a second delivery attempt the next business day.", attrs(), FAILED_ATTEMPT, null);
        example(c, "X", "The package was damaged and is being repackaged.", attrs(), EXCEPTION, "exception.damaged");
        example(c, "X", "Your package is pending release from the import customs agency.", attrs(), DELAYED, "delayed.customs");
        example(c, "X", "Severe weather conditions have delayed delivery.", attrs(), DELAYED, "delayed.weather_or_event");
        example(c, "X", "A mechanical failure has delayed delivery.", attrs(), EXCEPTION, null);
        example(c, "W", "Warehouse scan", attrs(), UNKNOWN, null);

        c = Carrier.DHL;
        example(c, "delivered", "Delivered", DELIVERED, null);
        example(c, "pre-transit", "Shipment information received", LABEL_CREATED, null);
        example(c, "transit", "With delivery courier", OUT_FOR_DELIVERY, null);
        example(c, "transit", "Shipment is out for delivery", OUT_FOR_DELIVERY, null);
        example(c, "transit", "Shipment picked up", PICKED_UP, null);
        example(c, "transit", "Processed at ISTANBUL - TURKEY", IN_TRANSIT, null);
        example(c, "failure", "Delivery refused by the recipient", FAILED_ATTEMPT, "failed_attempt.refused");
        example(c, "failure", "Incorrect address", FAILED_ATTEMPT, "failed_attempt.address_issue");
        example(c, "failure", "Recipient not at home", FAILED_ATTEMPT, "failed_attempt.recipient_absent");
        example(c, "failure", "Delivery attempt unsuccessful", FAILED_ATTEMPT, null);
        example(c, "failure", "Shipment is being returned to sender", RETURN_IN_TRANSIT, null);
        example(c, "failure", "Shipment damaged", EXCEPTION, "exception.damaged");
        example(c, "failure", "Shipment on hold", EXCEPTION, null);
        example(c, "unknown", "Status not available", UNKNOWN, null);
        example(c, "lost-in-space", "Never seen", UNKNOWN, null);
    }

    static Stream<Arguments> rows() {
        List<Arguments> out = new ArrayList<>();
        for (Carrier carrier : Carrier.values()) {
            StatusTable table = StatusTables.forCarrier(carrier);
            for (MappingRow row : table.rows()) {
                out.add(Arguments.of(carrier + ": " + row.describe(table.codeField()), carrier, row));
            }
        }
        return out.stream();
    }

    static Stream<Example> examples() {
        return EXAMPLES.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rows")
    void everyRowOfEveryTableHasAnExampleThatReachesIt(String label, Carrier carrier, MappingRow row) {
        StatusTable table = StatusTables.forCarrier(carrier);
        List<Example> reaching = EXAMPLES.stream()
                .filter(example -> example.carrier() == carrier)
                .filter(example -> table.firstMatch(example.raw()).filter(match -> match == row).isPresent())
                .toList();
        assertThat(reaching).as("examples decided by the row %s", label).isNotEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("examples")
    void theCarriersWordsMeanWhatAMerchantReads(Example example) {
        MappedStatus mapped = StatusTables.forCarrier(example.carrier()).map(example.raw());
        assertThat(mapped.status()).isEqualTo(example.status());
        assertThat(mapped.subtag()).isEqualTo(example.subtag());
        assertThat(mapped.rawCode()).isEqualTo(example.raw().code());
        assertThat(mapped.rawText()).isEqualTo(example.raw().text());
    }

    @ParameterizedTest
    @EnumSource(Carrier.class)
    void aCodeNoTableKnowsIsUnknownAndKeepsTheCarriersWords(Carrier carrier) {
        MappedStatus mapped = StatusTables.forCarrier(carrier).map(RawStatus.of("ZZ-404", "Tamamen yeni bir ifade"));
        assertThat(mapped.status()).isEqualTo(UNKNOWN);
        assertThat(mapped.subtag()).isNull();
        assertThat(mapped.rawCode()).isEqualTo("ZZ-404");
        assertThat(mapped.rawText()).isEqualTo("Tamamen yeni bir ifade");
    }

    @Test
    void everySubtagNamesItsStatus() {
        for (Carrier carrier : Carrier.values()) {
            for (MappingRow row : StatusTables.forCarrier(carrier).rows()) {
                if (row.subtag() != null) {
                    assertThat(row.subtag()).startsWith(row.status().id() + ".");
                }
            }
        }
    }

    @Test
    void aRowReadsLikeTheTableInTheDocs() {
        StatusTable table = StatusTables.YURTICI;
        MappingRow outForDelivery = table.firstMatch(RawStatus.of("IND", "Dağıtıma Çıkarıldı")).orElseThrow();
        assertThat(outForDelivery.describe(table.codeField()))
                .isEqualTo("operationStatus = 'IND' and text contains one of ['Dağıtıma Çıkarıldı', 'Dağıtımda'] → out_for_delivery");
    }
}
