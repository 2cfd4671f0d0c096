package dev.akis.commerce.mock;

import dev.akis.commerce.dataset.DatasetReader;
import dev.akis.commerce.dataset.H2ParcelRecords;
import dev.akis.commerce.dataset.H2ShopService;
import dev.akis.commerce.dataset.ShopDatabase;
import dev.akis.commerce.dataset.ShopDataset;
import dev.akis.commerce.ikas.IkasConfig;
import dev.akis.commerce.ikas.IkasShopService;
import dev.akis.commerce.ikas.RetryPolicy;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Duration;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;

/**
 * The İkas side of the mock shop in one call: a dataset in H2, the mock İkas server reading it, and an
 * {@link IkasShopService} pointed at that server (plus the in-process {@link H2ShopService} over the same data).
 * Closing it stops the client and the server, and the database if it was opened here.
 */
public final class MockIkas implements AutoCloseable {

    /** Time-outs and retries suited to a loopback server: quick to fail, quick to retry. */
    public static final RetryPolicy LOOPBACK_RETRIES = new RetryPolicy(3, Duration.ofMillis(50), Duration.ofMillis(400),
            0.5, Duration.ofSeconds(2));

    private final ShopDatabase database;
    private final boolean ownsDatabase;
    private final MockIkasServer server;
    private final IkasShopService client;

    private MockIkas(ShopDatabase database, boolean ownsDatabase, MockIkasServer server, IkasShopService client) {
        this.database = database;
        this.ownsDatabase = ownsDatabase;
        this.server = server;
        this.client = client;
    }

    /** The default dataset, the system clock and default settings. */
    public static MockIkas start() {
        return builder().start();
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Options; anything not set has a sensible default. */
    public static final class Builder {
        private ShopDatabase database;
        private ShopDataset dataset;
        private Clock clock = Clock.systemUTC();
        private Consumer<MockIkasServer.Builder> serverOptions = options -> { };
        private UnaryOperator<IkasConfig> clientOptions = UnaryOperator.identity();

        private Builder() {
        }

        /** Serve this dataset (default: the one shipped with Akış Studio). */
        public Builder dataset(ShopDataset value) {
            this.dataset = value;
            return this;
        }

        /** Serve an already open database (it stays open when this assembly closes). */
        public Builder database(ShopDatabase value) {
            this.database = value;
            return this;
        }

        /** The clock both the server (token expiry) and the client (token renewal) follow. */
        public Builder clock(Clock value) {
            this.clock = value;
            return this;
        }

        public Builder server(Consumer<MockIkasServer.Builder> options) {
            this.serverOptions = options;
            return this;
        }

        /** Adjusts the client's configuration (time-outs, retry policy...) before it is built. */
        public Builder client(UnaryOperator<IkasConfig> options) {
            this.clientOptions = options;
            return this;
        }

        public MockIkas start() {
            boolean owns = database == null;
            ShopDatabase db = owns ? ShopDatabase.open(dataset == null ? DatasetReader.readDefault() : dataset) : database;
            MockIkasServer server;
            try {
                MockIkasServer.Builder options = MockIkasServer.builder(db).clock(clock);
                serverOptions.accept(options);
                server = options.start();
            } catch (IOException e) {
                if (owns) {
                    db.close();
                }
                throw new UncheckedIOException("Cannot start the mock İkas server", e);
            }
            IkasConfig config = clientOptions.apply(configFor(server));
            return new MockIkas(db, owns, server, new IkasShopService(config, clock));
        }
    }

    /** A client configuration for {@code server}: its URLs and credentials, loopback time-outs and retries. */
    public static IkasConfig configFor(MockIkasServer server) {
        return new IkasConfig(server.graphqlUrl(), server.tokenUrl(), server.clientId(), server.clientSecret(),
                Duration.ofSeconds(2), Duration.ofSeconds(5), LOOPBACK_RETRIES, MockIkasServer.ALTERNATIVES_ATTRIBUTE_ID);
    }

    public ShopDatabase database() {
        return database;
    }

    public MockIkasServer server() {
        return server;
    }

    /** The İkas client talking to the mock server over HTTP. */
    public IkasShopService client() {
        return client;
    }

    /** The same shop answered in process from H2, without HTTP. */
    public H2ShopService h2Shop() {
        return new H2ShopService(database);
    }

    /** The parcels of the dataset, for a mock carrier server. */
    public ParcelRecords parcels() {
        return new H2ParcelRecords(database);
    }

    @Override
    public void close() {
        client.close();
        server.close();
        if (ownsDatabase) {
            database.close();
        }
    }
}
