package dev.akis.commerce.carriers;

import dev.akis.commerce.Carrier;
import dev.akis.commerce.CarrierTracker;
import dev.akis.commerce.ServiceException;
import dev.akis.commerce.Tracking;
import java.time.Clock;
import java.time.DateTimeException;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import okhttp3.OkHttpClient;

/**
 * The one {@link CarrierTracker} of the app: routes each question to the adapter of the carrier, all of them
 * sharing one okhttp client (one connection pool, one set of timeouts) and one retry policy. Each carrier is
 * configured with its base URL and credentials, so pointing it at the mock or at the live service is only
 * configuration.
 */
public final class CarrierTrackers implements CarrierTracker, AutoCloseable {

    private final OkHttpClient client;
    private final Map<Carrier, CarrierAdapter> adapters;

    private CarrierTrackers(OkHttpClient client, Map<Carrier, CarrierAdapter> adapters) {
        this.client = client;
        this.adapters = adapters;
    }

    /** @param clock decides what "today" is for the derived delayed status (the simulator's virtual clock) */
    public static Builder builder(Clock clock) {
        return new Builder(clock);
    }

    @Override
    public Tracking track(Carrier carrier, String trackingNumber) throws ServiceException {
        Objects.requireNonNull(carrier, "carrier");
        String service = "carrier:" + carrier.slug();
        CarrierAdapter adapter = adapters.get(carrier);
        if (adapter == null) {
            throw new ServiceException(service, ServiceException.Kind.UNREACHABLE,
                    "No connection to " + carrier.displayName() + " is configured");
        }
        String number = trackingNumber == null ? "" : trackingNumber.trim();
        if (number.isEmpty()) {
            throw new ServiceException(service, ServiceException.Kind.NOT_FOUND,
                    "No tracking number was given for " + carrier.displayName());
        }
        try {
            return adapter.track(number);
        } catch (DateTimeException | IllegalArgumentException e) {
            // Dates or numbers in a shape the adapter does not know: the answer, not the program, is at fault.
            throw new ServiceException(service, ServiceException.Kind.BAD_RESPONSE,
                    carrier.displayName() + " answered something unreadable: " + e.getMessage(), e);
        }
    }

    public Set<Carrier> configuredCarriers() {
        return adapters.keySet();
    }

    /** Frees the shared connection pool and dispatcher threads. */
    @Override
    public void close() {
        client.dispatcher().executorService().shutdown();
        client.connectionPool().evictAll();
    }

    /** Collects the carriers' configurations, then builds the trackers over one okhttp client. */
    public static final class Builder {

        private final Clock clock;
        private final Map<Carrier, CarrierConfig> configs = new EnumMap<>(Carrier.class);
        private CarrierHttpSettings settings = CarrierHttpSettings.defaults();

        private Builder(Clock clock) {
            this.clock = Objects.requireNonNull(clock, "clock");
        }

        public Builder carrier(Carrier carrier, CarrierConfig config) {
            configs.put(Objects.requireNonNull(carrier, "carrier"), Objects.requireNonNull(config, "config"));
            return this;
        }

        public Builder settings(CarrierHttpSettings value) {
            settings = Objects.requireNonNull(value, "settings");
            return this;
        }

        public CarrierTrackers build() {
            OkHttpClient client = new OkHttpClient.Builder()
                    .connectTimeout(settings.connectTimeout())
                    .readTimeout(settings.callTimeout())
                    .callTimeout(settings.callTimeout())
                    .retryOnConnectionFailure(false) // retries are ours, counted and backed off
                    .build();
            CarrierHttp http = new CarrierHttp(client, settings);
            TrackingAssembler assembler = new TrackingAssembler(new DelayRule(clock));
            Map<Carrier, CarrierAdapter> adapters = new EnumMap<>(Carrier.class);
            configs.forEach((carrier, config) -> adapters.put(carrier, adapter(carrier, config, http, assembler)));
            return new CarrierTrackers(client, adapters);
        }

        private static CarrierAdapter adapter(Carrier carrier, CarrierConfig config, CarrierHttp http, TrackingAssembler assembler) {
            return switch (carrier) {
                case YURTICI -> new YurticiTracker(config, http, assembler);
                case ARAS -> new ArasTracker(config, http, assembler);
                case MNG -> new MngTracker(config, http, assembler);
                case PTT -> new PttTracker(config, http, assembler);
                case HEPSIJET -> new HepsiJetTracker(config, http, assembler);
                case SURAT -> new SuratTracker(config, http, assembler);
                case UPS -> new UpsTracker(config, http, assembler);
                case DHL -> new DhlTracker(config, http, assembler);
            };
        }
    }

    /**
     * Adapters that only read answers (no HTTP), for parsing recorded samples: {@code readers(clock).yurtici()}.
     */
    public static Readers readers(Clock clock) {
        return new Readers(clock);
    }

    /** Factory of offline adapters whose {@code read} methods parse recorded answers. */
    public static final class Readers {

        private final TrackingAssembler assembler;
        private final CarrierConfig none = CarrierConfig.of("http://localhost", "", "");

        private Readers(Clock clock) {
            this.assembler = new TrackingAssembler(new DelayRule(clock));
        }

        public YurticiTracker yurtici() {
            return new YurticiTracker(none, null, assembler);
        }

        public ArasTracker aras() {
            return new ArasTracker(none, null, assembler);
        }

        public MngTracker mng() {
            return new MngTracker(none, null, assembler);
        }

        public PttTracker ptt() {
            return new PttTracker(none, null, assembler);
        }

        public HepsiJetTracker hepsiJet() {
            return new HepsiJetTracker(none, null, assembler);
        }

        public SuratTracker surat() {
            return new SuratTracker(none, null, assembler);
        }

        public UpsTracker ups() {
            return new UpsTracker(none, null, assembler);
        }

        public DhlTracker dhl() {
            return new DhlTracker(none, null, assembler);
        }
    }
}
