package dev.akis.commerce.carriers;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.akis.commerce.Carrier;
import dev.akis.commerce.ServiceException;
import dev.akis.commerce.Tracking;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import okhttp3.Credentials;
import okhttp3.MediaType;
import okhttp3.Request;
import okhttp3.RequestBody;

/**
 * HepsiJet over REST/JSON: a token from {@code GET /auth/getToken} (HTTP Basic), then
 * {@code POST /rest/deliveryTransaction/getDeliveryTracking} with {@code X-Auth-Token}. The delivery and each
 * transaction carry a {@code deliveryStatus} {id, desc}; an expired token is renewed once.
 */
public final class HepsiJetTracker extends CarrierAdapter {

    static final String TOKEN_PATH = "/auth/getToken";
    static final String TRACKING_PATH = "/rest/deliveryTransaction/getDeliveryTracking";
    private static final MediaType JSON_TYPE = MediaType.get("application/json; charset=utf-8");
    private static final ObjectMapper JSON = new ObjectMapper();
    /** HepsiJet does not say how long a token lives; an hour is renewed early enough. */
    private static final Duration TOKEN_LIFETIME = Duration.ofHours(1);

    private final TokenCache token = new TokenCache();

    HepsiJetTracker(CarrierConfig config, CarrierHttp http, TrackingAssembler assembler) {
        super(config, http, assembler);
    }

    @Override
    public Carrier carrier() {
        return Carrier.HEPSIJET;
    }

    @Override
    public Tracking track(String trackingNumber) throws ServiceException {
        HttpAnswer answer = callWithToken(token, this::token, accessToken -> trackingCall(trackingNumber, accessToken),
                this::message);
        return read(trackingNumber, answer);
    }

    /** Reads a getDeliveryTracking answer. */
    public Tracking read(String trackingNumber, HttpAnswer answer) throws ServiceException {
        JsonNode root = json(answer);
        JsonNode data = root.path("data");
        if (!answer.isSuccessful() && answer.status() != 404) {
            throw unexpectedStatus(answer);
        }
        if (!isOk(root.path("status")) || !data.isObject()) {
            throw notFound(trackingNumber, root.path("message").asText(""));
        }
        List<Observation> observations = new ArrayList<>();
        for (JsonNode transaction : data.path("transactions")) {
            observations.add(new Observation(CarrierDates.isoLocal(transaction.path("transactionDateTime").asText()),
                    transaction.path("location").asText(), transaction.path("deliveryStatus").path("id").asText(),
                    status(transaction)));
        }
        RawStatus current = data.hasNonNull("deliveryStatus") ? status(data) : null;
        return assembler.assemble(new TrackingAssembler.Reading(carrier(), trackingNumber, observations, current,
                null, null,
                data.path("trackingUrl").asText("")));
    }

    private HttpAnswer trackingCall(String trackingNumber, String accessToken) throws ServiceException {
        String body = JSON.createObjectNode().set("deliveries", JSON.createArrayNode()
                .add(JSON.createObjectNode().put("customerDeliveryNo", trackingNumber))).toString();
        Request request = new Request.Builder()
                .url(config.url(TRACKING_PATH))
                .header("X-Auth-Token", accessToken)
                .header("Accept", "application/json")
                .post(RequestBody.create(body, JSON_TYPE))
                .build();
        return http.execute(carrier(), request, CarrierHttp.PermanentFailure.NONE);
    }

    private String token() throws ServiceException {
        String valid = token.valid();
        if (valid != null) {
            return valid;
        }
        Request request = new Request.Builder()
                .url(config.url(TOKEN_PATH))
                .header("Authorization", Credentials.basic(config.user(), config.secret()))
                .header("Accept", "application/json")
                .get()
                .build();
        HttpAnswer answer = tokenAnswer(request, this::message);
        String value = json(answer).path("data").path("token").asText("");
        if (value.isEmpty()) {
            throw badResponse("no token in " + abbreviate(answer.body()), null);
        }
        token.store(value, TOKEN_LIFETIME);
        return value;
    }

    private static RawStatus status(JsonNode node) {
        JsonNode status = node.path("deliveryStatus");
        String text = status.path("desc").asText("");
        return RawStatus.of(status.path("id").asText(""), text.isEmpty() ? node.path("transaction").asText("") : text);
    }

    /** HepsiJet writes its Status either as "OK" or as the enum object {"id":"1","desc":"Ok"}. */
    private static boolean isOk(JsonNode status) {
        String value = status.isObject() ? status.path("desc").asText("") : status.asText("");
        return "ok".equalsIgnoreCase(value) || (status.isObject() && "1".equals(status.path("id").asText()));
    }

    private String message(HttpAnswer answer) {
        try {
            return JSON.readTree(answer.body()).path("message").asText("");
        } catch (JsonProcessingException e) {
            return abbreviate(answer.body());
        }
    }

    private JsonNode json(HttpAnswer answer) throws ServiceException {
        try {
            JsonNode node = JSON.readTree(answer.body());
            if (node == null || !node.isObject()) {
                throw badResponse("not a JSON object: " + abbreviate(answer.body()), null);
            }
            return node;
        } catch (JsonProcessingException e) {
            throw answer.isSuccessful() ? badResponse("not JSON: " + abbreviate(answer.body()), e) : unexpectedStatus(answer);
        }
    }
}
