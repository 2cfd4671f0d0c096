package dev.akis.commerce.carriers;

import dev.akis.commerce.Carrier;
import dev.akis.commerce.ServiceException;
import dev.akis.commerce.Tracking;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * Yurtiçi Kargo over SOAP: {@code ShippingOrderDispatcherServices.queryShipment} with the cargo key, history
 * included. The answer's {@code ShippingDeliveryVO} gives {@code operationStatus} for the shipment as a whole and
 * the movements in {@code invDocCargoVOArray} ({@code eventName}, {@code reasonName}); earlier movements are read
 * as IND (the parcel was on its way) and told apart by their event names.
 */
public final class YurticiTracker extends CarrierAdapter {

    static final String PATH = "/KOPSWebServices/ShippingOrderDispatcherServices";
    static final String NAMESPACE = "http://yurticikargo.com.tr/ShippingOrderDispatcherServices";

    YurticiTracker(CarrierConfig config, CarrierHttp http, TrackingAssembler assembler) {
        super(config, http, assembler);
    }

    @Override
    public Carrier carrier() {
        return Carrier.YURTICI;
    }

    @Override
    public Tracking track(String trackingNumber) throws ServiceException {
        String body = "<ship:queryShipment>"
                + "<wsUserName>" + Xml.escape(config.user()) + "</wsUserName>"
                + "<wsPassword>" + Xml.escape(config.secret()) + "</wsPassword>"
                + "<wsLanguage>TR</wsLanguage>"
                + "<keys>" + Xml.escape(trackingNumber) + "</keys>"
                + "<keyType>0</keyType>"
                + "<addHistoricalData>true</addHistoricalData>"
                + "<onlyTracking>false</onlyTracking>"
                + "</ship:queryShipment>";
        String envelope = Soap.envelope(body, "xmlns:ship=\"" + NAMESPACE + "\"");
        HttpAnswer answer = http.execute(carrier(), Soap.post(config.url(PATH), "", envelope), Soap::isClientFault);
        return read(trackingNumber, answer);
    }

    /** Reads a queryShipment answer. */
    public Tracking read(String trackingNumber, HttpAnswer answer) throws ServiceException {
        Document document = SoapAnswers.document(this, answer);
        Element vo = Xml.first(document, "ShippingDeliveryVO");
        if (vo == null) {
            throw badResponse("no ShippingDeliveryVO in " + abbreviate(answer.body()), null);
        }
        Element detail = Xml.child(vo, "shippingDeliveryDetailVO");
        String outFlag = Xml.childText(vo, "outFlag");
        if (!"0".equals(outFlag)) {
            String result = Xml.childText(vo, "outResult");
            if ("1".equals(outFlag) && detail == null) {
                // The whole call was refused; for a well-formed query that means the web service user.
                throw refused(result);
            }
            throw new ServiceException(service(), ServiceException.Kind.SERVER_ERROR,
                    "Yurtiçi Kargo answered outFlag " + outFlag + ": " + result);
        }
        String operationStatus = detail == null ? "" : Xml.childText(detail, "operationStatus");
        String errCode = detail == null ? "" : Xml.childText(detail, "errCode");
        if (detail == null || operationStatus.isEmpty()) {
            throw notFound(trackingNumber, detail == null ? Xml.childText(vo, "outResult") : Xml.childText(detail, "errMessage"));
        }
        Element item = Xml.child(detail, "shippingDeliveryItemDetailVO");
        List<Element> moves = Xml.children(item, "invDocCargoVOArray");
        Element latest = moves.isEmpty() ? null : moves.get(moves.size() - 1);
        Map<String, String> attributes = new HashMap<>();
        attributes.put("errCode", errCode);
        attributes.put("reasonName", latest == null ? "" : Xml.childText(latest, "reasonName"));
        for (String flag : List.of("returnStatus", "rejectStatus", "perfLateCEvent")) {
            attributes.put(flag, Xml.childText(item, flag));
        }
        RawStatus current = RawStatus.of(operationStatus,
                latest == null ? Xml.childText(detail, "operationMessage") : Xml.childText(latest, "eventName"), attributes);
        List<Observation> observations = new ArrayList<>();
        for (Element move : moves) {
            // operationStatus and the shipment's flags describe the latest movement; earlier ones were on their way.
            RawStatus raw = move == latest ? current : RawStatus.of("IND", Xml.childText(move, "eventName"),
                    Map.of("reasonName", Xml.childText(move, "reasonName")));
            observations.add(new Observation(
                    CarrierDates.compact(Xml.childText(move, "eventDate"), Xml.childText(move, "eventTime")),
                    place(move), Xml.childText(move, "eventId"), raw));
        }
        LocalDate estimated = CarrierDates.compactDate(Xml.childText(item, "estimatedDeliveryDate"));
        return assembler.assemble(new TrackingAssembler.Reading(carrier(), trackingNumber, observations, current,
                estimated,
                CarrierDates.compact(Xml.childText(item, "deliveryDate"), Xml.childText(item, "deliveryTime")),
                Xml.childText(item, "trackingUrl")));
    }

    private static String place(Element move) {
        String unit = Xml.childText(move, "unitName");
        if (!unit.isEmpty()) {
            return unit;
        }
        String town = Xml.childText(move, "townName");
        String city = Xml.childText(move, "cityName");
        return town.isEmpty() ? city : city.isEmpty() ? town : town + " / " + city;
    }
}
