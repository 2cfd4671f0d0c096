package dev.akis.commerce.mock.carriers;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.akis.commerce.Carrier;
import dev.akis.commerce.mock.ParcelEvent;
import dev.akis.commerce.mock.ParcelRecord;
import dev.akis.commerce.mock.ParcelRecords;
import dev.akis.time.VirtualClock;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;

/**
 * Mock DHL Shipment Tracking - Unified: {@code GET /track/shipments?trackingNumber=} with {@code DHL-API-Key},
 * answering {@code shipments[]} with {@code status}, {@code estimatedTimeOfDelivery} and events newest first.
 * Wrong key: 401; unknown number: 404 "No result found"; both as problem JSON.
 */
public final class MockDhl extends CarrierEndpoint {

    private static final ObjectMapper JSON = new ObjectMapper();

    public MockDhl(ParcelRecords records, MockCredentials credentials) {
        super(records, credentials);
    }

    @Override
    public Carrier carrier() {
        return Carrier.DHL;
    }

    @Override
    protected boolean soap() {
        return false;
    }

    @Override
    public MockAnswer refusal() {
        return problem(401, "Unauthorized", "Invalid API key.");
    }

    @Override
    public MockAnswer answer(MockRequest request) {
        if (!"/track/shipments".equals(request.path()) || !"GET".equals(request.method())) {
            return notFoundPath(request);
        }
        if (!credentials.secret().equals(request.header("DHL-API-Key"))) {
            return refusal();
        }
        Optional<ParcelRecord> parcel = find(request.query().get("trackingNumber"));
        if (parcel.isEmpty()) {
            return problem(404, "No result found", "No shipment with given tracking number found.");
        }
        return MockAnswer.json(200, shipments(parcel.get()).toString());
    }

    private static ObjectNode shipments(ParcelRecord parcel) {
        ObjectNode root = JSON.createObjectNode();
        ObjectNode shipment = root.putArray("shipments").addObject();
        shipment.put("id", parcel.trackingNumber());
        shipment.put("service", parcel.attributes().getOrDefault("service", "express"));
        ParcelEvent first = first(parcel);
        ParcelEvent last = last(parcel);
        shipment.putObject("origin").putObject("address").put("addressLocality", first == null ? "" : orEmpty(first.location()));
        shipment.putObject("destination").putObject("address").put("addressLocality", last == null ? "" : orEmpty(last.location()));
        if (last != null) {
            event(shipment.putObject("status"), last);
        } else {
            shipment.putObject("status").put("statusCode", "pre-transit").put("status", "pre-transit")
                    .put("description", "Shipment information received");
        }
        if (parcel.estimatedDelivery() != null) {
            shipment.put("estimatedTimeOfDelivery", parcel.estimatedDelivery().atTime(18, 0)
                    .atZone(VirtualClock.ISTANBUL).format(DateTimeFormatter.ISO_OFFSET_DATE_TIME));
        }
        ArrayNode events = shipment.putArray("events");
        List<ParcelEvent> all = parcel.events();
        for (int i = all.size() - 1; i >= 0; i--) { // DHL lists the newest event first
            event(events.addObject(), all.get(i));
        }
        return root;
    }

    private static void event(ObjectNode node, ParcelEvent event) {
        node.put("timestamp", event.at() == null ? ""
                : event.at().atZone(VirtualClock.ISTANBUL).format(DateTimeFormatter.ISO_OFFSET_DATE_TIME));
        node.putObject("location").putObject("address").put("addressLocality", orEmpty(event.location()));
        node.put("statusCode", event.code());
        node.put("status", event.text());
        node.put("description", event.text());
    }

    private static MockAnswer problem(int status, String title, String detail) {
        ObjectNode body = JSON.createObjectNode()
                .put("type", "https://api-eu.dhl.com/track/shipments")
                .put("title", title)
                .put("status", status)
                .put("detail", detail);
        return new MockAnswer(status, "application/problem+json", body.toString(), java.util.Map.of());
    }
}
