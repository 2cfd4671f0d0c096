package dev.akis.commerce.mock;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.akis.commerce.Carrier;
import dev.akis.commerce.carriers.CarrierConfig;
import dev.akis.commerce.carriers.CarrierHttpSettings;
import dev.akis.commerce.carriers.CarrierTrackers;
import dev.akis.commerce.mock.carriers.CarrierEndpoint;
import dev.akis.commerce.mock.carriers.MockAnswer;
import dev.akis.commerce.mock.carriers.MockAras;
import dev.akis.commerce.mock.carriers.MockCredentials;
import dev.akis.commerce.mock.carriers.MockDhl;
import dev.akis.commerce.mock.carriers.MockHepsiJet;
import dev.akis.commerce.mock.carriers.MockMng;
import dev.akis.commerce.mock.carriers.MockPtt;
import dev.akis.commerce.mock.carriers.MockRequest;
import dev.akis.commerce.mock.carriers.MockSurat;
import dev.akis.commerce.mock.carriers.MockUps;
import dev.akis.commerce.mock.carriers.MockYurtici;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * All eight mock carriers on one loopback HTTP server (JDK HttpServer, a free port, in-process): each carrier
 * under {@code /<slug>} followed by its real service path ({@code /ups/api/track/v1/details/1Z...},
 * {@code /yurtici/KOPSWebServices/ShippingOrderDispatcherServices}), answering from {@link ParcelRecords} in the
 * carrier's own shape. Faults can be set per carrier and for all carriers; requests are counted per carrier.
 * {@link #trackers(Clock)} gives the app's {@link CarrierTrackers} pointed at this server in one call.
 */
public final class MockCarrierServer implements AutoCloseable {

    private static final Map<Carrier, MockCredentials> DEFAULT_CREDENTIALS = defaultCredentials();

    private final HttpServer server;
    private final ExecutorService executor;
    private final Map<Carrier, CarrierEndpoint> endpoints = new EnumMap<>(Carrier.class);
    private final Map<Carrier, Faults> faults = new EnumMap<>(Carrier.class);
    private final Faults faultsForAll = new Faults();
    private final Map<Carrier, AtomicInteger> requests = new EnumMap<>(Carrier.class);
    private final Map<Carrier, Queue<FaultMode>> scripted = new EnumMap<>(Carrier.class);
    private final CountDownLatch closing = new CountDownLatch(1);
    private volatile Duration timeoutHold = Duration.ofSeconds(60);

    private MockCarrierServer(ParcelRecords records) throws IOException {
        Objects.requireNonNull(records, "records");
        endpoints.put(Carrier.YURTICI, new MockYurtici(records, DEFAULT_CREDENTIALS.get(Carrier.YURTICI)));
        endpoints.put(Carrier.ARAS, new MockAras(records, DEFAULT_CREDENTIALS.get(Carrier.ARAS)));
        endpoints.put(Carrier.MNG, new MockMng(records, DEFAULT_CREDENTIALS.get(Carrier.MNG)));
        endpoints.put(Carrier.PTT, new MockPtt(records, DEFAULT_CREDENTIALS.get(Carrier.PTT)));
        endpoints.put(Carrier.HEPSIJET, new MockHepsiJet(records, DEFAULT_CREDENTIALS.get(Carrier.HEPSIJET)));
        endpoints.put(Carrier.SURAT, new MockSurat(records, DEFAULT_CREDENTIALS.get(Carrier.SURAT)));
        endpoints.put(Carrier.UPS, new MockUps(records, DEFAULT_CREDENTIALS.get(Carrier.UPS)));
        endpoints.put(Carrier.DHL, new MockDhl(records, DEFAULT_CREDENTIALS.get(Carrier.DHL)));
        for (Carrier carrier : Carrier.values()) {
            faults.put(carrier, new Faults());
            requests.put(carrier, new AtomicInteger());
            scripted.put(carrier, new ConcurrentLinkedQueue<>());
        }
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        executor = Executors.newCachedThreadPool(task -> {
            Thread thread = new Thread(task, "mock-carrier-server");
            thread.setDaemon(true);
            return thread;
        });
        server.setExecutor(executor);
        server.createContext("/", this::handle);
    }

    static {
        // As for MockIkasServer: without TCP_NODELAY every answer waits ~40 ms for the client's delayed ACK
        // (measured: 55 ms a call when this server is the first of the JVM). Read once, before the first server.
        if (System.getProperty("sun.net.httpserver.nodelay") == null) {
            System.setProperty("sun.net.httpserver.nodelay", "true");
        }
    }

    /** Starts the server on a free loopback port. */
    public static MockCarrierServer start(ParcelRecords records) throws IOException {
        MockCarrierServer mock = new MockCarrierServer(records);
        mock.server.start();
        return mock;
    }

    /** "http://127.0.0.1:41234". */
    public URI uri() {
        InetSocketAddress address = server.getAddress();
        return URI.create("http://" + address.getAddress().getHostAddress() + ":" + address.getPort());
    }

    /** The API root of one mock carrier, to use as {@link CarrierConfig#baseUrl()}. */
    public String baseUrl(Carrier carrier) {
        return uri() + "/" + carrier.slug();
    }

    /** The credentials the mock carrier accepts. */
    public MockCredentials credentials(Carrier carrier) {
        return DEFAULT_CREDENTIALS.get(carrier);
    }

    /** A configuration that reaches this mock carrier with the right credentials. */
    public CarrierConfig config(Carrier carrier) {
        MockCredentials login = credentials(carrier);
        return new CarrierConfig(baseUrl(carrier), login.user(), login.secret(), login.account());
    }

    /** Trackers for all carriers pointed at this server, with the default timeouts and retries. */
    public CarrierTrackers trackers(Clock clock) {
        return trackers(clock, CarrierHttpSettings.defaults());
    }

    public CarrierTrackers trackers(Clock clock, CarrierHttpSettings settings) {
        CarrierTrackers.Builder builder = CarrierTrackers.builder(clock).settings(settings);
        for (Carrier carrier : Carrier.values()) {
            builder.carrier(carrier, config(carrier));
        }
        return builder.build();
    }

    /** The fault settings of one carrier (latency, failure mode), read on every request. */
    public Faults faults(Carrier carrier) {
        return faults.get(carrier);
    }

    /** Fault settings applied to every carrier; a carrier's own mode wins when set, latencies add up. */
    public Faults faultsForAll() {
        return faultsForAll;
    }

    /** The next {@code times} requests to the carrier fail with {@code mode}, then it answers normally again. */
    public void failNext(Carrier carrier, FaultMode mode, int times) {
        for (int i = 0; i < times; i++) {
            scripted.get(carrier).add(mode);
        }
    }

    /** How long a TIMEOUT fault holds a request before giving up on it (default 60 s, ended early by close). */
    public void setTimeoutHold(Duration hold) {
        timeoutHold = Objects.requireNonNull(hold, "hold");
    }

    public void clearFaults() {
        faultsForAll.clear();
        faults.values().forEach(Faults::clear);
        scripted.values().forEach(Queue::clear);
    }

    /** Requests the carrier received so far (every call: token requests included). */
    public int requestCount(Carrier carrier) {
        return requests.get(carrier).get();
    }

    public void resetRequestCounts() {
        requests.values().forEach(count -> count.set(0));
    }

    /** HepsiJet tokens handed out so far stop working, as when they expire. */
    public void expireHepsiJetTokens() {
        ((MockHepsiJet) endpoints.get(Carrier.HEPSIJET)).expireTokens();
    }

    @Override
    public void close() {
        closing.countDown();
        server.stop(0);
        executor.shutdownNow();
        try {
            executor.awaitTermination(2, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void handle(HttpExchange exchange) throws IOException {
        try {
            String path = exchange.getRequestURI().getPath();
            String[] parts = path.split("/", 3);
            Carrier carrier = parts.length >= 2 ? bySlug(parts[1]) : null;
            if (carrier == null) {
                send(exchange, MockAnswer.text(404, "No mock carrier at " + path));
                return;
            }
            requests.get(carrier).incrementAndGet();
            MockRequest request = request(exchange, parts.length == 3 ? "/" + parts[2] : "/");
            Faults own = faults.get(carrier);
            if (!pause(own.latency().plus(faultsForAll.latency()))) {
                return;
            }
            FaultMode mode = scripted.get(carrier).poll();
            if (mode == null) {
                mode = own.mode() != FaultMode.NONE ? own.mode() : faultsForAll.mode();
            }
            CarrierEndpoint endpoint = endpoints.get(carrier);
            switch (mode) {
                case TIMEOUT -> pause(timeoutHold); // then drop the exchange without an answer
                case RATE_LIMITED -> send(exchange, endpoint.rateLimited());
                case SERVER_ERROR -> send(exchange, endpoint.serverError());
                case LOGIN_REQUIRED -> send(exchange, endpoint.refusal());
                case NONE -> send(exchange, endpoint.answer(request));
            }
        } catch (RuntimeException e) {
            send(exchange, MockAnswer.text(500, "Mock carrier failed: " + e));
        } finally {
            exchange.close();
        }
    }

    /** Waits, unless the server closes first; false when it closed. */
    private boolean pause(Duration duration) {
        if (duration.isZero() || duration.isNegative()) {
            return true;
        }
        try {
            return !closing.await(duration.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static MockRequest request(HttpExchange exchange, String path) throws IOException {
        Map<String, String> headers = new HashMap<>();
        exchange.getRequestHeaders().forEach((name, values) -> {
            if (!values.isEmpty()) {
                headers.put(name, values.get(0));
            }
        });
        String body;
        try (InputStream in = exchange.getRequestBody()) {
            body = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        return new MockRequest(exchange.getRequestMethod(), path,
                MockRequest.parseQuery(exchange.getRequestURI().getRawQuery()), headers, body);
    }

    private static void send(HttpExchange exchange, MockAnswer answer) throws IOException {
        byte[] bytes = answer.body().getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", answer.contentType());
        answer.headers().forEach((name, value) -> exchange.getResponseHeaders().set(name, value));
        exchange.sendResponseHeaders(answer.status(), bytes.length == 0 ? -1 : bytes.length);
        if (bytes.length > 0) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            }
        }
    }

    private static Carrier bySlug(String slug) {
        for (Carrier carrier : Carrier.values()) {
            if (carrier.slug().equals(slug)) {
                return carrier;
            }
        }
        return null;
    }

    private static Map<Carrier, MockCredentials> defaultCredentials() {
        Map<Carrier, MockCredentials> out = new EnumMap<>(Carrier.class);
        out.put(Carrier.YURTICI, new MockCredentials("YKTEST", "YK", ""));
        out.put(Carrier.ARAS, new MockCredentials("akis-aras", "aras-sifre", "1001234567"));
        out.put(Carrier.MNG, new MockCredentials("490001234", "mng-sifre", ""));
        out.put(Carrier.PTT, new MockCredentials("902345678", "ptt-sifre", ""));
        out.put(Carrier.HEPSIJET, new MockCredentials("akis-hepsijet", "hj-sifre", ""));
        out.put(Carrier.SURAT, new MockCredentials("AKIS001", "surat-sifre", ""));
        out.put(Carrier.UPS, new MockCredentials("akis-ups-client", "ups-client-secret", "A1B2C3"));
        out.put(Carrier.DHL, new MockCredentials("", "dhl-api-key-akis", ""));
        return Map.copyOf(out);
    }
}
