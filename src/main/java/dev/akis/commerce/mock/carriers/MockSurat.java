package dev.akis.commerce.mock.carriers;

import dev.akis.commerce.Carrier;
import dev.akis.commerce.carriers.Xml;
import dev.akis.commerce.mock.ParcelEvent;
import dev.akis.commerce.mock.ParcelRecord;
import dev.akis.commerce.mock.ParcelRecords;
import java.util.Optional;
import java.util.StringJoiner;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * Mock Sürat Kargo: {@code POST /services.asmx}, SOAP {@code KargoTakipHareketDetayliV2} answered with free
 * text, one movement per line {@code text|yyyy-MM-dd HH:mm:ss|place}. Wrong login: a SOAP Client fault. Unknown
 * number, or a parcel without movements: an empty result (Sürat cannot tell the two apart).
 */
public final class MockSurat extends CarrierEndpoint {

    static final String PATH = "/services.asmx";

    public MockSurat(ParcelRecords records, MockCredentials credentials) {
        super(records, credentials);
    }

    @Override
    public Carrier carrier() {
        return Carrier.SURAT;
    }

    @Override
    protected boolean soap() {
        return true;
    }

    @Override
    public MockAnswer refusal() {
        return clientFault("Cari kodu veya şifre hatalı");
    }

    @Override
    public MockAnswer answer(MockRequest request) {
        if (!PATH.equals(request.path()) || !"POST".equals(request.method())) {
            return notFoundPath(request);
        }
        Document document = parseSoap(request);
        Element call = document == null ? null : Xml.first(document, "KargoTakipHareketDetayliV2");
        if (call == null) {
            return clientFault("KargoTakipHareketDetayliV2 bekleniyordu");
        }
        if (!credentials.matches(Xml.childText(call, "CariKodu"), Xml.childText(call, "Sifre"))) {
            return refusal();
        }
        Optional<ParcelRecord> parcel = find(Xml.childText(call, "WebSiparisKodu"));
        StringJoiner lines = new StringJoiner("\n");
        parcel.ifPresent(p -> {
            for (ParcelEvent event : p.events()) {
                lines.add(event.text() + "|" + local(event, "yyyy-MM-dd HH:mm:ss") + "|" + orEmpty(event.location()));
            }
        });
        MockAnswer answer = MockAnswer.xml(200, soapAnswer("<KargoTakipHareketDetayliV2Response xmlns=\"http://tempuri.org/\">"
                + Tags.el("KargoTakipHareketDetayliV2Result", lines.toString()) + "</KargoTakipHareketDetayliV2Response>"));
        return answer;
    }
}
