package dev.akis.commerce.mock.carriers;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
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
 * Mock Aras Kargo: {@code POST /ArasCargoCustomerIntegrationService/ArasCargoIntegrationService.svc}, SOAP
 * {@code GetQueryJSON(loginInfo, queryInfo)} whose result is JSON text: QueryType 1 gives
 * {@code QueryResult.Cargo} (status fields), QueryType 9 {@code QueryResult.CargoTransaction} (movements). Wrong
 * login: a SOAP Client fault. Unknown number: an empty {@code QueryResult}.
 */
public final class MockAras extends CarrierEndpoint {

    static final String PATH = "/ArasCargoCustomerIntegrationService/ArasCargoIntegrationService.svc";
    private static final ObjectMapper JSON = new ObjectMapper();

    /** DURUM KODU → DURUM_EN. */
    private static final Map<String, String> ENGLISH = Map.of(
            "1", "At departure branch", "2", "On the way", "3", "At delivery branch", "4", "Out for delivery",
            "5", "Partially delivered", "6", "Delivered", "7", "Redirected");

    /** DEVİR KODU → what Aras writes in AÇIKLAMA. */
    private static final Map<String, String> DEVIR = Map.ofEntries(
            Map.entry("AY", "Adres yanlış / yetersiz"), Map.entry("NT", "Uğrama notu bırakıldı"),
            Map.entry("MD", "Mobil dağıtım günü"), Map.entry("TL", "Tatil"),
            Map.entry("ŞA", "Müşteri şubeden alacak"), Map.entry("AD", "Dağıtım alanı dışı"),
            Map.entry("TG", "Gün içinde teslimat yapılamadı"), Map.entry("AA", "Alıcı adreste tanınmıyor"),
            Map.entry("HT", "Hasarlı / sorunlu gönderi"), Map.entry("KG", "Gümrükte"),
            Map.entry("PR", "Pratik 7/24 noktasında"), Map.entry("ÜR", "Ücret reddi"),
            Map.entry("KE", "Alıcı kabul etmiyor"), Map.entry("TT", "Tercihli teslimat"),
            Map.entry("PS", "Parça sorunlu"), Map.entry("TO", "Toplumsal olaylar"));

    public MockAras(ParcelRecords records, MockCredentials credentials) {
        super(records, credentials);
    }

    @Override
    public Carrier carrier() {
        return Carrier.ARAS;
    }

    @Override
    protected boolean soap() {
        return true;
    }

    @Override
    public MockAnswer refusal() {
        return clientFault("Kullanıcı Adı yada Şifreniz yanlış");
    }

    @Override
    public MockAnswer answer(MockRequest request) {
        if (!PATH.equals(request.path()) || !"POST".equals(request.method())) {
            return notFoundPath(request);
        }
        Document document = parseSoap(request);
        Element call = document == null ? null : Xml.first(document, "GetQueryJSON");
        Document login = innerXml(call, "loginInfo");
        Document query = innerXml(call, "queryInfo");
        if (login == null || query == null) {
            return clientFault("loginInfo ve queryInfo XML olmalıdır");
        }
        Element loginInfo = login.getDocumentElement();
        if (!credentials.matches(Xml.childText(loginInfo, "UserName"), Xml.childText(loginInfo, "Password"))
                || !credentials.account().equals(Xml.childText(loginInfo, "CustomerCode"))) {
            return refusal();
        }
        Element queryInfo = query.getDocumentElement();
        String number = Xml.childText(queryInfo, "TrackingNumber");
        if (number.isEmpty()) {
            number = Xml.childText(queryInfo, "IntegrationCode");
        }
        Optional<ParcelRecord> parcel = find(number);
        ObjectNode result = JSON.createObjectNode();
        ObjectNode queryResult = result.putObject("QueryResult");
        String type = Xml.childText(queryInfo, "QueryType");
        if (parcel.isPresent() && "1".equals(type)) {
            queryResult.set("Cargo", cargo(parcel.get()));
        } else if (parcel.isPresent() && "9".equals(type)) {
            queryResult.set("CargoTransaction", movements(parcel.get()));
        }
        MockAnswer answer = MockAnswer.xml(200, soapAnswer("<GetQueryJSONResponse xmlns=\"http://tempuri.org/\">"
                + Tags.el("GetQueryJSONResult", result.toString()) + "</GetQueryJSONResponse>"));
        return answer;
    }

    private static ObjectNode cargo(ParcelRecord parcel) {
        ParcelEvent first = first(parcel);
        ParcelEvent last = last(parcel);
        String code = last == null ? "" : last.code();
        boolean delivered = "5".equals(code) || "6".equals(code);
        ObjectNode cargo = JSON.createObjectNode();
        cargo.put("MUSTERI_OZEL_KODU", parcel.attributes().getOrDefault("integrationCode", parcel.trackingNumber()));
        cargo.put("IRSALIYE_NUMARA", parcel.attributes().getOrDefault("waybillNumber", ""));
        cargo.put("KARGO_TAKIP_NO", parcel.trackingNumber());
        cargo.put("CIKIS_SUBE", first == null ? "" : orEmpty(first.location()));
        cargo.put("VARIS_SUBE", last == null ? "" : orEmpty(last.location()));
        cargo.put("CIKIS_TARIH", local(first, "dd.MM.yyyy"));
        cargo.put("TESLIM_ALAN", delivered ? parcel.attributes().getOrDefault("receivedBy", "") : "");
        cargo.put("TESLIM_TARIHI", delivered ? local(last, "dd.MM.yyyy") : "");
        cargo.put("TESLIM_SAATI", delivered ? local(last, "HH:mm") : "");
        cargo.put("TIP_KODU", last == null ? "1" : last.attributes().getOrDefault("tipKodu", "1"));
        cargo.put("DURUM_KODU", code);
        cargo.put("DURUMU", last == null ? "" : last.text());
        cargo.put("DURUM_EN", ENGLISH.getOrDefault(code, ""));
        cargo.put("IADE_SEBEBI", parcel.attributes().getOrDefault("iadeSebebi", ""));
        cargo.put("KARGO_LINK_NO", parcel.trackingNumber());
        cargo.put("DEVIR_KODU", last == null ? "" : last.attributes().getOrDefault("devirKodu", ""));
        cargo.put("ISLEM_TARIHI", local(last, "dd.MM.yyyy HH:mm:ss"));
        return cargo;
    }

    private static ArrayNode movements(ParcelRecord parcel) {
        ArrayNode moves = JSON.createArrayNode();
        for (ParcelEvent event : parcel.events()) {
            ObjectNode move = moves.addObject();
            move.put("ISLEM_TARIHI", local(event, "dd.MM.yyyy HH:mm:ss"));
            move.put("BIRIM", orEmpty(event.location()));
            move.put("ISLEM", event.text());
            move.put("ACIKLAMA", DEVIR.getOrDefault(event.attributes().getOrDefault("devirKodu", ""), ""));
        }
        return moves;
    }

    /** loginInfo and queryInfo are XML documents passed as escaped text. */
    private static Document innerXml(Element call, String name) {
        if (call == null) {
            return null;
        }
        try {
            return Xml.parse(Xml.childText(call, name));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
