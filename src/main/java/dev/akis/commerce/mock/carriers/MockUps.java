package dev.akis.commerce.mock.carriers;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.akis.commerce.Carrier;
import dev.akis.commerce.mock.ParcelEvent;
import dev.akis.commerce.mock.ParcelRecord;
import dev.akis.commerce.mock.ParcelRecords;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Mock UPS: {@code POST /security/v1/oauth/token} (client credentials, HTTP Basic) and {@code GET
 * /api/track/v1/details/{inquiryNumber}} with a Bearer token, answering {@code trackResponse.shipment[].package[]}
 * with activities newest first. Wrong client or token: 401 with {@code response.errors[]}. Unknown number: 404
 * TW0001 "Tracking Information Not Found".
 */
public final class MockUps extends CarrierEndpoint {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String DETAILS = "/api/track/v1/details/";
    private final Set<String> tokens = ConcurrentHashMap.newKeySet();

    public MockUps(ParcelRecords records, MockCredentials credentials) {
        super(records, credentials);
    }

    @Override
    public Carrier carrier() {
        return Carrier.UPS;
    }

    @Override
    protected boolean soap() {
        return false;
    }

    @Override
    public MockAnswer refusal() {
        return MockAnswer.json(401, error("250002", "Invalid Authentication Information."));
    }

    @Override
    public MockAnswer answer(MockRequest request) {
        if ("/security/v1/oauth/token".equals(request.path()) && "POST".equals(request.method())) {
            BasicAuth basic = BasicAuth.parse(request.header("Authorization"));
            if (!credentials.matches(basic.user(), basic.password()) || !request.body().contains("grant_type=client_credentials")) {
                return MockAnswer.json(401, error("10401", "ClientId is Invalid"));
            }
            String token = UUID.randomUUID().toString().replace("-", "");
            tokens.add(token);
            ObjectNode body = JSON.createObjectNode()
                    .put("token_type", "Bearer")
                    .put("issued_at", String.valueOf(System.currentTimeMillis()))
                    .put("client_id", basic.user())
                    .put("access_token", token)
                    .put("expires_in", "14399")
                    .put("status", "approved");
            return MockAnswer.json(200, body.toString());
        }
        if (request.path().startsWith(DETAILS) && "GET".equals(request.method())) {
            String authorization = request.header("Authorization");
            if (authorization == null || !authorization.startsWith("Bearer ") || !tokens.contains(authorization.substring(7).trim())) {
                return refusal();
            }
            String number = request.path().substring(DETAILS.length());
            Optional<ParcelRecord> parcel = find(number);
            if (parcel.isEmpty()) {
                return MockAnswer.json(404, error("TW0001", "Tracking Information Not Found"));
            }
            return MockAnswer.json(200, details(parcel.get()).toString());
        }
        return notFoundPath(request);
    }

    private static ObjectNode details(ParcelRecord parcel) {
        ObjectNode root = JSON.createObjectNode();
        ObjectNode shipment = root.putObject("trackResponse").putArray("shipment").addObject();
        shipment.put("inquiryNumber", parcel.trackingNumber());
        ObjectNode pack = shipment.putArray("package").addObject();
        pack.put("trackingNumber", parcel.trackingNumber());
        ParcelEvent last = last(parcel);
        boolean delivered = last != null && "D".equals(last.code());
        ArrayNode dates = pack.putArray("deliveryDate");
        if (delivered) {
            dates.addObject().put("type", "DEL").put("date", local(last, "yyyyMMdd"));
            pack.putObject("deliveryTime").put("type", "DEL").put("startTime", "").put("endTime", local(last, "HHmmss"));
        } else if (parcel.estimatedDelivery() != null) {
            dates.addObject().put("type", "SDD").put("date", parcel.estimatedDelivery().format(DateTimeFormatter.BASIC_ISO_DATE));
        }
        ArrayNode activities = pack.putArray("activity");
        List<ParcelEvent> events = parcel.events();
        for (int i = events.size() - 1; i >= 0; i--) { // UPS lists the newest activity first
            ParcelEvent event = events.get(i);
            ObjectNode activity = activities.addObject();
            activity.putObject("location").putObject("address")
                    .put("city", orEmpty(event.location()))
                    .put("stateProvince", "")
                    .put("countryCode", event.attributes().getOrDefault("countryCode", "TR"))
                    .put("country", event.attributes().getOrDefault("countryCode", "TR"));
            activity.putObject("status")
                    .put("type", event.code())
                    .put("description", event.text())
                    .put("code", event.attributes().getOrDefault("statusCode", ""));
            activity.put("date", local(event, "yyyyMMdd"));
            activity.put("time", local(event, "HHmmss"));
            LocalDateTime gmt = event.at() == null ? null : LocalDateTime.ofInstant(event.at(), ZoneOffset.UTC);
            activity.put("gmtDate", gmt == null ? "" : gmt.format(DateTimeFormatter.BASIC_ISO_DATE));
            activity.put("gmtOffset", "+03:00");
            activity.put("gmtTime", gmt == null ? "" : gmt.format(DateTimeFormatter.ofPattern("HH:mm:ss")));
        }
        if (last != null) {
            pack.putObject("currentStatus").put("description", last.text())
                    .put("code", last.attributes().getOrDefault("statusCode", ""));
        }
        pack.put("packageCount", 1);
        return root;
    }

    private static String error(String code, String message) {
        ObjectNode root = JSON.createObjectNode();
        root.putObject("response").putArray("errors").addObject().put("code", code).put("message", message);
        return root.toString();
    }
}
