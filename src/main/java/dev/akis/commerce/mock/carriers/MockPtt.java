package dev.akis.commerce.mock.carriers;

import static dev.akis.commerce.mock.carriers.Tags.el;

import dev.akis.commerce.Carrier;
import dev.akis.commerce.carriers.Xml;
import dev.akis.commerce.mock.ParcelEvent;
import dev.akis.commerce.mock.ParcelRecord;
import dev.akis.commerce.mock.ParcelRecords;
import java.util.Map;
import java.util.Optional;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * Mock PTT Kargo: {@code POST /GonderiHareketV2/services/Sorgu}, SOAP {@code barkodSorgu}: {@code sonucKodu} 10
 * and one {@code dongu} per movement with {@code gonderi_durum_id} and the group {@code ust_durum_id} taken from
 * PTT's code list. Wrong login: a SOAP Client fault. Unknown barcode: sonucKodu 0.
 */
public final class MockPtt extends CarrierEndpoint {

    static final String PATH = "/GonderiHareketV2/services/Sorgu";
    static final String NAMESPACE = "http://hareket.ptt.gov.tr";

    /** gonderi_durum_id → ust_durum_id, from PTT's status code list. */
    private static final Map<String, String> GROUPS = Map.ofEntries(
            Map.entry("1", "1000"), Map.entry("701", "1000"),
            Map.entry("77", "2000"), Map.entry("8", "2000"), Map.entry("9", "2000"), Map.entry("3", "2000"),
            Map.entry("6", "2000"), Map.entry("4", "2000"), Map.entry("11", "2000"), Map.entry("91", "2000"),
            Map.entry("92", "2000"), Map.entry("149", "2000"), Map.entry("302", "2000"), Map.entry("303", "2000"),
            Map.entry("7", "3000"),
            Map.entry("99", "4000"), Map.entry("151", "4000"), Map.entry("154", "4000"), Map.entry("155", "4000"),
            Map.entry("156", "4000"), Map.entry("161", "4000"),
            Map.entry("100", "5000"), Map.entry("157", "5000"), Map.entry("202", "5000"), Map.entry("252", "5000"),
            Map.entry("807", "5000"), Map.entry("812", "5000"), Map.entry("220", "5000"), Map.entry("224", "5000"),
            Map.entry("120", "5500"), Map.entry("141", "5500"),
            Map.entry("101", "6000"), Map.entry("109", "6000"), Map.entry("124", "6000"), Map.entry("126", "6000"),
            Map.entry("140", "6000"), Map.entry("111", "6000"),
            Map.entry("2", "7000"));

    /** PTT's group ({@code ust_durum_id}) of a status code, as its service sends it beside the code; "" when unlisted. */
    public static String group(String code) {
        return GROUPS.getOrDefault(code, "");
    }

    public MockPtt(ParcelRecords records, MockCredentials credentials) {
        super(records, credentials);
    }

    @Override
    public Carrier carrier() {
        return Carrier.PTT;
    }

    @Override
    protected boolean soap() {
        return true;
    }

    @Override
    public MockAnswer refusal() {
        return clientFault("Müşteri numarası veya şifre hatalı");
    }

    @Override
    public MockAnswer answer(MockRequest request) {
        if (!PATH.equals(request.path()) || !"POST".equals(request.method())) {
            return notFoundPath(request);
        }
        Document document = parseSoap(request);
        Element input = document == null ? null : Xml.first(document, "input");
        if (input == null) {
            return clientFault("barkodSorgu input bekleniyordu");
        }
        if (!credentials.matches(Xml.childText(input, "musteri_no"), Xml.childText(input, "sifre"))) {
            return refusal();
        }
        String barcode = Xml.childText(input, "barkod");
        Optional<ParcelRecord> parcel = find(barcode);
        if (parcel.isEmpty()) {
            return MockAnswer.xml(200, response(el("BARNO", barcode) + el("sonucAciklama", "Barkod bulunamadı")
                    + el("sonucKodu", "0")));
        }
        ParcelRecord found = parcel.get();
        StringBuilder content = new StringBuilder()
                .append(el("ALICI", found.attributes().getOrDefault("receiver", "")))
                .append(el("BARNO", found.trackingNumber()))
                .append(el("GONDEREN", found.attributes().getOrDefault("sender", "")))
                .append(el("sonucAciklama", "Başarılı"))
                .append(el("sonucKodu", "10"));
        int sequence = 1;
        for (ParcelEvent event : found.events()) {
            content.append("<dongu>")
                    .append(el("IMERK", orEmpty(event.location())))
                    .append(el("ISAAT", local(event, "HH:mm:ss")))
                    .append(el("ISLEM", event.text()))
                    .append(el("ITARIH", local(event, "dd/MM/yyyy")))
                    .append(el("gonderi_durum_id", event.code()))
                    .append(el("siraNo", String.valueOf(sequence++)))
                    .append(el("ust_durum_id", group(event.code())))
                    .append("</dongu>");
        }
        return MockAnswer.xml(200, response(content.toString()));
    }

    private static String response(String content) {
        return soapAnswer("<ns:barkodSorguResponse xmlns:ns=\"" + NAMESPACE + "\"><return>" + content
                + "</return></ns:barkodSorguResponse>");
    }
}
