package dev.akis.commerce.carriers;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.akis.commerce.Carrier;
import dev.akis.commerce.ServiceException;
import dev.akis.commerce.Tracking;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * Aras Kargo over SOAP: {@code ArasCargoIntegrationService.GetQueryJSON}, whose result is a JSON text. Two
 * queries: QueryType 1 for the shipment's status fields (DURUM KODU, DURUMU, TİP KODU, DEVİR KODU, delivery
 * date) and QueryType 9 for the movements (İŞLEM TARİHİ, BİRİM, İŞLEM, AÇIKLAMA). The status fields describe the
 * latest movement; earlier movements carry only text and are mapped through the DURUMU names of the table.
 */
public final class ArasTracker extends CarrierAdapter {

    static final String PATH = "/ArasCargoCustomerIntegrationService/ArasCargoIntegrationService.svc";
    static final String ACTION = "http://tempuri.org/IArasCargoIntegrationService/GetQueryJSON";
    private static final ObjectMapper JSON = new ObjectMapper();

    ArasTracker(CarrierConfig config, CarrierHttp http, TrackingAssembler assembler) {
        super(config, http, assembler);
    }

    @Override
    public Carrier carrier() {
        return Carrier.ARAS;
    }

    @Override
    public Tracking track(String trackingNumber) throws ServiceException {
        HttpAnswer status = query(1, trackingNumber);
        JsonNode cargo = cargo(trackingNumber, status);
        HttpAnswer movements = query(9, trackingNumber);
        return read(trackingNumber, status, movements, cargo);
    }

    /** Reads the answers of QueryType 1 (status) and QueryType 9 (movements). */
    public Tracking read(String trackingNumber, HttpAnswer status, HttpAnswer movements) throws ServiceException {
        return read(trackingNumber, status, movements, cargo(trackingNumber, status));
    }

    private Tracking read(String trackingNumber, HttpAnswer status, HttpAnswer movements, JsonNode cargo)
            throws ServiceException {
        JsonNode moves = result(movements).path("QueryResult").path("CargoTransaction");
        RawStatus current = RawStatus.of(cargo.path("DURUM_KODU").asText(), cargo.path("DURUMU").asText(),
                Map.of("tipKodu", cargo.path("TIP_KODU").asText(), "devirKodu", cargo.path("DEVIR_KODU").asText()));
        List<JsonNode> list = moves.isArray() ? iterable(moves) : moves.isObject() ? List.of(moves) : List.of();
        List<Observation> observations = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            JsonNode move = list.get(i);
            // The status fields describe the latest movement; earlier ones are known by their text only.
            RawStatus raw = i == list.size() - 1 && current.hasCode() ? current : RawStatus.of("", move.path("ISLEM").asText());
            observations.add(new Observation(CarrierDates.dotted(move.path("ISLEM_TARIHI").asText()),
                    move.path("BIRIM").asText(), null, raw));
        }
        String teslimTarihi = cargo.path("TESLIM_TARIHI").asText();
        String teslimSaati = cargo.path("TESLIM_SAATI").asText();
        return assembler.assemble(new TrackingAssembler.Reading(carrier(), trackingNumber, observations, current,
                null,
                teslimTarihi.isBlank() ? null : CarrierDates.dotted(teslimTarihi + (teslimSaati.isBlank() ? "" : " " + teslimSaati)),
                null));
    }

    private HttpAnswer query(int queryType, String trackingNumber) throws ServiceException {
        String login = "<LoginInfo><UserName>" + Xml.escape(config.user()) + "</UserName>"
                + "<Password>" + Xml.escape(config.secret()) + "</Password>"
                + "<CustomerCode>" + Xml.escape(config.account()) + "</CustomerCode></LoginInfo>";
        String query = "<QueryInfo><QueryType>" + queryType + "</QueryType>"
                + "<TrackingNumber>" + Xml.escape(trackingNumber) + "</TrackingNumber></QueryInfo>";
        // The two parameters are XML documents passed as strings, hence escaped once more.
        String body = "<GetQueryJSON xmlns=\"http://tempuri.org/\">"
                + "<loginInfo>" + Xml.escape(login) + "</loginInfo>"
                + "<queryInfo>" + Xml.escape(query) + "</queryInfo>"
                + "</GetQueryJSON>";
        return http.execute(carrier(), Soap.post(config.url(PATH), ACTION, Soap.envelope(body, null)), Soap::isClientFault);
    }

    private JsonNode cargo(String trackingNumber, HttpAnswer status) throws ServiceException {
        JsonNode cargo = result(status).path("QueryResult").path("Cargo");
        if (cargo.isArray()) {
            cargo = cargo.path(0);
        }
        if (!cargo.isObject() || cargo.isEmpty()) {
            throw notFound(trackingNumber, null);
        }
        return cargo;
    }

    private JsonNode result(HttpAnswer answer) throws ServiceException {
        Document document = SoapAnswers.document(this, answer);
        Element result = Xml.first(document, "GetQueryJSONResult");
        if (result == null) {
            throw badResponse("no GetQueryJSONResult in " + abbreviate(answer.body()), null);
        }
        String text = result.getTextContent().trim();
        if (text.isEmpty()) {
            return JSON.createObjectNode();
        }
        try {
            return JSON.readTree(text);
        } catch (JsonProcessingException e) {
            throw badResponse("GetQueryJSONResult is not JSON: " + abbreviate(text), e);
        }
    }

    private static List<JsonNode> iterable(JsonNode array) {
        List<JsonNode> out = new ArrayList<>();
        array.forEach(out::add);
        return out;
    }
}
