package dev.akis.commerce.carriers;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.akis.commerce.Carrier;
import dev.akis.commerce.mock.ParcelEvent;
import dev.akis.commerce.mock.ParcelRecord;
import dev.akis.commerce.mock.carriers.MockAnswer;
import dev.akis.commerce.mock.carriers.MockAras;
import dev.akis.commerce.mock.carriers.MockCredentials;
import dev.akis.commerce.mock.carriers.MockDhl;
import dev.akis.commerce.mock.carriers.MockHepsiJet;
import dev.akis.commerce.mock.carriers.MockMng;
import dev.akis.commerce.mock.carriers.MockPtt;
import dev.akis.commerce.mock.carriers.MockRequest;
import dev.akis.commerce.mock.carriers.MockSurat;
import dev.akis.commerce.mock.carriers.MockUps;
import dev.akis.commerce.mock.carriers.MockYurtici;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;

/**
 * The mock carriers answer in exactly the shape of the recorded samples: the same elements and fields at the
 * same places (values differ). So what the adapters are tested against offline is what they meet in the
 * simulator, and both follow the carriers' shapes as documented in docs/mock-data.md.
 */
class MockShapesTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final MockCredentials LOGIN = new MockCredentials("user", "secret", "account");

    private final InMemoryParcelRecords records = new InMemoryParcelRecords(List.of(
            parcel(Carrier.YURTICI, "YK1", event("IND", "Kargo Kabul Edildi"), event("DLV", "Teslim Edildi")),
            parcel(Carrier.ARAS, "AR1", event("1", "Çıkış Şubesinde"), event("4", "Teslimatta")),
            parcel(Carrier.MNG, "MN1", event("5", "Teslim Edildi")),
            parcel(Carrier.PTT, "PT1", event("1", "Kabul Edildi"), event("99", "İade Edilecek")),
            parcel(Carrier.SURAT, "SU1", event("", "Kargo Kabul"), event("", "Teslim Edildi")),
            parcel(Carrier.HEPSIJET, "HJ1", event("1", "Neo"), event("9", "Retry")),
            parcel(Carrier.UPS, "1Z1", event("M", "Label created"), event("D", "DELIVERED")),
            parcel(Carrier.DHL, "DH1", event("transit", "Shipment picked up"), event("failure", "Recipient not at home"))));

    @Test
    void yurtici() {
        MockAnswer answer = new MockYurtici(records, LOGIN).answer(soap("/KOPSWebServices/ShippingOrderDispatcherServices",
                "<queryShipment><wsUserName>user</wsUserName><wsPassword>secret</wsPassword><keys>YK1</keys></queryShipment>"));
        assertSameXmlShape(answer, "yurtici-queryShipment.xml");
    }

    @Test
    void arasStatusAndMovements() {
        MockAras aras = new MockAras(records, LOGIN);
        assertSameXmlShape(aras.answer(arasQuery(1)), "aras-GetQueryJSON-status.xml");
        assertSameXmlShape(aras.answer(arasQuery(9)), "aras-GetQueryJSON-movements.xml");
    }

    @Test
    void mng() {
        MockAnswer answer = new MockMng(records, LOGIN).answer(soap("/musterikargosiparis/musterisiparisnew.asmx",
                "<FaturaSiparisListesi><pSiparisNo>MN1</pSiparisNo><pKullaniciAdi>user</pKullaniciAdi><pSifre>secret</pSifre></FaturaSiparisListesi>"));
        assertSameXmlShape(answer, "mng-FaturaSiparisListesi.xml");
    }

    @Test
    void ptt() {
        MockAnswer answer = new MockPtt(records, LOGIN).answer(soap("/GonderiHareketV2/services/Sorgu",
                "<barkodSorgu><input><barkod>PT1</barkod><musteri_no>user</musteri_no><sifre>secret</sifre></input></barkodSorgu>"));
        assertSameXmlShape(answer, "ptt-barkodSorgu.xml");
    }

    @Test
    void surat() {
        MockAnswer answer = new MockSurat(records, LOGIN).answer(soap("/services.asmx",
                "<KargoTakipHareketDetayliV2><CariKodu>user</CariKodu><Sifre>secret</Sifre><WebSiparisKodu>SU1</WebSiparisKodu></KargoTakipHareketDetayliV2>"));
        assertSameXmlShape(answer, "surat-KargoTakipHareketDetayliV2.xml");
    }

    @Test
    void hepsiJet() throws Exception {
        MockHepsiJet hepsiJet = new MockHepsiJet(records, LOGIN);
        MockAnswer token = hepsiJet.answer(new MockRequest("GET", "/auth/getToken", Map.of(), Map.of("Authorization", basic()), ""));
        String value = JSON.readTree(token.body()).path("data").path("token").asText();
        MockAnswer answer = hepsiJet.answer(new MockRequest("POST", "/rest/deliveryTransaction/getDeliveryTracking", Map.of(),
                Map.of("X-Auth-Token", value), "{\"deliveries\":[{\"customerDeliveryNo\":\"HJ1\"}]}"));
        assertSameJsonShape(answer, "hepsijet-getDeliveryTracking.json");
    }

    @Test
    void ups() throws Exception {
        MockUps ups = new MockUps(records, LOGIN);
        MockAnswer token = ups.answer(new MockRequest("POST", "/security/v1/oauth/token", Map.of(),
                Map.of("Authorization", basic()), "grant_type=client_credentials"));
        String value = JSON.readTree(token.body()).path("access_token").asText();
        MockAnswer answer = ups.answer(new MockRequest("GET", "/api/track/v1/details/1Z1", Map.of(),
                Map.of("Authorization", "Bearer " + value), ""));
        assertSameJsonShape(answer, "ups-track-details.json");
    }

    @Test
    void dhl() throws Exception {
        MockAnswer answer = new MockDhl(records, LOGIN).answer(new MockRequest("GET", "/track/shipments",
                Map.of("trackingNumber", "DH1"), Map.of("DHL-API-Key", "secret"), ""));
        assertSameJsonShape(answer, "dhl-track-shipments.json");
    }

    private static void assertSameXmlShape(MockAnswer answer, String sample) {
        assertThat(answer.status()).isEqualTo(200);
        assertThat(xmlShape(answer.body())).isEqualTo(xmlShape(SampleAnswersTest.sample(sample)));
    }

    private static void assertSameJsonShape(MockAnswer answer, String sample) throws Exception {
        assertThat(answer.status()).isEqualTo(200);
        Set<String> mock = new TreeSet<>();
        jsonShape(JSON.readTree(answer.body()), "", mock);
        Set<String> recorded = new TreeSet<>();
        jsonShape(JSON.readTree(SampleAnswersTest.sample(sample)), "", recorded);
        assertThat(mock).isEqualTo(recorded);
    }

    /** Every element path by local name ("Envelope/Body/.../eventName"), JSON results included. */
    static Set<String> xmlShape(String xml) {
        Set<String> out = new TreeSet<>();
        xmlShape(Xml.parse(xml).getDocumentElement(), "", out);
        return out;
    }

    private static void xmlShape(Element element, String parent, Set<String> out) {
        String path = parent + "/" + Xml.localNameOf(element);
        out.add(path);
        if ("GetQueryJSONResult".equals(Xml.localNameOf(element))) {
            try {
                jsonShape(JSON.readTree(element.getTextContent()), path + "#", out);
            } catch (Exception e) {
                throw new AssertionError("Not JSON in " + path, e);
            }
        }
        for (Element child : Xml.elements(element)) {
            xmlShape(child, path, out);
        }
    }

    private static void jsonShape(JsonNode node, String path, Set<String> out) {
        if (node.isObject()) {
            for (Map.Entry<String, JsonNode> field : node.properties()) {
                String child = path + "/" + field.getKey();
                out.add(child);
                jsonShape(field.getValue(), child, out);
            }
        } else if (node.isArray()) {
            for (JsonNode item : node) {
                jsonShape(item, path + "[]", out);
            }
        }
    }

    private static MockRequest soap(String path, String call) {
        return new MockRequest("POST", path, Map.of(), Map.of(), Soap.envelope(call, null));
    }

    private static MockRequest arasQuery(int type) {
        String login = "<LoginInfo><UserName>user</UserName><Password>secret</Password><CustomerCode>account</CustomerCode></LoginInfo>";
        String query = "<QueryInfo><QueryType>" + type + "</QueryType><TrackingNumber>AR1</TrackingNumber></QueryInfo>";
        return soap("/ArasCargoCustomerIntegrationService/ArasCargoIntegrationService.svc",
                "<GetQueryJSON><loginInfo>" + Xml.escape(login) + "</loginInfo><queryInfo>" + Xml.escape(query) + "</queryInfo></GetQueryJSON>");
    }

    private static String basic() {
        return "Basic " + Base64.getEncoder().encodeToString("user:secret".getBytes(StandardCharsets.UTF_8));
    }

    private static ParcelRecord parcel(Carrier carrier, String number, ParcelEvent... events) {
        return new ParcelRecord(carrier, number, LocalDate.of(2026, 11, 19), Map.of(), List.of(events));
    }

    private static int minute;

    private static ParcelEvent event(String code, String text) {
        minute++;
        return new ParcelEvent(Instant.parse("2026-11-18T08:00:00Z").plusSeconds(60L * minute), code, text, "Şube", Map.of());
    }
}
