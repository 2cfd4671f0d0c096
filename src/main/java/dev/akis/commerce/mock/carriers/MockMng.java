package dev.akis.commerce.mock.carriers;

import static dev.akis.commerce.mock.carriers.Tags.el;

import dev.akis.commerce.Carrier;
import dev.akis.commerce.carriers.PublicTrackingLinks;
import dev.akis.commerce.carriers.Xml;
import dev.akis.commerce.mock.ParcelEvent;
import dev.akis.commerce.mock.ParcelRecord;
import dev.akis.commerce.mock.ParcelRecords;
import java.util.Optional;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * Mock MNG Kargo: {@code POST /musterikargosiparis/musterisiparisnew.asmx}, SOAP {@code FaturaSiparisListesi}
 * answered with a .NET DataSet (schema + diffgram), one {@code FaturaSiparisListesi} row per shipment. Wrong
 * login: a SOAP Client fault. Unknown number: an empty data set.
 */
public final class MockMng extends CarrierEndpoint {

    static final String PATH = "/musterikargosiparis/musterisiparisnew.asmx";
    private static final String[] COLUMNS = {
        "SIPARIS_KODU", "GONDERI_NO", "SIPARIS_STATU", "SIPARIS_STATU_ACIKLAMA", "SIPARIS_STATU_TARIHI",
        "KARGO_SON_HAREKET", "TESLIM_TARIHI", "TESLIM_ALAN_ADSOYAD", "KARGO_TAKIP_URL"};

    public MockMng(ParcelRecords records, MockCredentials credentials) {
        super(records, credentials);
    }

    @Override
    public Carrier carrier() {
        return Carrier.MNG;
    }

    @Override
    protected boolean soap() {
        return true;
    }

    @Override
    public MockAnswer refusal() {
        return clientFault("Kullanıcı adı veya şifre hatalı.");
    }

    @Override
    public MockAnswer answer(MockRequest request) {
        if (!PATH.equals(request.path()) || !"POST".equals(request.method())) {
            return notFoundPath(request);
        }
        Document document = parseSoap(request);
        Element call = document == null ? null : Xml.first(document, "FaturaSiparisListesi");
        if (call == null) {
            return clientFault("FaturaSiparisListesi bekleniyordu");
        }
        if (!credentials.matches(Xml.childText(call, "pKullaniciAdi"), Xml.childText(call, "pSifre"))) {
            return refusal();
        }
        Optional<ParcelRecord> parcel = find(Xml.childText(call, "pSiparisNo"));
        String rows = parcel.map(MockMng::row).orElse("");
        MockAnswer answer = MockAnswer.xml(200, soapAnswer("<FaturaSiparisListesiResponse xmlns=\"http://tempuri.org/\">"
                + "<FaturaSiparisListesiResult>" + schema()
                + "<diffgr:diffgram xmlns:msdata=\"urn:schemas-microsoft-com:xml-msdata\""
                + " xmlns:diffgr=\"urn:schemas-microsoft-com:xml-diffgram-v1\">"
                + (rows.isEmpty() ? "" : "<NewDataSet xmlns=\"\">" + rows + "</NewDataSet>")
                + "</diffgr:diffgram></FaturaSiparisListesiResult></FaturaSiparisListesiResponse>"));
        return answer;
    }

    private static String row(ParcelRecord parcel) {
        ParcelEvent last = last(parcel);
        String code = last == null ? "0" : last.code();
        boolean handedOver = "5".equals(code) || "7".equals(code);
        return "<FaturaSiparisListesi diffgr:id=\"FaturaSiparisListesi1\" msdata:rowOrder=\"0\">"
                + el("SIPARIS_KODU", parcel.attributes().getOrDefault("orderNumber", parcel.trackingNumber()))
                + el("GONDERI_NO", parcel.trackingNumber())
                + el("SIPARIS_STATU", code)
                + el("SIPARIS_STATU_ACIKLAMA", last == null ? "Henüz işlem yapılmadı" : last.text())
                + el("SIPARIS_STATU_TARIHI", local(last, "dd.MM.yyyy HH:mm:ss"))
                + el("KARGO_SON_HAREKET", last == null ? "" : orEmpty(last.location()))
                + el("TESLIM_TARIHI", handedOver ? local(last, "dd.MM.yyyy HH:mm:ss") : "")
                + el("TESLIM_ALAN_ADSOYAD", handedOver ? parcel.attributes().getOrDefault("receivedBy", "") : "")
                + el("KARGO_TAKIP_URL", PublicTrackingLinks.of(Carrier.MNG, parcel.trackingNumber()))
                + "</FaturaSiparisListesi>";
    }

    /** The inline XSD a .NET DataSet sends before its rows. */
    private static String schema() {
        StringBuilder columns = new StringBuilder();
        for (String column : COLUMNS) {
            columns.append("<xs:element name=\"").append(column).append("\" type=\"xs:string\" minOccurs=\"0\"/>");
        }
        return "<xs:schema id=\"NewDataSet\" xmlns=\"\" xmlns:xs=\"http://www.w3.org/2001/XMLSchema\""
                + " xmlns:msdata=\"urn:schemas-microsoft-com:xml-msdata\">"
                + "<xs:element name=\"NewDataSet\" msdata:IsDataSet=\"true\"><xs:complexType><xs:choice minOccurs=\"0\" maxOccurs=\"unbounded\">"
                + "<xs:element name=\"FaturaSiparisListesi\"><xs:complexType><xs:sequence>" + columns
                + "</xs:sequence></xs:complexType></xs:element></xs:choice></xs:complexType></xs:element></xs:schema>";
    }
}
