package dev.akis.commerce.mock;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.akis.commerce.dataset.MemberFilter;
import dev.akis.commerce.dataset.MemberRow;
import dev.akis.commerce.dataset.MemberView;
import dev.akis.commerce.dataset.OrderFilter;
import dev.akis.commerce.dataset.OrderView;
import dev.akis.commerce.dataset.ProductRow;
import dev.akis.commerce.dataset.ShopDatabase;
import dev.akis.commerce.dataset.Slice;
import dev.akis.commerce.mock.graphql.GraphqlDocument;
import dev.akis.commerce.mock.graphql.GraphqlDocument.Field;
import dev.akis.commerce.mock.graphql.GraphqlDocument.Operation;
import dev.akis.commerce.mock.graphql.GraphqlError;
import dev.akis.commerce.mock.graphql.GraphqlParser;
import dev.akis.commerce.mock.graphql.GraphqlValues;
import dev.akis.flow.Json;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A real HTTP server on 127.0.0.1 that answers like the İkas Admin API, reading the mock shop from H2: the
 * OAuth2 client-credentials token endpoint and the v2 GraphQL endpoint ({@code listCustomer},
 * {@code listOrder}, {@code listProduct}), returning only the fields a query selects. A token expires after its
 * lifetime (per the injected clock); requests without a valid one get İkas' LOGIN_REQUIRED error. Faults can
 * be switched on at any time: steady ones through {@link #faults()} (latency, time-out, 429, 500,
 * LOGIN_REQUIRED) for every request, one-off ones through {@link #failNextQueries} for the next GraphQL calls.
 */
public final class MockIkasServer implements AutoCloseable {

    public static final String TOKEN_PATH = "/api/admin/oauth/token";
    public static final String GRAPHQL_PATH = "/api/v2/admin/graphql";
    public static final String DEFAULT_CLIENT_ID = "akis-mock-client";
    public static final String DEFAULT_CLIENT_SECRET = "akis-mock-secret";
    /** The product attribute under which the mock reports a product's alternatives ("p-puffer,p-trench"). */
    public static final String ALTERNATIVES_ATTRIBUTE_ID = "akis-alternatives";
    private static final String SCOPE = "read_products read_orders read_customers";
    private static final int DEFAULT_LIMIT = 50;
    private static final int MAX_LIMIT = 200;

    static {
        // The JDK server writes headers and body separately; without TCP_NODELAY, Nagle's algorithm and the
        // client's delayed ACK add about 40 ms to every answer. Read once per JVM, before the first server starts.
        if (System.getProperty("sun.net.httpserver.nodelay") == null) {
            System.setProperty("sun.net.httpserver.nodelay", "true");
        }
    }

    private final ShopDatabase database;
    private final String clientId;
    private final String clientSecret;
    private final Duration tokenLifetime;
    private final Clock clock;
    private final Duration holdOnTimeout;
    private final Faults faults = new Faults();
    private final Deque<FaultMode> scripted = new ArrayDeque<>();
    private final Map<String, Instant> tokens = new ConcurrentHashMap<>();
    private final AtomicInteger tokenRequests = new AtomicInteger();
    private final AtomicInteger graphqlRequests = new AtomicInteger();
    private final SecureRandom random = new SecureRandom();
    private final CountDownLatch closing = new CountDownLatch(1);
    private final HttpServer server;
    private final ExecutorService executor;
    private volatile int retryAfterSeconds = 1;

    private MockIkasServer(Builder builder) throws IOException {
        this.database = Objects.requireNonNull(builder.database, "database");
        this.clientId = builder.clientId;
        this.clientSecret = builder.clientSecret;
        this.tokenLifetime = builder.tokenLifetime;
        this.clock = builder.clock;
        this.holdOnTimeout = builder.holdOnTimeout;
        this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        this.executor = Executors.newCachedThreadPool(runnable -> {
            Thread thread = new Thread(runnable, "mock-ikas");
            thread.setDaemon(true);
            return thread;
        });
        server.setExecutor(executor);
        server.createContext(TOKEN_PATH, exchange -> handle(exchange, false));
        server.createContext(GRAPHQL_PATH, exchange -> handle(exchange, true));
        server.start();
    }

    public static Builder builder(ShopDatabase database) {
        return new Builder(database);
    }

    /** Starts a server with the default credentials, a four-hour token lifetime and the system clock. */
    public static MockIkasServer start(ShopDatabase database) throws IOException {
        return builder(database).start();
    }

    /** Options for a mock İkas server. */
    public static final class Builder {
        private final ShopDatabase database;
        private String clientId = DEFAULT_CLIENT_ID;
        private String clientSecret = DEFAULT_CLIENT_SECRET;
        private Duration tokenLifetime = Duration.ofHours(4);
        private Clock clock = Clock.systemUTC();
        private Duration holdOnTimeout = Duration.ofSeconds(60);

        private Builder(ShopDatabase database) {
            this.database = database;
        }

        public Builder credentials(String id, String secret) {
            this.clientId = id;
            this.clientSecret = secret;
            return this;
        }

        /** How long an issued token stays valid (İkas: four hours); short for tests. */
        public Builder tokenLifetime(Duration lifetime) {
            this.tokenLifetime = lifetime;
            return this;
        }

        /** The clock tokens expire by (a {@link dev.akis.time.VirtualClock} in tests and the simulator). */
        public Builder clock(Clock value) {
            this.clock = value;
            return this;
        }

        /** How long a TIMEOUT fault holds a request at most (it is released earlier when the server closes). */
        public Builder holdOnTimeout(Duration hold) {
            this.holdOnTimeout = hold;
            return this;
        }

        public MockIkasServer start() throws IOException {
            return new MockIkasServer(this);
        }
    }

    // ------------------------------------------------------------------------------------------- control

    /** "http://127.0.0.1:port", the base of both endpoints. */
    public String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    public String tokenUrl() {
        return baseUrl() + TOKEN_PATH;
    }

    public String graphqlUrl() {
        return baseUrl() + GRAPHQL_PATH;
    }

    public String clientId() {
        return clientId;
    }

    public String clientSecret() {
        return clientSecret;
    }

    /** The steady faults, applied to every request until changed. */
    public Faults faults() {
        return faults;
    }

    /** Makes the next {@code times} GraphQL requests fail with {@code mode}, then answers normally again. */
    public void failNextQueries(FaultMode mode, int times) {
        synchronized (scripted) {
            for (int i = 0; i < times; i++) {
                scripted.add(mode);
            }
        }
    }

    /** The Retry-After header sent with HTTP 429, in seconds (1 unless changed). */
    public void setRetryAfterSeconds(int seconds) {
        this.retryAfterSeconds = seconds;
    }

    /** Invalidates every issued token, as when a merchant revokes the app's access. */
    public void revokeTokens() {
        tokens.clear();
    }

    public int tokenRequests() {
        return tokenRequests.get();
    }

    public int graphqlRequests() {
        return graphqlRequests.get();
    }

    public void resetCounters() {
        tokenRequests.set(0);
        graphqlRequests.set(0);
    }

    @Override
    public void close() {
        closing.countDown();
        server.stop(0);
        executor.shutdownNow();
    }

    // ------------------------------------------------------------------------------------------ requests

    private void handle(HttpExchange exchange, boolean graphql) throws IOException {
        try (exchange) {
            (graphql ? graphqlRequests : tokenRequests).incrementAndGet();
            byte[] body = readBody(exchange.getRequestBody());
            if (!faults.latency().isZero()) {
                pause(faults.latency());
            }
            FaultMode mode = faults.mode();
            if (graphql) {
                synchronized (scripted) {
                    if (!scripted.isEmpty()) {
                        mode = scripted.poll();
                    }
                }
            }
            switch (mode) {
                case TIMEOUT -> {
                    pause(holdOnTimeout);
                    send(exchange, 504, errorBody("Gateway timeout", "GATEWAY_TIMEOUT"));
                    return;
                }
                case RATE_LIMITED -> {
                    exchange.getResponseHeaders().set("Retry-After", String.valueOf(retryAfterSeconds));
                    send(exchange, 429, errorBody("Too many requests, please slow down", "TOO_MANY_REQUESTS"));
                    return;
                }
                case SERVER_ERROR -> {
                    send(exchange, 500, errorBody("Internal server error", "INTERNAL_SERVER_ERROR"));
                    return;
                }
                case LOGIN_REQUIRED -> {
                    if (graphql) {
                        send(exchange, 200, loginRequired());
                        return;
                    }
                }
                default -> {
                }
            }
            if (!"POST".equals(exchange.getRequestMethod())) {
                exchange.getResponseHeaders().set("Allow", "POST");
                send(exchange, 405, errorBody("Use POST", "METHOD_NOT_ALLOWED"));
                return;
            }
            if (graphql) {
                graphql(exchange, body);
            } else {
                token(exchange, body);
            }
        } catch (RuntimeException e) {
            // A bug in the mock must still answer like a server would, not hang the client.
            try {
                send(exchange, 500, errorBody("Internal server error: " + e, "INTERNAL_SERVER_ERROR"));
            } catch (IOException ignored) {
                // The client has gone.
            }
        }
    }

    private void token(HttpExchange exchange, byte[] body) throws IOException {
        String contentType = String.valueOf(exchange.getRequestHeaders().getFirst("Content-Type"));
        if (!contentType.startsWith("application/x-www-form-urlencoded")) {
            send(exchange, 400, oauthError("invalid_request", "Send the form as application/x-www-form-urlencoded"));
            return;
        }
        Map<String, String> form = form(new String(body, StandardCharsets.UTF_8));
        if (!"client_credentials".equals(form.get("grant_type"))) {
            send(exchange, 400, oauthError("unsupported_grant_type", "Only client_credentials is supported"));
            return;
        }
        if (!clientId.equals(form.get("client_id")) || !clientSecret.equals(form.get("client_secret"))) {
            send(exchange, 401, oauthError("invalid_client", "Client authentication failed"));
            return;
        }
        byte[] bytes = new byte[24];
        random.nextBytes(bytes);
        String token = "mock_" + HexFormat.of().formatHex(bytes);
        tokens.put(token, clock.instant().plus(tokenLifetime));
        ObjectNode answer = Json.object();
        answer.put("token_type", "Bearer");
        answer.put("expires_in", tokenLifetime.toSeconds());
        answer.put("access_token", token);
        answer.put("scope", SCOPE);
        send(exchange, 200, answer);
    }

    private void graphql(HttpExchange exchange, byte[] body) throws IOException {
        JsonNode request;
        try {
            request = Json.MAPPER.readTree(body);
        } catch (IOException e) {
            send(exchange, 400, errorBody("The request body is not JSON", "BAD_REQUEST"));
            return;
        }
        if (request == null || !request.path("query").isTextual()) {
            send(exchange, 400, errorBody("POST body sent invalid JSON or without a \"query\"", "BAD_REQUEST"));
            return;
        }
        if (!authorized(exchange.getRequestHeaders().getFirst("Authorization"))) {
            send(exchange, 200, loginRequired());
            return;
        }
        try {
            ObjectNode answer = Json.object();
            answer.set("data", execute(request.get("query").asText(), request.get("operationName"),
                    request.get("variables")));
            send(exchange, 200, answer);
        } catch (GraphqlError e) {
            ObjectNode answer = Json.object();
            ArrayNode errors = answer.putArray("errors");
            ObjectNode error = errors.addObject();
            error.put("message", e.getMessage());
            if (e.line() > 0) {
                ObjectNode location = error.putArray("locations").addObject();
                location.put("line", e.line());
                location.put("column", e.column());
            }
            error.putObject("extensions").put("code", e.code());
            answer.putNull("data");
            send(exchange, 200, answer);
        }
    }

    private boolean authorized(String header) {
        if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return false;
        }
        Instant expires = tokens.get(header.substring(7).strip());
        return expires != null && clock.instant().isBefore(expires);
    }

    private ObjectNode execute(String query, JsonNode operationName, JsonNode variables) throws GraphqlError {
        GraphqlDocument document = GraphqlParser.parse(query);
        Operation operation = pick(document, operationName);
        if (!operation.type().equals("query")) {
            throw new GraphqlError(GraphqlError.VALIDATION_FAILED, "The mock İkas server answers queries only, not "
                    + operation.type() + "s.", operation.line(), operation.column());
        }
        for (Field field : operation.selections()) {
            validateRoot(field);
        }
        GraphqlValues values = GraphqlValues.of(operation, variables);
        ObjectNode data = Json.object();
        for (Field field : operation.selections()) {
            if (field.name().equals("__typename")) {
                data.put(field.responseKey(), "Query");
                continue;
            }
            Map<String, JsonNode> arguments = new HashMap<>();
            for (Map.Entry<String, GraphqlDocument.Value> argument : field.arguments().entrySet()) {
                arguments.put(argument.getKey(), values.resolve(argument.getValue()));
            }
            Object result = switch (field.name()) {
                case "listCustomer" -> listCustomer(new Arguments(field, arguments));
                case "listOrder" -> listOrder(new Arguments(field, arguments));
                default -> listProduct(new Arguments(field, arguments));
            };
            data.set(field.responseKey(), IkasMockSchema.SCHEMA.project(IkasMockSchema.ROOT_TYPES.get(field.name()),
                    result, field.selections()));
        }
        return data;
    }

    private static Operation pick(GraphqlDocument document, JsonNode operationName) throws GraphqlError {
        if (document.operations().isEmpty()) {
            throw new GraphqlError(GraphqlError.VALIDATION_FAILED, "The document contains no operation.");
        }
        if (operationName != null && operationName.isTextual()) {
            for (Operation operation : document.operations()) {
                if (operationName.asText().equals(operation.name())) {
                    return operation;
                }
            }
            throw new GraphqlError(GraphqlError.VALIDATION_FAILED, "Unknown operation named \""
                    + operationName.asText() + "\".");
        }
        if (document.operations().size() > 1) {
            throw new GraphqlError(GraphqlError.VALIDATION_FAILED,
                    "Must provide operation name if query contains multiple operations.");
        }
        return document.operations().get(0);
    }

    private static void validateRoot(Field field) throws GraphqlError {
        if (field.name().equals("__typename")) {
            return;
        }
        String type = IkasMockSchema.ROOT_TYPES.get(field.name());
        if (type == null) {
            throw new GraphqlError(GraphqlError.VALIDATION_FAILED, "Cannot query field \"" + field.name()
                    + "\" on type \"Query\".", field.line(), field.column());
        }
        Set<String> allowed = IkasMockSchema.ROOT_ARGUMENTS.get(field.name());
        for (String argument : field.arguments().keySet()) {
            if (!allowed.contains(argument)) {
                throw new GraphqlError(GraphqlError.VALIDATION_FAILED, "Unknown argument \"" + argument
                        + "\" on field \"Query." + field.name() + "\".", field.line(), field.column());
            }
        }
        if (field.selections().isEmpty()) {
            throw new GraphqlError(GraphqlError.VALIDATION_FAILED, "Field \"" + field.name() + "\" of type \"" + type
                    + "\" must have a selection of subfields.", field.line(), field.column());
        }
        IkasMockSchema.SCHEMA.validate(type, field.selections());
    }

    // ---------------------------------------------------------------------------------------- resolvers

    private Map<String, Object> listCustomer(Arguments arguments) throws GraphqlError {
        int[] paging = arguments.pagination();
        arguments.sort(Set.of("createdAt", "-createdAt"));
        MemberFilter filter = new MemberFilter(arguments.filter("id"), arguments.filter("email"), arguments.filter("phone"));
        Slice<MemberView> slice = database.findMembers(filter, paging[0], paging[1], true);
        IkasShapes shapes = new IkasShapes(database.shop());
        return page(slice.items().stream().map(shapes::customer).toList(), slice.total(), paging);
    }

    private Map<String, Object> listOrder(Arguments arguments) throws GraphqlError {
        int[] paging = arguments.pagination();
        String sort = arguments.sort(Set.of("orderedAt", "-orderedAt", "createdAt", "-createdAt"));
        boolean newestFirst = sort == null || sort.startsWith("-");
        OrderFilter filter = new OrderFilter(arguments.filter("id"), arguments.filter("customerId"),
                arguments.filter("orderNumber"));
        Slice<OrderView> slice = database.findOrders(filter, newestFirst, paging[0], paging[1], true);
        IkasShapes shapes = new IkasShapes(database.shop());
        Set<String> memberIds = new LinkedHashSet<>();
        slice.items().forEach(order -> memberIds.add(order.order().memberId()));
        Map<String, MemberRow> members = new HashMap<>();
        if (!memberIds.isEmpty()) {
            database.findMembers(new MemberFilter(memberIds, null, null), 1, memberIds.size(), false).items()
                    .forEach(view -> members.put(view.member().id(), view.member()));
        }
        List<Map<String, Object>> orders = new ArrayList<>();
        for (OrderView order : slice.items()) {
            orders.add(shapes.order(order, members.get(order.order().memberId())));
        }
        return page(orders, slice.total(), paging);
    }

    private Map<String, Object> listProduct(Arguments arguments) throws GraphqlError {
        int[] paging = arguments.pagination();
        arguments.sort(Set.of("name", "-name"));
        Set<String> ids = arguments.filter("id");
        List<ProductRow> all = ids == null ? database.products() : database.findProducts(List.copyOf(ids));
        int from = Math.min(all.size(), (paging[0] - 1) * paging[1]);
        int to = Math.min(all.size(), from + paging[1]);
        IkasShapes shapes = new IkasShapes(database.shop());
        return page(all.subList(from, to).stream().map(shapes::product).toList(), all.size(), paging);
    }

    private static Map<String, Object> page(List<Map<String, Object>> data, int count, int[] paging) {
        Map<String, Object> page = new LinkedHashMap<>();
        page.put("count", count);
        page.put("data", data);
        page.put("hasNext", (long) paging[0] * paging[1] < count);
        page.put("limit", paging[1]);
        page.put("page", paging[0]);
        return page;
    }

    /** A root field's resolved arguments, read as İkas defines them (StringFilterInput, PaginationInput, sort). */
    private static final class Arguments {

        private final Field field;
        private final Map<String, JsonNode> values;

        Arguments(Field field, Map<String, JsonNode> values) {
            this.field = field;
            this.values = values;
        }

        /** A StringFilterInput {eq, in} as the set of accepted values; null when the argument is absent. */
        Set<String> filter(String name) throws GraphqlError {
            JsonNode filter = values.get(name);
            if (filter == null || filter.isNull()) {
                return null;
            }
            if (!filter.isObject()) {
                throw invalid("Argument \"" + name + "\" must be a StringFilterInput such as {eq: \"...\"}.");
            }
            Set<String> accepted = null;
            for (Map.Entry<String, JsonNode> condition : filter.properties()) {
                JsonNode value = condition.getValue();
                switch (condition.getKey()) {
                    case "eq" -> {
                        if (value.isNull()) {
                            continue;
                        }
                        if (!value.isTextual()) {
                            throw invalid("\"" + name + ".eq\" must be a String.");
                        }
                        accepted = intersect(accepted, Set.of(value.asText()));
                    }
                    case "in" -> {
                        if (value.isNull()) {
                            continue;
                        }
                        if (!value.isArray()) {
                            throw invalid("\"" + name + ".in\" must be a list of Strings.");
                        }
                        Set<String> in = new LinkedHashSet<>();
                        for (JsonNode item : value) {
                            if (!item.isTextual()) {
                                throw invalid("\"" + name + ".in\" must be a list of Strings.");
                            }
                            in.add(item.asText());
                        }
                        accepted = intersect(accepted, in);
                    }
                    default -> throw invalid("\"" + name + "." + condition.getKey()
                            + "\" is not supported by the mock İkas server; use eq or in.");
                }
            }
            return accepted;
        }

        private static Set<String> intersect(Set<String> current, Set<String> more) {
            if (current == null) {
                return new LinkedHashSet<>(more);
            }
            current.retainAll(more);
            return current;
        }

        /** [page, limit] from PaginationInput, with İkas' defaults (1, 50) and bounds (limit 1 to 200). */
        int[] pagination() throws GraphqlError {
            JsonNode pagination = values.get("pagination");
            int page = 1;
            int limit = DEFAULT_LIMIT;
            if (pagination != null && !pagination.isNull()) {
                JsonNode pageNode = pagination.get("page");
                JsonNode limitNode = pagination.get("limit");
                if (pageNode != null && !pageNode.isNull()) {
                    if (!pageNode.canConvertToInt() || !pageNode.isIntegralNumber()) {
                        throw invalid("\"pagination.page\" must be an Int.");
                    }
                    page = pageNode.intValue();
                }
                if (limitNode != null && !limitNode.isNull()) {
                    if (!limitNode.canConvertToInt() || !limitNode.isIntegralNumber()) {
                        throw invalid("\"pagination.limit\" must be an Int.");
                    }
                    limit = limitNode.intValue();
                }
            }
            if (page < 1) {
                throw new GraphqlError(GraphqlError.ARGUMENT_VALIDATION, "pagination.page must be at least 1",
                        field.line(), field.column());
            }
            if (limit < 1 || limit > MAX_LIMIT) {
                throw new GraphqlError(GraphqlError.ARGUMENT_VALIDATION, "pagination.limit must be between 1 and "
                        + MAX_LIMIT, field.line(), field.column());
            }
            return new int[] {page, limit};
        }

        String sort(Set<String> supported) throws GraphqlError {
            JsonNode sort = values.get("sort");
            if (sort == null || sort.isNull()) {
                return null;
            }
            if (!sort.isTextual() || !supported.contains(sort.asText())) {
                throw new GraphqlError(GraphqlError.ARGUMENT_VALIDATION, "sort must be one of " + supported,
                        field.line(), field.column());
            }
            return sort.asText();
        }

        private GraphqlError invalid(String message) {
            return new GraphqlError(GraphqlError.VALIDATION_FAILED, message, field.line(), field.column());
        }
    }

    // ------------------------------------------------------------------------------------------- helpers

    private void pause(Duration duration) {
        try {
            closing.await(duration.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static byte[] readBody(InputStream in) throws IOException {
        return in.readAllBytes();
    }

    private static Map<String, String> form(String body) {
        Map<String, String> form = new HashMap<>();
        for (String pair : body.split("&")) {
            int equals = pair.indexOf('=');
            if (equals > 0) {
                form.put(URLDecoder.decode(pair.substring(0, equals), StandardCharsets.UTF_8),
                        URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8));
            }
        }
        return form;
    }

    private static ObjectNode errorBody(String message, String code) {
        ObjectNode answer = Json.object();
        ObjectNode error = answer.putArray("errors").addObject();
        error.put("message", message);
        error.putObject("extensions").put("code", code);
        return answer;
    }

    /** İkas' answer to a missing, expired or revoked token: HTTP 200, a GraphQL error, no data. */
    private static ObjectNode loginRequired() {
        ObjectNode answer = errorBody("Login required", "LOGIN_REQUIRED");
        answer.putNull("data");
        return answer;
    }

    private static ObjectNode oauthError(String error, String description) {
        ObjectNode answer = Json.object();
        answer.put("error", error);
        answer.put("error_description", description);
        return answer;
    }

    private static void send(HttpExchange exchange, int status, JsonNode body) throws IOException {
        byte[] bytes = Json.MAPPER.writeValueAsBytes(body);
        exchange.getResponseHeaders().set("Content-Type", "application/json; charset=utf-8");
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
    }
}
