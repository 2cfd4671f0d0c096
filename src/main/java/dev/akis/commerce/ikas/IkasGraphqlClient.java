package dev.akis.commerce.ikas;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.akis.commerce.ServiceException;
import dev.akis.commerce.ServiceException.Kind;
import dev.akis.flow.Json;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.UnknownHostException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import okhttp3.FormBody;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import okhttp3.ResponseBody;

/**
 * Talks GraphQL to the İkas Admin API over one shared okhttp client: fetches the OAuth2 client-credentials
 * token and renews it before {@code expires_in} runs out (by the injected clock) and once more when İkas
 * answers LOGIN_REQUIRED; retries HTTP 429 and 5xx with exponential backoff and jitter, honouring
 * Retry-After; turns every failure into a {@link ServiceException} whose kind says what went wrong.
 */
final class IkasGraphqlClient implements AutoCloseable {

    static final String SERVICE = "ikas";
    private static final MediaType JSON = MediaType.get("application/json; charset=utf-8");
    private static final String USER_AGENT = "akis-studio/1.0 (okhttp)";

    private final IkasConfig config;
    private final Clock clock;
    private final OkHttpClient http;
    private final Random random;
    private final Object tokenLock = new Object();
    private volatile String token;
    private volatile Instant renewAt = Instant.MIN;

    IkasGraphqlClient(IkasConfig config, Clock clock, Random random) {
        this.config = config;
        this.clock = clock;
        this.random = random;
        this.http = new OkHttpClient.Builder()
                .connectTimeout(config.connectTimeout().toMillis(), TimeUnit.MILLISECONDS)
                .readTimeout(config.callTimeout().toMillis(), TimeUnit.MILLISECONDS)
                .writeTimeout(config.callTimeout().toMillis(), TimeUnit.MILLISECONDS)
                .callTimeout(config.callTimeout().toMillis(), TimeUnit.MILLISECONDS)
                .build();
    }

    /** Runs a query and returns its {@code data}; re-authenticates once if the token is refused. */
    JsonNode query(String document, ObjectNode variables) throws ServiceException {
        ObjectNode body = Json.object();
        body.put("query", document);
        body.set("variables", variables);
        String payload;
        try {
            payload = Json.MAPPER.writeValueAsString(body);
        } catch (IOException e) {
            throw new ServiceException(SERVICE, Kind.BAD_RESPONSE, "Cannot write the query: " + e.getMessage(), e);
        }
        boolean renewed = false;
        while (true) {
            String bearer = currentToken();
            Request request = new Request.Builder().url(config.graphqlUrl())
                    .header("Authorization", "Bearer " + bearer)
                    .header("User-Agent", USER_AGENT)
                    .header("Accept", "application/json")
                    .post(RequestBody.create(payload, JSON))
                    .build();
            Answer answer = send(request);
            JsonNode json = parse(answer);
            JsonNode errors = json.path("errors");
            boolean loginRefused = answer.status() == 401 || answer.status() == 403 && !errors.isArray();
            String code = errors.isArray() && !errors.isEmpty() ? errors.get(0).path("extensions").path("code").asText("") : "";
            if (loginRefused || code.equals("LOGIN_REQUIRED") || code.equals("UNAUTHORIZED")) {
                if (!renewed) {
                    renewed = true;
                    forgetToken(bearer);
                    continue;
                }
                throw new ServiceException(SERVICE, Kind.AUTHENTICATION,
                        "İkas refused the access token even after renewing it (" + (code.isEmpty() ? "HTTP " + answer.status() : code) + ")");
            }
            if (!code.isEmpty() || errors.isArray() && !errors.isEmpty()) {
                String message = errors.get(0).path("message").asText("");
                throw new ServiceException(SERVICE, kindOf(code), "İkas answered " + (code.isEmpty() ? "an error" : code)
                        + ": " + message);
            }
            if (answer.status() != 200) {
                throw new ServiceException(SERVICE, Kind.BAD_RESPONSE, "İkas answered HTTP " + answer.status());
            }
            JsonNode data = json.get("data");
            if (data == null || !data.isObject()) {
                throw new ServiceException(SERVICE, Kind.BAD_RESPONSE, "İkas answered without data");
            }
            return data;
        }
    }

    private static Kind kindOf(String code) {
        return switch (code) {
            case "FORBIDDEN" -> Kind.AUTHENTICATION;
            case "NOT_FOUND" -> Kind.NOT_FOUND;
            case "TOO_MANY_REQUESTS", "RATE_LIMITED" -> Kind.RATE_LIMITED;
            case "INTERNAL_SERVER_ERROR" -> Kind.SERVER_ERROR;
            default -> Kind.BAD_RESPONSE;
        };
    }

    // ----------------------------------------------------------------------------------------- the token

    private String currentToken() throws ServiceException {
        String known = token;
        if (known != null && clock.instant().isBefore(renewAt)) {
            return known;
        }
        synchronized (tokenLock) {
            if (token != null && clock.instant().isBefore(renewAt)) {
                return token;
            }
            fetchToken();
            return token;
        }
    }

    private void forgetToken(String refused) {
        synchronized (tokenLock) {
            if (refused.equals(token)) {
                token = null;
                renewAt = Instant.MIN;
            }
        }
    }

    private void fetchToken() throws ServiceException {
        Request request = new Request.Builder().url(config.tokenUrl())
                .header("User-Agent", USER_AGENT)
                .header("Accept", "application/json")
                .post(new FormBody.Builder()
                        .add("grant_type", "client_credentials")
                        .add("client_id", config.clientId())
                        .add("client_secret", config.clientSecret())
                        .build())
                .build();
        Instant askedAt = clock.instant();
        Answer answer = send(request);
        if (answer.status() == 400 || answer.status() == 401 || answer.status() == 403) {
            throw new ServiceException(SERVICE, Kind.AUTHENTICATION, "İkas refused the app's credentials (HTTP "
                    + answer.status() + "): " + answer.body());
        }
        JsonNode json = parse(answer);
        String accessToken = json.path("access_token").asText("");
        long expiresIn = json.path("expires_in").asLong(-1);
        if (answer.status() != 200 || accessToken.isEmpty() || expiresIn <= 0) {
            throw new ServiceException(SERVICE, Kind.BAD_RESPONSE, "İkas gave no usable access token (HTTP "
                    + answer.status() + ")");
        }
        // Renew a little before the token runs out, so a call never goes out with a token about to expire.
        long margin = Math.min(60, expiresIn / 10);
        token = accessToken;
        renewAt = askedAt.plusSeconds(expiresIn - margin);
    }

    // ------------------------------------------------------------------------------------- sending, retries

    private record Answer(int status, String body) {
    }

    private Answer send(Request request) throws ServiceException {
        RetryPolicy policy = config.retryPolicy();
        for (int attempt = 1; ; attempt++) {
            int status;
            String body;
            String retryAfter;
            try (Response response = http.newCall(request).execute()) {
                status = response.code();
                retryAfter = response.header("Retry-After");
                ResponseBody responseBody = response.body();
                body = responseBody == null ? "" : responseBody.string();
            } catch (InterruptedIOException e) {
                throw new ServiceException(SERVICE, Kind.TIMEOUT, "İkas did not answer within "
                        + config.callTimeout().toMillis() + " ms", e);
            } catch (ConnectException | UnknownHostException | NoRouteToHostException e) {
                throw new ServiceException(SERVICE, Kind.UNREACHABLE, "Cannot reach İkas at " + request.url().host()
                        + ": " + e.getMessage(), e);
            } catch (IOException e) {
                throw new ServiceException(SERVICE, Kind.UNREACHABLE, "The connection to İkas failed: " + e.getMessage(), e);
            }
            boolean limited = status == 429;
            boolean broken = status >= 500;
            if (!limited && !broken) {
                return new Answer(status, body);
            }
            Kind kind = limited ? Kind.RATE_LIMITED : Kind.SERVER_ERROR;
            String what = limited ? "İkas is limiting requests (HTTP 429)" : "İkas failed (HTTP " + status + ")";
            if (attempt >= policy.maxAttempts()) {
                throw new ServiceException(SERVICE, kind, what + " after " + attempt + " attempts");
            }
            Duration wait = policy.jittered(attempt, random.nextDouble());
            Duration asked = retryAfter(retryAfter);
            if (asked != null) {
                if (asked.compareTo(policy.maxRetryAfter()) > 0) {
                    throw new ServiceException(SERVICE, kind, what + "; it asks to wait " + asked.toSeconds()
                            + " s, longer than a customer should wait");
                }
                if (asked.compareTo(wait) > 0) {
                    wait = asked;
                }
            }
            try {
                Thread.sleep(wait.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new ServiceException(SERVICE, Kind.TIMEOUT, "Interrupted while waiting to retry", e);
            }
        }
    }

    /** Retry-After as seconds or an HTTP date; null when absent or unreadable. */
    private Duration retryAfter(String header) {
        if (header == null || header.isBlank()) {
            return null;
        }
        try {
            return Duration.ofSeconds(Math.max(0, Long.parseLong(header.strip())));
        } catch (NumberFormatException e) {
            try {
                Instant at = ZonedDateTime.parse(header.strip(), DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
                Duration wait = Duration.between(clock.instant(), at);
                return wait.isNegative() ? Duration.ZERO : wait;
            } catch (DateTimeParseException notADate) {
                return null;
            }
        }
    }

    private static JsonNode parse(Answer answer) throws ServiceException {
        try {
            JsonNode json = Json.MAPPER.readTree(answer.body());
            if (json == null || !json.isObject()) {
                throw new ServiceException(SERVICE, Kind.BAD_RESPONSE, "İkas answered HTTP " + answer.status()
                        + " without a JSON object");
            }
            return json;
        } catch (IOException e) {
            throw new ServiceException(SERVICE, Kind.BAD_RESPONSE, "İkas answered HTTP " + answer.status()
                    + " with something that is not JSON", e);
        }
    }

    @Override
    public void close() {
        http.dispatcher().executorService().shutdown();
        http.connectionPool().evictAll();
    }
}
