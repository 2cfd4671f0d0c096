package dev.akis.commerce.mock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.akis.commerce.Carrier;
import dev.akis.commerce.carriers.CarrierAdapter;
import dev.akis.commerce.carriers.CarrierConfig;
import dev.akis.commerce.carriers.CarrierDataset;
import dev.akis.commerce.carriers.CarrierTrackers;
import dev.akis.time.VirtualClock;
import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import org.junit.jupiter.api.Test;

/** The mock carrier server as the simulator and tests use it: one call to start, count, fault, close. */
class MockCarrierServerTest {

    private final OkHttpClient client = new OkHttpClient.Builder().callTimeout(Duration.ofSeconds(5)).build();

    @Test
    void oneCallGivesTrackersForAllEightCarriersAndEachCallIsCounted() throws Exception {
        try (MockCarrierServer server = MockCarrierServer.start(CarrierDataset.records());
             CarrierTrackers trackers = server.trackers(new VirtualClock(CarrierDataset.REFERENCE))) {
            assertThat(trackers.configuredCarriers()).containsExactlyInAnyOrder(Carrier.values());

            trackers.track(Carrier.DHL, CarrierDataset.DHL_OUT_FOR_DELIVERY);
            trackers.track(Carrier.DHL, CarrierDataset.DHL_OUT_FOR_DELIVERY);
            trackers.track(Carrier.PTT, CarrierDataset.PTT_DELIVERED);

            assertThat(server.requestCount(Carrier.DHL)).isEqualTo(2);
            assertThat(server.requestCount(Carrier.PTT)).isEqualTo(1);
            assertThat(server.requestCount(Carrier.YURTICI)).isZero();
            server.resetRequestCounts();
            assertThat(server.requestCount(Carrier.DHL)).isZero();
        }
    }

    @Test
    void eachCarrierLivesUnderItsSlugOnLoopbackWithItsOwnCredentials() throws Exception {
        try (MockCarrierServer server = MockCarrierServer.start(CarrierDataset.records())) {
            CarrierConfig aras = server.config(Carrier.ARAS);
            assertThat(aras.baseUrl()).startsWith("http://127.0.0.1:").endsWith("/aras");
            assertThat(aras.user()).isEqualTo(server.credentials(Carrier.ARAS).user());
            assertThat(aras.account()).isNotEmpty();
            assertThat(aras.toString()).doesNotContain(aras.secret());
        }
    }

    @Test
    void pathsNoCarrierServesAreNotFound() throws Exception {
        try (MockCarrierServer server = MockCarrierServer.start(CarrierDataset.records())) {
            assertThat(status(server.uri() + "/fedex/track")).isEqualTo(404);
            assertThat(status(server.baseUrl(Carrier.UPS) + "/api/unknown")).isEqualTo(404);
            assertThat(server.requestCount(Carrier.UPS)).isEqualTo(1);
        }
    }

    @Test
    void theMockAnswersWithTheCarriersOwnShapeAndNoMockOnlyHeaders() throws Exception {
        try (MockCarrierServer server = MockCarrierServer.start(CarrierDataset.records())) {
            Request request = new Request.Builder()
                    .url(server.baseUrl(Carrier.DHL) + "/track/shipments?trackingNumber=" + CarrierDataset.DHL_OUT_FOR_DELIVERY)
                    .header("DHL-API-Key", server.credentials(Carrier.DHL).secret())
                    .build();
            try (Response response = client.newCall(request).execute()) {
                assertThat(response.code()).isEqualTo(200);
                assertThat(response.headers().names()).noneMatch(name -> name.toLowerCase(java.util.Locale.ROOT)
                        .startsWith("x-akis"));
                assertThat(response.body().string()).contains("\"estimatedTimeOfDelivery\":\"2026-11-26T18:00:00+03:00\"");
            }
        }
    }

    @Test
    void closingReleasesARequestHeldByATimeoutAndThePort() throws Exception {
        MockCarrierServer server = MockCarrierServer.start(CarrierDataset.records());
        String url = server.baseUrl(Carrier.DHL) + "/track/shipments?trackingNumber=x";
        server.faults(Carrier.DHL).setMode(FaultMode.TIMEOUT);
        OkHttpClient patient = new OkHttpClient.Builder().callTimeout(Duration.ofSeconds(30)).build();
        long start = System.nanoTime();
        Thread closer = new Thread(() -> {
            sleep(300);
            server.close();
        });
        closer.start();

        assertThatThrownBy(() -> patient.newCall(new Request.Builder().url(url).build()).execute().close())
                .isInstanceOf(IOException.class);

        assertThat(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start)).isLessThan(5_000);
        closer.join();
        assertThatThrownBy(() -> status(url)).isInstanceOf(IOException.class);
    }

    private int status(String url) throws IOException {
        try (Response response = client.newCall(new Request.Builder().url(url).build()).execute()) {
            return response.code();
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
