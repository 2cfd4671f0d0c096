package dev.akis.commerce.mock.carriers;

import static dev.akis.commerce.mock.carriers.Tags.el;

import dev.akis.commerce.Carrier;
import dev.akis.commerce.carriers.PublicTrackingLinks;
import dev.akis.commerce.carriers.Xml;
import dev.akis.commerce.mock.ParcelEvent;
import dev.akis.commerce.mock.ParcelRecord;
import dev.akis.commerce.mock.ParcelRecords;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.Optional;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * Mock Yurtiçi Kargo: {@code POST /KOPSWebServices/ShippingOrderDispatcherServices}, SOAP {@code queryShipment}
 * answered with a {@code ShippingDeliveryVO}. Wrong wsUserName/wsPassword: outFlag 1 and no detail. Unknown key:
 * a detail with errCode set and no operationStatus.
 */
public final class MockYurtici extends CarrierEndpoint {

    static final String PATH = "/KOPSWebServices/ShippingOrderDispatcherServices";
    static final String NAMESPACE = "http://yurticikargo.com.tr/ShippingOrderDispatcherServices";

    /** operationStatus → (operationCode, operationMessage), as the service writes them. */
    private static final Map<String, String[]> OPERATIONS = Map.of(
            "NOP", new String[] {"0", "Kargo İşlem Görmemiş."},
            "IND", new String[] {"1", "Kargo Teslimattadır."},
            "ISR", new String[] {"2", "Kargo işlem görmüş, faturası henüz düzenlenmemiştir."},
            "CNL", new String[] {"3", "Kargo Çıkışı Engellendi."},
            "ISC", new String[] {"4", "Kargo daha önceden iptal edilmiştir."},
            "DLV", new String[] {"5", "Kargo teslim edilmiştir."},
            "BI", new String[] {"6", "Kargo Yurtiçi Kargo tarafından iptal edilmiştir."});

    public MockYurtici(ParcelRecords records, MockCredentials credentials) {
        super(records, credentials);
    }

    @Override
    public Carrier carrier() {
        return Carrier.YURTICI;
    }

    @Override
    protected boolean soap() {
        return true;
    }

    @Override
    public MockAnswer refusal() {
        return MockAnswer.xml(200, response("<count>0</count><outFlag>1</outFlag>"
                + el("outResult", "Web servis kullanıcı adı veya şifresi hatalı.")));
    }

    @Override
    public MockAnswer answer(MockRequest request) {
        if (!PATH.equals(request.path()) || !"POST".equals(request.method())) {
            return notFoundPath(request);
        }
        Document document = parseSoap(request);
        Element query = document == null ? null : Xml.first(document, "queryShipment");
        if (query == null) {
            return clientFault("queryShipment bekleniyordu");
        }
        if (!credentials.matches(Xml.childText(query, "wsUserName"), Xml.childText(query, "wsPassword"))) {
            return refusal();
        }
        String key = Xml.childText(query, "keys");
        Optional<ParcelRecord> parcel = find(key);
        if (parcel.isEmpty()) {
            return MockAnswer.xml(200, response("<count>0</count><outFlag>0</outFlag>" + el("outResult", "Başarılı")
                    + "<shippingDeliveryDetailVO>" + el("cargoKey", key) + el("errCode", "82519")
                    + el("errMessage", "Gönderi bulunamadı.") + "</shippingDeliveryDetailVO>"));
        }
        return MockAnswer.xml(200, response(found(parcel.get())));
    }

    private static String found(ParcelRecord parcel) {
        ParcelEvent last = last(parcel);
        String status = last == null ? "NOP" : last.code();
        String[] operation = OPERATIONS.getOrDefault(status, new String[] {"", ""});
        Map<String, String> flags = parcel.attributes();
        StringBuilder item = new StringBuilder("<shippingDeliveryItemDetailVO>")
                .append(el("docId", "1" + digits(parcel.trackingNumber())))
                .append(el("trackingUrl", PublicTrackingLinks.of(Carrier.YURTICI, parcel.trackingNumber())))
                .append(el("deliveryDate", "DLV".equals(status) ? local(last, "yyyyMMdd") : ""))
                .append(el("deliveryTime", "DLV".equals(status) ? local(last, "HHmmss") : ""))
                .append(el("estimatedDeliveryDate", parcel.estimatedDelivery() == null ? ""
                        : parcel.estimatedDelivery().format(DateTimeFormatter.BASIC_ISO_DATE)))
                .append(el("perfLateCEvent", flags.getOrDefault("perfLateCEvent", "0")))
                .append(el("rejectStatus", flags.getOrDefault("rejectStatus", "")))
                .append(el("returnStatus", flags.getOrDefault("returnStatus", "0")));
        for (ParcelEvent event : parcel.events()) {
            item.append("<invDocCargoVOArray>")
                    .append(el("unitName", orEmpty(event.location())))
                    .append(el("eventId", event.attributes().getOrDefault("eventId", "")))
                    .append(el("eventName", event.text()))
                    .append(el("reasonId", ""))
                    .append(el("reasonName", event.attributes().getOrDefault("reasonName", "Sorun Yok")))
                    .append(el("eventDate", local(event, "yyyyMMdd")))
                    .append(el("eventTime", local(event, "HHmmss")))
                    .append(el("cityName", event.attributes().getOrDefault("cityName", "")))
                    .append(el("townName", event.attributes().getOrDefault("townName", "")))
                    .append("</invDocCargoVOArray>");
        }
        item.append("</shippingDeliveryItemDetailVO>");
        return "<count>1</count><outFlag>0</outFlag>" + el("outResult", "Başarılı")
                + "<shippingDeliveryDetailVO>"
                + el("cargoKey", parcel.trackingNumber())
                + el("invoiceKey", parcel.attributes().getOrDefault("invoiceKey", parcel.trackingNumber()))
                + el("operationCode", operation[0])
                + el("operationMessage", operation[1])
                + el("operationStatus", status)
                + el("errCode", parcel.attributes().getOrDefault("errCode", "0"))
                + el("errMessage", "")
                + item
                + "</shippingDeliveryDetailVO>";
    }

    private static String response(String content) {
        return "<?xml version=\"1.0\" encoding=\"utf-8\"?>"
                + "<env:Envelope xmlns:env=\"http://schemas.xmlsoap.org/soap/envelope/\"><env:Header/><env:Body>"
                + "<ns1:queryShipmentResponse xmlns:ns1=\"" + NAMESPACE + "\"><ShippingDeliveryVO>" + content
                + "</ShippingDeliveryVO></ns1:queryShipmentResponse></env:Body></env:Envelope>";
    }

    private static String digits(String text) {
        String only = text.replaceAll("\\D", "");
        return only.isEmpty() ? String.valueOf(Math.abs(text.hashCode())) : only;
    }
}
