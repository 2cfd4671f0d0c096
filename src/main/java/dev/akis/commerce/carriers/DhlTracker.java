package dev.akis.commerce.carriers;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.akis.commerce.Carrier;
import dev.akis.commerce.ServiceException;
import dev.akis.commerce.Tracking;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import okhttp3.Request;

/**
 * DHL Shipment Tracking - Unified over REST/JSON: {@code GET /track/shipments?trackingNumber=} with the
 * {@code DHL-API-Key} header. Reads {@code shipments[0].status {statusCode, description, timestamp}},
 * {@code events[]} (newest first) and {@code estimatedTimeOfDelivery}; 404 is DHL's "no shipment found".
 */
public final class DhlTracker extends CarrierAdapter {

    static final String PATH = "/track/shipments";
    private static final ObjectMapper JSON = new ObjectMapper();

    DhlTracker(CarrierConfig config, CarrierHttp http, TrackingAssembler assembler) {
        super(config, http, assembler);
    }

    @Override
    public Carrier carrier() {
        return Carrier.DHL;
    }

    @Override
    public Tracking track(String trackingNumber) throws ServiceException {
        Request request = new Request.Builder()
                .url(config.url(PATH).newBuilder().addQueryParameter("trackingNumber", trackingNumber).build())
                .header("DHL-API-Key", config.secret())
                .header("Accept", "application/json")
                .get()
                .build();
        HttpAnswer answer = http.execute(carrier(), request, CarrierHttp.PermanentFailure.NONE);
        refuseIfDenied(answer, DhlTracker::problem);
        return read(trackingNumber, answer);
    }

    /** Reads a /track/shipments answer. */
    public Tracking read(String trackingNumber, HttpAnswer answer) throws ServiceException {
        if (answer.status() == 404) {
            throw notFound(trackingNumber, problem(answer));
        }
        if (!answer.isSuccessful()) {
            throw unexpectedStatus(answer);
        }
        JsonNode shipment;
        try {
            shipment = JSON.readTree(answer.body()).path("shipments").path(0);
        } catch (JsonProcessingException e) {
            throw badResponse("not JSON: " + abbreviate(answer.body()), e);
        }
        if (!shipment.isObject()) {
            throw notFound(trackingNumber, null);
        }
        List<Observation> observations = new ArrayList<>();
        for (JsonNode event : shipment.path("events")) {
            observations.add(observation(event));
        }
        JsonNode status = shipment.path("status");
        RawStatus current = status.isObject()
                ? RawStatus.of(status.path("statusCode").asText(""), description(status)) : null;
        String estimate = shipment.path("estimatedTimeOfDelivery").asText("");
        LocalDate estimated = estimate.isEmpty() ? null
                : LocalDate.ofInstant(CarrierDates.isoLocal(estimate), dev.akis.time.VirtualClock.ISTANBUL);
        Instant deliveredAt = "delivered".equals(status.path("statusCode").asText())
                ? CarrierDates.isoLocal(status.path("timestamp").asText("")) : null;
        return assembler.assemble(new TrackingAssembler.Reading(carrier(), trackingNumber, observations, current,
                estimated, deliveredAt, null));
    }

    private static Observation observation(JsonNode event) {
        String code = event.path("statusCode").asText("");
        return new Observation(CarrierDates.isoLocal(event.path("timestamp").asText("")),
                event.path("location").path("address").path("addressLocality").asText(""), code,
                RawStatus.of(code, description(event)));
    }

    /** DHL puts the detail in "description" and sometimes only a short "status" line. */
    private static String description(JsonNode node) {
        String description = node.path("description").asText("");
        return description.isEmpty() ? node.path("status").asText("") : description;
    }

    private static String problem(HttpAnswer answer) {
        try {
            JsonNode problem = JSON.readTree(answer.body());
            String detail = problem.path("detail").asText("");
            return detail.isEmpty() ? problem.path("title").asText("") : detail;
        } catch (JsonProcessingException e) {
            return abbreviate(answer.body());
        }
    }
}
