package dev.akis.commerce.ikas;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.akis.commerce.ServiceException;
import dev.akis.commerce.ServiceException.Kind;
import dev.akis.commerce.dataset.ShopDatabase;
import dev.akis.commerce.mock.FaultMode;
import dev.akis.commerce.mock.MockIkas;
import dev.akis.commerce.mock.MockIkasServer;
import dev.akis.time.VirtualClock;
import java.net.ServerSocket;
import java.time.Duration;
import java.time.Instant;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The bot asks İkas while İkas misbehaves: tokens expire, requests are throttled, the server fails or hangs.
 * Each case ends either in the right answer after retries or in a ServiceException of the right kind, and the
 * mock server's request counts show how many calls it took.
 */
class IkasShopServiceResilienceTest {

    private static final String AYSE = "ayse.yilmaz@example.com";
    private static ShopDatabase database;
    private VirtualClock clock;
    private MockIkas mock;

    @BeforeAll
    static void openDatabase() {
        database = ShopDatabase.openDefault();
    }

    @AfterAll
    static void closeDatabase() {
        database.close();
    }

    @AfterEach
    void stop() {
        if (mock != null) {
            mock.close();
        }
    }

    private MockIkas start(Duration tokenLifetime, UnaryOperator<IkasConfig> client) {
        clock = new VirtualClock(Instant.parse("2026-11-25T09:00:00Z"));
        mock = MockIkas.builder().database(database).clock(clock)
                .server(server -> server.tokenLifetime(tokenLifetime).holdOnTimeout(Duration.ofSeconds(5)))
                .client(client).start();
        mock.server().setRetryAfterSeconds(0);
        return mock;
    }

    private MockIkas start() {
        return start(Duration.ofHours(4), UnaryOperator.identity());
    }

    private static ServiceException failure(ThrowingCall call) {
        return catchThrowableOfType(ServiceException.class, call::run);
    }

    private interface ThrowingCall {
        void run() throws Exception;
    }

    @Test
    void theTokenIsFetchedOnceAndRenewedShortlyBeforeItExpires() throws Exception {
        start(Duration.ofMinutes(10), UnaryOperator.identity());
        for (int i = 0; i < 3; i++) {
            assertThat(mock.client().findMemberByEmail(AYSE)).isPresent();
        }
        assertThat(mock.server().tokenRequests()).isEqualTo(1);

        clock.advance(Duration.ofSeconds(9 * 60 + 30));
        assertThat(mock.client().findMemberByEmail(AYSE)).isPresent();
        assertThat(mock.server().tokenRequests()).isEqualTo(2);
        // Renewed before expiry: no query was ever refused, so every query was sent exactly once.
        assertThat(mock.server().graphqlRequests()).isEqualTo(4);

        clock.advance(Duration.ofMinutes(11));
        assertThat(mock.client().findMemberByEmail(AYSE)).isPresent();
        assertThat(mock.server().tokenRequests()).isEqualTo(3);
        assertThat(mock.server().graphqlRequests()).isEqualTo(5);
    }

    @Test
    void aRevokedTokenIsReplacedOnceAndTheQuestionStillAnswered() throws Exception {
        start();
        assertThat(mock.client().findMemberByEmail(AYSE)).isPresent();
        mock.server().revokeTokens();
        assertThat(mock.client().findMemberByEmail(AYSE)).isPresent();
        assertThat(mock.server().tokenRequests()).isEqualTo(2);
        assertThat(mock.server().graphqlRequests()).isEqualTo(3);
    }

    @Test
    void loginRequiredEvenWithAFreshTokenIsAnAuthenticationFailureAfterOneRenewal() {
        start();
        mock.server().faults().setMode(FaultMode.LOGIN_REQUIRED);
        ServiceException error = failure(() -> mock.client().findMemberByEmail(AYSE));
        assertThat(error.kind()).isEqualTo(Kind.AUTHENTICATION);
        assertThat(error.service()).isEqualTo("ikas");
        assertThat(mock.server().tokenRequests()).isEqualTo(2);
        assertThat(mock.server().graphqlRequests()).isEqualTo(2);
    }

    @Test
    void wrongCredentialsAreAnAuthenticationFailureWithoutRetrying() {
        start(Duration.ofHours(4), config -> new IkasConfig(config.graphqlUrl(), config.tokenUrl(), config.clientId(),
                "not-the-secret", config.connectTimeout(), config.callTimeout(), config.retryPolicy(), null));
        assertThat(failure(() -> mock.client().findMemberByEmail(AYSE)).kind()).isEqualTo(Kind.AUTHENTICATION);
        assertThat(mock.server().tokenRequests()).isEqualTo(1);
        assertThat(mock.server().graphqlRequests()).isZero();
    }

    @Test
    void throttledTwiceThenAnsweredIsRetriedToTheAnswer() throws Exception {
        start();
        mock.client().findMemberByEmail(AYSE);
        mock.server().resetCounters();
        mock.server().failNextQueries(FaultMode.RATE_LIMITED, 2);

        assertThat(mock.client().findMemberByEmail(AYSE)).get().extracting(m -> m.firstName()).isEqualTo("Ayşe");
        assertThat(mock.server().graphqlRequests()).isEqualTo(3);
    }

    @Test
    void throttledOnEveryAttemptEndsRateLimited() throws Exception {
        start();
        mock.client().findMemberByEmail(AYSE);
        mock.server().resetCounters();
        mock.server().faults().setMode(FaultMode.RATE_LIMITED);

        assertThat(failure(() -> mock.client().listOrders("m-001", 1, 5)).kind()).isEqualTo(Kind.RATE_LIMITED);
        assertThat(mock.server().graphqlRequests()).isEqualTo(MockIkas.LOOPBACK_RETRIES.maxAttempts());
    }

    @Test
    void aRetryAfterLongerThanACustomerWouldWaitGivesUpAtOnce() throws Exception {
        start();
        mock.client().findMemberByEmail(AYSE);
        mock.server().resetCounters();
        mock.server().setRetryAfterSeconds(120);
        mock.server().failNextQueries(FaultMode.RATE_LIMITED, 1);

        ServiceException error = failure(() -> mock.client().findMemberByEmail(AYSE));
        assertThat(error.kind()).isEqualTo(Kind.RATE_LIMITED);
        assertThat(error.getMessage()).contains("120 s");
        assertThat(mock.server().graphqlRequests()).isEqualTo(1);
    }

    @Test
    void aServerErrorIsRetriedThenReportedAsServerError() throws Exception {
        start();
        mock.client().findMemberByEmail(AYSE);
        mock.server().resetCounters();
        mock.server().failNextQueries(FaultMode.SERVER_ERROR, 1);
        assertThat(mock.client().getOrder("o-1001")).isPresent();
        assertThat(mock.server().graphqlRequests()).isEqualTo(2);

        mock.server().resetCounters();
        mock.server().faults().setMode(FaultMode.SERVER_ERROR);
        assertThat(failure(() -> mock.client().getOrder("o-1001")).kind()).isEqualTo(Kind.SERVER_ERROR);
        assertThat(mock.server().graphqlRequests()).isEqualTo(3);
    }

    @Test
    void aTokenEndpointThatKeepsFailingIsAServerError() {
        start();
        mock.server().faults().setMode(FaultMode.SERVER_ERROR);
        assertThat(failure(() -> mock.client().findMemberByEmail(AYSE)).kind()).isEqualTo(Kind.SERVER_ERROR);
        assertThat(mock.server().tokenRequests()).isEqualTo(3);
        assertThat(mock.server().graphqlRequests()).isZero();
    }

    @Test
    void aHangingServerIsATimeoutWithinTheConfiguredTime() throws Exception {
        Duration timeout = Duration.ofMillis(400);
        start(Duration.ofHours(4), config -> config.withTimeouts(Duration.ofSeconds(1), timeout));
        mock.client().findMemberByEmail(AYSE);
        mock.server().resetCounters();
        mock.server().faults().setMode(FaultMode.TIMEOUT);

        long started = System.nanoTime();
        ServiceException error = failure(() -> mock.client().findMemberByEmail(AYSE));
        Duration took = Duration.ofNanos(System.nanoTime() - started);

        assertThat(error.kind()).isEqualTo(Kind.TIMEOUT);
        assertThat(took).isGreaterThanOrEqualTo(timeout.minusMillis(50)).isLessThan(timeout.plusSeconds(2));
        assertThat(mock.server().graphqlRequests()).isEqualTo(1);
    }

    @Test
    void addedLatencySlowsAnswersButBeyondTheTimeoutBecomesATimeout() throws Exception {
        start(Duration.ofHours(4), config -> config.withTimeouts(Duration.ofSeconds(1), Duration.ofMillis(600)));
        mock.server().faults().setLatency(Duration.ofMillis(100));
        assertThat(mock.client().findMemberByEmail(AYSE)).isPresent();
        mock.server().faults().setLatency(Duration.ofMillis(1500));
        assertThat(failure(() -> mock.client().findMemberByEmail(AYSE)).kind()).isEqualTo(Kind.TIMEOUT);
    }

    @Test
    void nothingListeningIsUnreachable() throws Exception {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        String base = "http://127.0.0.1:" + port;
        IkasConfig config = IkasConfig.live("id", "secret").withUrls(base + MockIkasServer.GRAPHQL_PATH,
                base + MockIkasServer.TOKEN_PATH);
        try (IkasShopService service = new IkasShopService(config)) {
            ServiceException error = failure(() -> service.findMemberByEmail(AYSE));
            assertThat(error.kind()).isEqualTo(Kind.UNREACHABLE);
        }
    }
}
