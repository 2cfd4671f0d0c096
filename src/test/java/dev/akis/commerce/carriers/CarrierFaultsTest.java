package dev.akis.commerce.carriers;

import static dev.akis.commerce.carriers.CarrierDataset.REFERENCE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.akis.commerce.Carrier;
import dev.akis.commerce.ServiceException;
import dev.akis.commerce.ShipmentStatus;
import dev.akis.commerce.Tracking;
import dev.akis.commerce.mock.FaultMode;
import dev.akis.commerce.mock.MockCarrierServer;
import dev.akis.time.VirtualClock;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * What a merchant's bot sees when a carrier misbehaves: slow answers, 429, 500, no answer at all, refused
 * credentials, unknown numbers. Each test uses fresh trackers so cached tokens do not blur the request counts.
 */
class CarrierFaultsTest {

    /** Short timeouts and backoffs keep the suite fast; the behaviour is the same as with the defaults. */
    private static final CarrierHttpSettings FAST = new CarrierHttpSettings(Duration.ofSeconds(1), Duration.ofMillis(500), 3,
            Duration.ofMillis(20), Duration.ofMillis(80));

    private static final Map<Carrier, String> KNOWN = new EnumMap<>(Map.of(
            Carrier.YURTICI, CarrierDataset.YURTICI_OUT_FOR_DELIVERY,
            Carrier.ARAS, CarrierDataset.ARAS_OUT_FOR_DELIVERY,
            Carrier.MNG, CarrierDataset.MNG_BAD_ADDRESS,
            Carrier.PTT, CarrierDataset.PTT_DELIVERED,
            Carrier.HEPSIJET, CarrierDataset.HEPSIJET_OUT_FOR_DELIVERY,
            Carrier.SURAT, CarrierDataset.SURAT_OUT_FOR_DELIVERY,
            Carrier.UPS, CarrierDataset.UPS_OUT_FOR_DELIVERY,
            Carrier.DHL, CarrierDataset.DHL_OUT_FOR_DELIVERY));

    private static MockCarrierServer server;
    private CarrierTrackers trackers;

    @BeforeAll
    static void start() throws Exception {
        server = MockCarrierServer.start(CarrierDataset.records());
        server.setTimeoutHold(Duration.ofSeconds(2));
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @BeforeEach
    void freshTrackers() {
        server.clearFaults();
        trackers = server.trackers(new VirtualClock(REFERENCE), FAST);
    }

    @AfterEach
    void closeTrackers() {
        trackers.close();
    }

    /** Requests one clean question costs this carrier (two for the token carriers, two for Aras' two queries). */
    private int requestsForOneQuestion(Carrier carrier) throws ServiceException {
        try (CarrierTrackers clean = server.trackers(new VirtualClock(REFERENCE), FAST)) {
            int before = server.requestCount(carrier);
            clean.track(carrier, KNOWN.get(carrier));
            return server.requestCount(carrier) - before;
        }
    }

    @ParameterizedTest
    @EnumSource(Carrier.class)
    void aCarrierThatSaysTooManyRequestsOnceIsAskedAgainAndAnswers(Carrier carrier) throws Exception {
        int normal = requestsForOneQuestion(carrier);
        server.failNext(carrier, FaultMode.RATE_LIMITED, 1);
        int before = server.requestCount(carrier);

        Tracking tracking = trackers.track(carrier, KNOWN.get(carrier));

        assertThat(tracking.trackingNumber()).isEqualTo(KNOWN.get(carrier));
        assertThat(server.requestCount(carrier) - before).isEqualTo(normal + 1);
    }

    @ParameterizedTest
    @EnumSource(Carrier.class)
    void aCarrierThatFailsOnceWithAServerErrorIsAskedAgainAndAnswers(Carrier carrier) throws Exception {
        server.failNext(carrier, FaultMode.SERVER_ERROR, 1);
        assertThat(trackers.track(carrier, KNOWN.get(carrier)).status()).isNotEqualTo(ShipmentStatus.UNKNOWN);
    }

    @ParameterizedTest
    @EnumSource(Carrier.class)
    void aCarrierThatKeepsAnswering500IsReportedAsAServerErrorAfterThreeTries(Carrier carrier) {
        server.faults(carrier).setMode(FaultMode.SERVER_ERROR);
        int before = server.requestCount(carrier);

        ServiceException failure = catchThrowableOfType(ServiceException.class, () -> trackers.track(carrier, KNOWN.get(carrier)));

        assertThat(failure.kind()).isEqualTo(ServiceException.Kind.SERVER_ERROR);
        assertThat(failure.service()).isEqualTo("carrier:" + carrier.slug());
        assertThat(failure.getMessage()).contains("500").contains("3 attempt");
        assertThat(server.requestCount(carrier) - before).isEqualTo(FAST.maxAttempts());
    }

    @ParameterizedTest
    @EnumSource(value = Carrier.class, names = {"YURTICI", "HEPSIJET", "DHL"})
    void aCarrierThatKeepsRateLimitingIsReportedAsRateLimited(Carrier carrier) {
        server.faults(carrier).setMode(FaultMode.RATE_LIMITED);

        ServiceException failure = catchThrowableOfType(ServiceException.class, () -> trackers.track(carrier, KNOWN.get(carrier)));

        assertThat(failure.kind()).isEqualTo(ServiceException.Kind.RATE_LIMITED);
    }

    @ParameterizedTest
    @EnumSource(Carrier.class)
    void aCarrierThatNeverAnswersTimesOutWithinTheConfiguredTimeout(Carrier carrier) {
        server.faults(carrier).setMode(FaultMode.TIMEOUT);
        int before = server.requestCount(carrier);
        long start = System.nanoTime();

        ServiceException failure = catchThrowableOfType(ServiceException.class, () -> trackers.track(carrier, KNOWN.get(carrier)));

        long elapsedMillis = (System.nanoTime() - start) / 1_000_000;
        assertThat(failure.kind()).isEqualTo(ServiceException.Kind.TIMEOUT);
        assertThat(failure.getMessage()).contains("500 ms");
        // One call, given up after the call timeout: a timeout is not retried, so the wait stays bounded.
        assertThat(server.requestCount(carrier) - before).isEqualTo(1);
        assertThat(elapsedMillis).isGreaterThanOrEqualTo(450).isLessThan(3_000);
    }

    @ParameterizedTest
    @EnumSource(Carrier.class)
    void wrongCredentialsAreRefusedAtOnceWithoutRetrying(Carrier carrier) {
        CarrierConfig right = server.config(carrier);
        CarrierConfig wrong = new CarrierConfig(right.baseUrl(), right.user(), right.secret() + "-wrong", right.account());
        try (CarrierTrackers misconfigured = CarrierTrackers.builder(new VirtualClock(REFERENCE)).settings(FAST)
                .carrier(carrier, wrong).build()) {
            int before = server.requestCount(carrier);

            ServiceException failure = catchThrowableOfType(ServiceException.class,
                    () -> misconfigured.track(carrier, KNOWN.get(carrier)));

            assertThat(failure.kind()).isEqualTo(ServiceException.Kind.AUTHENTICATION);
            assertThat(failure.getMessage()).contains(carrier.displayName()).doesNotContain(wrong.secret());
            assertThat(server.requestCount(carrier) - before).isEqualTo(1);
        }
    }

    @ParameterizedTest
    @EnumSource(Carrier.class)
    void theLoginRequiredToggleMakesTheCarrierRefuseTheCredentials(Carrier carrier) {
        server.faults(carrier).setMode(FaultMode.LOGIN_REQUIRED);

        assertThatThrownBy(() -> trackers.track(carrier, KNOWN.get(carrier)))
                .isInstanceOfSatisfying(ServiceException.class,
                        e -> assertThat(e.kind()).isEqualTo(ServiceException.Kind.AUTHENTICATION));
    }

    @ParameterizedTest
    @EnumSource(Carrier.class)
    void aTrackingNumberTheCarrierDoesNotKnowIsNotFound(Carrier carrier) {
        ServiceException failure = catchThrowableOfType(ServiceException.class, () -> trackers.track(carrier, "NOPE-000111"));

        assertThat(failure.kind()).isEqualTo(ServiceException.Kind.NOT_FOUND);
        assertThat(failure.getMessage()).contains("NOPE-000111").contains(carrier.displayName());
    }

    @Test
    void addedLatencySlowsTheAnswerDownButItStillArrives() throws Exception {
        server.faults(Carrier.YURTICI).setLatency(Duration.ofMillis(300));
        long start = System.nanoTime();

        Tracking tracking = trackers.track(Carrier.YURTICI, CarrierDataset.YURTICI_OUT_FOR_DELIVERY);

        assertThat((System.nanoTime() - start) / 1_000_000).isGreaterThanOrEqualTo(300);
        assertThat(tracking.status()).isEqualTo(ShipmentStatus.OUT_FOR_DELIVERY);
    }

    @Test
    void aFaultForAllCarriersHitsEveryCarrierUntilCleared() throws Exception {
        server.faultsForAll().setMode(FaultMode.SERVER_ERROR);
        for (Carrier carrier : new Carrier[] {Carrier.PTT, Carrier.DHL}) {
            assertThatThrownBy(() -> trackers.track(carrier, KNOWN.get(carrier)))
                    .isInstanceOfSatisfying(ServiceException.class,
                            e -> assertThat(e.kind()).isEqualTo(ServiceException.Kind.SERVER_ERROR));
        }
        server.faults(Carrier.DHL).setMode(FaultMode.LOGIN_REQUIRED);
        assertThatThrownBy(() -> trackers.track(Carrier.DHL, KNOWN.get(Carrier.DHL)))
                .isInstanceOfSatisfying(ServiceException.class,
                        e -> assertThat(e.kind()).isEqualTo(ServiceException.Kind.AUTHENTICATION));

        server.clearFaults();
        assertThat(trackers.track(Carrier.PTT, KNOWN.get(Carrier.PTT)).status()).isEqualTo(ShipmentStatus.DELIVERED);
    }

    @Test
    void anExpiredHepsiJetTokenIsRenewedWithoutBotheringTheCustomer() throws Exception {
        trackers.track(Carrier.HEPSIJET, KNOWN.get(Carrier.HEPSIJET));
        server.expireHepsiJetTokens();
        int before = server.requestCount(Carrier.HEPSIJET);

        Tracking tracking = trackers.track(Carrier.HEPSIJET, KNOWN.get(Carrier.HEPSIJET));

        assertThat(tracking.status()).isEqualTo(ShipmentStatus.OUT_FOR_DELIVERY);
        // refused tracking call, new token, tracking call again
        assertThat(server.requestCount(Carrier.HEPSIJET) - before).isEqualTo(3);
    }

    @Test
    void theUpsTokenIsFetchedOnceAndReused() throws Exception {
        int before = server.requestCount(Carrier.UPS);
        trackers.track(Carrier.UPS, KNOWN.get(Carrier.UPS));
        trackers.track(Carrier.UPS, KNOWN.get(Carrier.UPS));
        assertThat(server.requestCount(Carrier.UPS) - before).isEqualTo(3);
    }

    @Test
    void aCarrierNobodyListensForIsUnreachable() throws Exception {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        try (CarrierTrackers nowhere = CarrierTrackers.builder(new VirtualClock(REFERENCE)).settings(FAST)
                .carrier(Carrier.DHL, CarrierConfig.of("http://127.0.0.1:" + closedPort + "/dhl", "", "key")).build()) {
            assertThatThrownBy(() -> nowhere.track(Carrier.DHL, "123"))
                    .isInstanceOfSatisfying(ServiceException.class,
                            e -> assertThat(e.kind()).isEqualTo(ServiceException.Kind.UNREACHABLE));
        }
    }

    @Test
    void aCarrierWithoutConfigurationSaysSoInsteadOfCalling() {
        try (CarrierTrackers onlyDhl = CarrierTrackers.builder(new VirtualClock(REFERENCE))
                .carrier(Carrier.DHL, server.config(Carrier.DHL)).build()) {
            assertThat(onlyDhl.configuredCarriers()).containsExactly(Carrier.DHL);
            assertThatThrownBy(() -> onlyDhl.track(Carrier.ARAS, "3401223344"))
                    .isInstanceOfSatisfying(ServiceException.class, e -> {
                        assertThat(e.kind()).isEqualTo(ServiceException.Kind.UNREACHABLE);
                        assertThat(e.getMessage()).contains("Aras Kargo").contains("configured");
                    });
        }
    }

    @Test
    void anEmptyTrackingNumberIsNotSentToTheCarrier() {
        int before = server.requestCount(Carrier.YURTICI);
        assertThatThrownBy(() -> trackers.track(Carrier.YURTICI, "  "))
                .isInstanceOfSatisfying(ServiceException.class,
                        e -> assertThat(e.kind()).isEqualTo(ServiceException.Kind.NOT_FOUND));
        assertThat(server.requestCount(Carrier.YURTICI)).isEqualTo(before);
    }

    @Test
    void backoffGrowsWithEachAttemptButStaysUnderTheCap() {
        CarrierHttp http = new CarrierHttp(new okhttp3.OkHttpClient(), new CarrierHttpSettings(Duration.ofSeconds(1),
                Duration.ofSeconds(1), 5, Duration.ofMillis(100), Duration.ofMillis(350)));
        for (int i = 0; i < 50; i++) {
            assertThat(http.backoff(1, null).toMillis()).isBetween(50L, 100L);
            assertThat(http.backoff(2, null).toMillis()).isBetween(100L, 200L);
            assertThat(http.backoff(4, null).toMillis()).isBetween(175L, 350L);
            assertThat(http.backoff(1, Duration.ofSeconds(1)).toMillis()).isEqualTo(350L);
        }
    }
}
