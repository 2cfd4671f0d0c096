package dev.akis.commerce.ikas;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.JsonNode;
import dev.akis.commerce.ServiceException;
import dev.akis.commerce.ServiceException.Kind;
import dev.akis.flow.Json;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What the client puts on the wire and how it reads answers the mock server never gives, with a scripted
 * server: the requests a live İkas store would receive, and the error codes it may send back.
 */
class IkasWireTest {

    private static final String TOKEN = "{\"token_type\":\"Bearer\",\"expires_in\":14400,\"access_token\":\"tok-1\",\"scope\":\"read_orders\"}";
    private MockWebServer server;
    private IkasShopService service;

    @BeforeEach
    void start() throws Exception {
        server = new MockWebServer();
        server.start();
        IkasConfig config = IkasConfig.live("app-id", "app-secret")
                .withUrls(server.url("/api/v2/admin/graphql").toString(), server.url("/api/admin/oauth/token").toString())
                .withRetryPolicy(new RetryPolicy(3, Duration.ofMillis(10), Duration.ofMillis(50), 0.5, Duration.ofSeconds(3)));
        service = new IkasShopService(config, Clock.fixed(Instant.parse("2026-11-25T09:00:00Z"), ZoneOffset.UTC),
                new Random(1));
    }

    @AfterEach
    void stop() {
        service.close();
        server.close();
    }

    private void answer(int code, String body) {
        server.enqueue(new MockResponse.Builder().code(code).body(body).setHeader("Content-Type", "application/json").build());
    }

    private RecordedRequest next() throws InterruptedException {
        return server.takeRequest(2, TimeUnit.SECONDS);
    }

    private ServiceException failure(ThrowingCall call) {
        return catchThrowableOfType(ServiceException.class, call::run);
    }

    private interface ThrowingCall {
        void run() throws Exception;
    }

    @Test
    void theRequestsAreWhatALiveStoreExpects() throws Exception {
        answer(200, TOKEN);
        answer(200, "{\"data\":{\"listCustomer\":{\"data\":[{\"id\":\"c-1\",\"firstName\":\"Ayşe\",\"lastName\":\"Yılmaz\","
                + "\"email\":\"ayse@example.com\",\"phone\":\"+905321456781\",\"preferredLanguage\":\"tr\","
                + "\"orderCount\":3,\"createdAt\":1780000000000}]}}}");

        assertThat(service.findMemberByEmail("  Ayse@Example.com")).get().satisfies(member -> {
            assertThat(member.fullName()).isEqualTo("Ayşe Yılmaz");
            assertThat(member.orderCount()).isEqualTo(3);
            assertThat(member.createdAt()).isEqualTo(Instant.ofEpochMilli(1780000000000L));
        });

        RecordedRequest token = next();
        assertThat(token.getMethod()).isEqualTo("POST");
        assertThat(token.getUrl().encodedPath()).isEqualTo("/api/admin/oauth/token");
        assertThat(token.getHeaders().get("Content-Type")).startsWith("application/x-www-form-urlencoded");
        assertThat(token.getBody().utf8()).isEqualTo("grant_type=client_credentials&client_id=app-id&client_secret=app-secret");

        RecordedRequest query = next();
        assertThat(query.getUrl().encodedPath()).isEqualTo("/api/v2/admin/graphql");
        assertThat(query.getHeaders().get("Authorization")).isEqualTo("Bearer tok-1");
        assertThat(query.getHeaders().get("Content-Type")).startsWith("application/json");
        JsonNode body = Json.MAPPER.readTree(query.getBody().utf8());
        assertThat(body.get("query").asText()).contains("listCustomer(email: $email").contains("$email: StringFilterInput");
        assertThat(body.at("/variables/email/eq").asText()).isEqualTo("ayse@example.com");
    }

    @Test
    void ordersAreAskedNewestFirstWithPaginationAsVariables() throws Exception {
        answer(200, TOKEN);
        answer(200, "{\"data\":{\"listOrder\":{\"count\":0,\"hasNext\":false,\"limit\":5,\"page\":2,\"data\":[]}}}");
        assertThat(service.listOrders("c-1", 2, 5).items()).isEmpty();
        next();
        JsonNode body = Json.MAPPER.readTree(next().getBody().utf8());
        assertThat(body.get("query").asText()).contains("sort: \"-orderedAt\"").contains("pagination: $pagination");
        assertThat(body.at("/variables/customerId/eq").asText()).isEqualTo("c-1");
        assertThat(body.at("/variables/pagination/page").asInt()).isEqualTo(2);
        assertThat(body.at("/variables/pagination/limit").asInt()).isEqualTo(5);
    }

    @Test
    void aPackageWithAnUnknownCargoCompanyIdIsRecognisedFromItsName() throws Exception {
        answer(200, TOKEN);
        answer(200, "{\"data\":{\"listOrder\":{\"data\":[{\"id\":\"o-1\",\"orderNumber\":\"1001\",\"orderedAt\":1780000000000,"
                + "\"status\":\"CREATED\",\"currencyCode\":\"TRY\",\"totalFinalPrice\":1249.9,\"customerId\":\"c-1\","
                + "\"orderLineItems\":[],\"orderPackages\":[{\"id\":\"p1\",\"orderPackageNumber\":\"1001-1\","
                + "\"orderLineItemIds\":[],\"orderPackageFulfillStatus\":\"FULFILLED\",\"trackingInfo\":{"
                + "\"trackingNumber\":\"123\",\"cargoCompany\":\"Aras Kargo\",\"cargoCompanyId\":\"5f1e-uuid\"}}]}]}}}");
        var order = service.getOrder("o-1").orElseThrow();
        assertThat(order.packages().get(0).carrierCode()).isEqualTo("ARAS_KARGO");
        assertThat(order.total().amount()).isEqualByComparingTo("1249.90");
        assertThat(order.total().format("tr")).isEqualTo("1.249,90 TL");
    }

    @Test
    void graphqlErrorCodesBecomeTheRightKind() throws Exception {
        answer(200, TOKEN);
        answer(200, "{\"errors\":[{\"message\":\"missing scope read_orders\",\"extensions\":{\"code\":\"FORBIDDEN\"}}],\"data\":null}");
        answer(200, "{\"errors\":[{\"message\":\"Cannot query field\",\"extensions\":{\"code\":\"GRAPHQL_VALIDATION_FAILED\"}}]}");
        answer(200, "<html>gateway</html>");
        answer(200, "{\"data\":{\"somethingElse\":{}}}");

        ServiceException forbidden = failure(() -> service.getOrder("o-1"));
        assertThat(forbidden.kind()).isEqualTo(Kind.AUTHENTICATION);
        assertThat(forbidden.getMessage()).contains("FORBIDDEN").contains("missing scope read_orders");
        assertThat(failure(() -> service.getOrder("o-1")).kind()).isEqualTo(Kind.BAD_RESPONSE);
        assertThat(failure(() -> service.getOrder("o-1")).kind()).isEqualTo(Kind.BAD_RESPONSE);
        assertThat(failure(() -> service.getOrder("o-1")).kind()).isEqualTo(Kind.BAD_RESPONSE);
        assertThat(server.getRequestCount()).isEqualTo(5);
    }

    @Test
    void aRetryAfterGivenAsAnHttpDateIsHonoured() throws Exception {
        answer(200, TOKEN);
        String soon = DateTimeFormatter.RFC_1123_DATE_TIME.format(ZonedDateTime.of(2026, 11, 25, 9, 0, 1, 0, ZoneOffset.UTC));
        server.enqueue(new MockResponse.Builder().code(429).setHeader("Retry-After", soon).body("{}").build());
        answer(200, "{\"data\":{\"listProduct\":{\"data\":[]}}}");

        long started = System.nanoTime();
        assertThat(service.getProducts(java.util.List.of("p-1"))).isEmpty();
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isGreaterThanOrEqualTo(Duration.ofMillis(900));
        assertThat(server.getRequestCount()).isEqualTo(3);
    }

    @Test
    void aTokenAnswerWithoutATokenIsABadResponse() {
        answer(200, "{\"token_type\":\"Bearer\"}");
        assertThat(failure(() -> service.findMemberByPhone("+905321456781")).kind()).isEqualTo(Kind.BAD_RESPONSE);
    }
}
