package dev.akis.commerce.carriers;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.akis.commerce.Carrier;
import dev.akis.commerce.ServiceException;
import dev.akis.commerce.Tracking;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import okhttp3.Credentials;
import okhttp3.FormBody;
import okhttp3.Request;

/**
 * UPS Track API over REST/JSON: an OAuth client-credentials token from {@code POST /security/v1/oauth/token},
 * then {@code GET /api/track/v1/details/{inquiryNumber}}. Reads
 * {@code trackResponse.shipment[].package[].activity[].status {type, code, description}} (newest first) and
 * {@code deliveryDate[]} (SDD scheduled, RDD rescheduled, DEL delivered).
 */
public final class UpsTracker extends CarrierAdapter {

    static final String TOKEN_PATH = "/security/v1/oauth/token";
    static final String TRACKING_PATH = "/api/track/v1/details/";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final TokenCache token = new TokenCache();

    UpsTracker(CarrierConfig config, CarrierHttp http, TrackingAssembler assembler) {
        super(config, http, assembler);
    }

    @Override
    public Carrier carrier() {
        return Carrier.UPS;
    }

    @Override
    public Tracking track(String trackingNumber) throws ServiceException {
        HttpAnswer answer = callWithToken(token, this::token, accessToken -> trackingCall(trackingNumber, accessToken),
                this::firstError);
        return read(trackingNumber, answer);
    }

    /** Reads a Track API answer. */
    public Tracking read(String trackingNumber, HttpAnswer answer) throws ServiceException {
        if (answer.status() == 404) {
            throw notFound(trackingNumber, firstError(answer));
        }
        if (!answer.isSuccessful()) {
            throw unexpectedStatus(answer);
        }
        JsonNode shipment = json(answer).path("trackResponse").path("shipment").path(0);
        JsonNode pack = shipment.path("package").path(0);
        if (!pack.isObject()) {
            String warning = shipment.path("warnings").path(0).path("message").asText("");
            throw notFound(trackingNumber, warning);
        }
        List<Observation> observations = new ArrayList<>();
        for (JsonNode activity : pack.path("activity")) {
            JsonNode status = activity.path("status");
            RawStatus raw = RawStatus.of(status.path("type").asText(), status.path("description").asText(),
                    Map.of("statusCode", status.path("code").asText("")));
            observations.add(new Observation(when(activity), place(activity.path("location").path("address")),
                    status.path("type").asText(), raw));
        }
        LocalDate scheduled = null;
        LocalDate rescheduled = null;
        Instant delivered = null;
        for (JsonNode date : pack.path("deliveryDate")) {
            String type = date.path("type").asText();
            LocalDate day = CarrierDates.compactDate(date.path("date").asText());
            switch (type) {
                case "SDD" -> scheduled = day;
                case "RDD" -> rescheduled = day;
                case "DEL" -> {
                    JsonNode time = pack.path("deliveryTime");
                    delivered = day == null ? null : CarrierDates.istanbul(day.atTime(
                            CarrierDates.compactTime("DEL".equals(time.path("type").asText()) ? time.path("endTime").asText() : "")));
                }
                default -> {
                    // Other date types (e.g. pickup) do not concern delivery.
                }
            }
        }
        LocalDate estimated = rescheduled != null ? rescheduled : scheduled;
        return assembler.assemble(new TrackingAssembler.Reading(carrier(), trackingNumber, observations, null,
                estimated,
                delivered, null));
    }

    private HttpAnswer trackingCall(String trackingNumber, String accessToken) throws ServiceException {
        Request request = new Request.Builder()
                .url(config.url(TRACKING_PATH).newBuilder().addPathSegment(trackingNumber)
                        .addQueryParameter("locale", "en_US")
                        .addQueryParameter("returnSignature", "false").build())
                .header("Authorization", "Bearer " + accessToken)
                .header("transId", UUID.randomUUID().toString().replace("-", ""))
                .header("transactionSrc", "akis-studio")
                .header("Accept", "application/json")
                .get()
                .build();
        return http.execute(carrier(), request, CarrierHttp.PermanentFailure.NONE);
    }

    private String token() throws ServiceException {
        String valid = token.valid();
        if (valid != null) {
            return valid;
        }
        Request.Builder request = new Request.Builder()
                .url(config.url(TOKEN_PATH))
                .header("Authorization", Credentials.basic(config.user(), config.secret()))
                .header("Accept", "application/json")
                .post(new FormBody.Builder().add("grant_type", "client_credentials").build());
        if (!config.account().isBlank()) {
            request.header("x-merchant-id", config.account());
        }
        HttpAnswer answer = tokenAnswer(request.build(), this::firstError);
        JsonNode body = json(answer);
        String value = body.path("access_token").asText("");
        if (value.isEmpty()) {
            throw badResponse("no access_token in " + abbreviate(answer.body()), null);
        }
        long seconds = body.path("expires_in").asLong(3600); // UPS sends it as a string; asLong reads both
        token.store(value, Duration.ofSeconds(Math.max(seconds, 60)));
        return value;
    }

    /** The activity time: GMT date and time when given, else the local date and time with its offset. */
    private static Instant when(JsonNode activity) {
        String gmtDate = activity.path("gmtDate").asText("");
        String gmtTime = activity.path("gmtTime").asText("");
        if (!gmtDate.isEmpty()) {
            return LocalDateTime.of(CarrierDates.compactDate(gmtDate), CarrierDates.compactTime(gmtTime)).toInstant(ZoneOffset.UTC);
        }
        return CarrierDates.compact(activity.path("date").asText(""), activity.path("time").asText(""));
    }

    private static String place(JsonNode address) {
        String city = address.path("city").asText("");
        String country = address.path("countryCode").asText("");
        return city.isEmpty() ? country : country.isEmpty() ? city : city + ", " + country;
    }

    private String firstError(HttpAnswer answer) {
        try {
            JsonNode error = JSON.readTree(answer.body()).path("response").path("errors").path(0);
            return error.isMissingNode() ? "" : error.path("code").asText("") + " " + error.path("message").asText("");
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
            throw badResponse("not JSON: " + abbreviate(answer.body()), e);
        }
    }
}
