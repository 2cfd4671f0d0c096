package dev.akis.commerce.mock;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.akis.commerce.dataset.ShopDatabase;
import dev.akis.flow.Json;
import dev.akis.time.VirtualClock;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.stream.StreamSupport;
import okhttp3.FormBody;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** An integrator points a GraphQL client at the mock İkas server and gets İkas' own answers and errors. */
class MockIkasServerTest {

    private static final OkHttpClient HTTP = new OkHttpClient();
    private static ShopDatabase database;
    private VirtualClock clock;
    private MockIkasServer server;

    record Answer(int status, JsonNode json, String retryAfter) {
    }

    @BeforeAll
    static void openDatabase() {
        database = ShopDatabase.openDefault();
    }

    @AfterAll
    static void closeDatabase() {
        database.close();
    }

    @BeforeEach
    void startServer() throws IOException {
        clock = new VirtualClock(Instant.parse("2026-11-25T09:00:00Z"));
        server = MockIkasServer.builder(database).clock(clock).tokenLifetime(Duration.ofMinutes(30)).start();
    }

    @AfterEach
    void stopServer() {
        server.close();
    }

    private Answer token(String id, String secret) throws IOException {
        Request request = new Request.Builder().url(server.tokenUrl()).post(new FormBody.Builder()
                .add("grant_type", "client_credentials").add("client_id", id).add("client_secret", secret).build()).build();
        try (Response response = HTTP.newCall(request).execute()) {
            return new Answer(response.code(), Json.MAPPER.readTree(response.body().string()), null);
        }
    }

    private String accessToken() throws IOException {
        return token(server.clientId(), server.clientSecret()).json().get("access_token").asText();
    }

    private Answer query(String token, String query, ObjectNode variables) throws IOException {
        ObjectNode body = Json.object();
        body.put("query", query);
        if (variables != null) {
            body.set("variables", variables);
        }
        Request.Builder request = new Request.Builder().url(server.graphqlUrl())
                .post(RequestBody.create(body.toString(), MediaType.get("application/json")));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        try (Response response = HTTP.newCall(request.build()).execute()) {
            return new Answer(response.code(), Json.MAPPER.readTree(response.body().string()), response.header("Retry-After"));
        }
    }

    private static List<String> fieldNames(JsonNode node) {
        return StreamSupport.stream(((Iterable<String>) node::fieldNames).spliterator(), false).toList();
    }

    @Test
    void theTokenEndpointIssuesABearerTokenForTheRightCredentialsOnly() throws IOException {
        Answer good = token(server.clientId(), server.clientSecret());
        assertThat(good.status()).isEqualTo(200);
        assertThat(good.json().get("token_type").asText()).isEqualTo("Bearer");
        assertThat(good.json().get("expires_in").asLong()).isEqualTo(1800);
        assertThat(good.json().get("access_token").asText()).isNotBlank();
        assertThat(good.json().get("scope").asText()).contains("read_orders");

        Answer bad = token(server.clientId(), "wrong-secret");
        assertThat(bad.status()).isEqualTo(401);
        assertThat(bad.json().get("error").asText()).isEqualTo("invalid_client");
        assertThat(bad.json().has("access_token")).isFalse();
    }

    @Test
    void aQueryWithoutAValidTokenGetsLoginRequiredWithHttp200() throws IOException {
        String query = "{ listCustomer { count } }";
        for (String token : new String[] {null, "made-up-token"}) {
            Answer answer = query(token, query, null);
            assertThat(answer.status()).isEqualTo(200);
            assertThat(answer.json().at("/errors/0/extensions/code").asText()).isEqualTo("LOGIN_REQUIRED");
            assertThat(answer.json().get("data").isNull()).isTrue();
        }
    }

    @Test
    void aTokenStopsWorkingOnceItsLifetimeHasPassed() throws IOException {
        String token = accessToken();
        assertThat(query(token, "{ listCustomer { count } }", null).json().at("/data/listCustomer/count").asInt())
                .isEqualTo(database.loaded().members().size());
        clock.advance(Duration.ofMinutes(31));
        assertThat(query(token, "{ listCustomer { count } }", null).json().at("/errors/0/extensions/code").asText())
                .isEqualTo("LOGIN_REQUIRED");
    }

    @Test
    void onlyTheSelectedFieldsComeBack() throws IOException {
        ObjectNode variables = Json.object();
        variables.putObject("email").put("eq", "ayse.yilmaz@example.com");
        Answer answer = query(accessToken(), "query Find($email: StringFilterInput) { "
                + "listCustomer(email: $email) { data { id email } } }", variables);
        JsonNode customer = answer.json().at("/data/listCustomer/data/0");
        assertThat(fieldNames(answer.json().at("/data/listCustomer"))).containsExactly("data");
        assertThat(fieldNames(customer)).containsExactly("id", "email");
        assertThat(customer.get("email").asText()).isEqualTo("ayse.yilmaz@example.com");
        assertThat(answer.json().has("errors")).isFalse();
    }

    @Test
    void anUnknownFieldIsAValidationErrorWithItsPosition() throws IOException {
        Answer answer = query(accessToken(), "{\n  listCustomer {\n    data { id shoeSize }\n  }\n}", null);
        JsonNode error = answer.json().at("/errors/0");
        assertThat(answer.status()).isEqualTo(200);
        assertThat(error.at("/extensions/code").asText()).isEqualTo("GRAPHQL_VALIDATION_FAILED");
        assertThat(error.get("message").asText()).isEqualTo("Cannot query field \"shoeSize\" on type \"Customer\".");
        assertThat(error.at("/locations/0/line").asInt()).isEqualTo(3);
        assertThat(error.at("/locations/0/column").asInt()).isEqualTo(15);
        assertThat(answer.json().get("data").isNull()).isTrue();
    }

    @Test
    void anUnknownOperationOrArgumentIsAValidationError() throws IOException {
        String token = accessToken();
        assertThat(query(token, "{ listCargoCompany { id } }", null).json().at("/errors/0/message").asText())
                .isEqualTo("Cannot query field \"listCargoCompany\" on type \"Query\".");
        assertThat(query(token, "{ listOrder(orderedAt: {gt: 1}) { count } }", null).json().at("/errors/0/message").asText())
                .isEqualTo("Unknown argument \"orderedAt\" on field \"Query.listOrder\".");
        assertThat(query(token, "mutation { saveProduct { id } }", null).json().at("/errors/0/extensions/code").asText())
                .isEqualTo("GRAPHQL_VALIDATION_FAILED");
        assertThat(query(token, "{ listOrder { data { customer } } }", null).json().at("/errors/0/message").asText())
                .startsWith("Field \"customer\" of type \"OrderCustomer\" must have a selection of subfields.");
        assertThat(query(token, "{ listOrder( { count } }", null).json().at("/errors/0/extensions/code").asText())
                .isEqualTo("GRAPHQL_PARSE_FAILED");
    }

    @Test
    void ordersComeInIkasShapesNewestFirstWithPackagesAndTrackingInfo() throws IOException {
        ObjectNode variables = Json.object();
        variables.putObject("customerId").put("eq", "m-001");
        variables.putObject("pagination").put("page", 1).put("limit", 2);
        Answer answer = query(accessToken(), "query Orders($customerId: StringFilterInput, $pagination: PaginationInput) {"
                + " listOrder(customerId: $customerId, sort: \"-orderedAt\", pagination: $pagination) {"
                + "   count hasNext limit page"
                + "   data { id orderNumber orderedAt status orderPaymentStatus totalFinalPrice currencyCode"
                + "     orderLineItems { quantity price finalPrice variant { name variantValues { variantTypeName variantValueName } } }"
                + "     orderPackages { orderPackageNumber orderPackageFulfillStatus"
                + "       trackingInfo { trackingNumber trackingLink cargoCompany cargoCompanyId } } } } }", variables);
        JsonNode list = answer.json().at("/data/listOrder");
        assertThat(list.get("count").asInt()).isEqualTo(3);
        assertThat(list.get("hasNext").asBoolean()).isTrue();
        assertThat(list.get("limit").asInt()).isEqualTo(2);
        JsonNode newest = list.at("/data/0");
        JsonNode older = list.at("/data/1");
        assertThat(newest.get("orderedAt").isIntegralNumber()).isTrue();
        assertThat(newest.get("orderedAt").asLong()).isGreaterThan(older.get("orderedAt").asLong());
        assertThat(newest.get("orderedAt").asLong()).isEqualTo(
                database.findOrder(newest.get("id").asText()).orElseThrow().order().orderedAt().toEpochMilli());
        assertThat(newest.get("currencyCode").asText()).isEqualTo("TRY");
        JsonNode tracking = newest.at("/orderPackages/0/trackingInfo");
        assertThat(tracking.get("cargoCompanyId").asText()).isEqualTo("YURTICI_KARGO");
        assertThat(tracking.get("trackingLink").asText()).contains(tracking.get("trackingNumber").asText());
        assertThat(newest.at("/orderPackages/0/orderPackageNumber").asText()).startsWith(newest.get("orderNumber").asText() + "-");
    }

    @Test
    void aliasesTypenamesAndLiteralArgumentsWork() throws IOException {
        Answer answer = query(accessToken(), "{ coat: listProduct(id: {in: [\"p-coat-wool\"]}) { data { __typename "
                + "id title: name variants { stocks { stockCount } } attributes { productAttributeId value } } } }", null);
        JsonNode coat = answer.json().at("/data/coat/data/0");
        assertThat(coat.get("__typename").asText()).isEqualTo("Product");
        assertThat(coat.get("title").asText()).isEqualTo("Yün Karışımlı Kaban");
        assertThat(coat.at("/variants/0/stocks/0/stockCount").asInt()).isZero();
        assertThat(coat.at("/attributes/0/value").asText()).isEqualTo("p-puffer,p-trench");
    }

    @Test
    void aPageBeyondTheLimitIsAnArgumentError() throws IOException {
        Answer answer = query(accessToken(), "{ listOrder(pagination: {page: 1, limit: 500}) { count } }", null);
        assertThat(answer.json().at("/errors/0/extensions/code").asText()).isEqualTo("ARGUMENT_VALIDATION_ERROR");
    }

    @Test
    void faultsAreServedAsConfigured() throws IOException {
        String token = accessToken();
        server.faults().setMode(FaultMode.RATE_LIMITED);
        server.setRetryAfterSeconds(7);
        Answer limited = query(token, "{ listCustomer { count } }", null);
        assertThat(limited.status()).isEqualTo(429);
        assertThat(limited.retryAfter()).isEqualTo("7");

        server.faults().setMode(FaultMode.SERVER_ERROR);
        assertThat(query(token, "{ listCustomer { count } }", null).status()).isEqualTo(500);

        server.faults().setMode(FaultMode.LOGIN_REQUIRED);
        assertThat(query(token, "{ listCustomer { count } }", null).json().at("/errors/0/extensions/code").asText())
                .isEqualTo("LOGIN_REQUIRED");

        server.faults().clear();
        server.failNextQueries(FaultMode.SERVER_ERROR, 1);
        assertThat(query(token, "{ listCustomer { count } }", null).status()).isEqualTo(500);
        assertThat(query(token, "{ listCustomer { count } }", null).status()).isEqualTo(200);
        assertThat(server.graphqlRequests()).isEqualTo(5);
        assertThat(server.tokenRequests()).isEqualTo(1);
    }
}
