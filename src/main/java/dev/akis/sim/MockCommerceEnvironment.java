package dev.akis.sim;

import dev.akis.commerce.Carrier;
import dev.akis.commerce.CarrierTracker;
import dev.akis.commerce.ShopService;
import dev.akis.commerce.carriers.CarrierTrackers;
import dev.akis.commerce.dataset.DatasetException;
import dev.akis.commerce.dataset.DatasetReader;
import dev.akis.commerce.dataset.H2ParcelRecords;
import dev.akis.commerce.dataset.ShopDatabase;
import dev.akis.commerce.dataset.ShopDataset;
import dev.akis.commerce.dataset.ShopInfo;
import dev.akis.commerce.mock.Faults;
import dev.akis.commerce.mock.MockCarrierServer;
import dev.akis.commerce.mock.MockIkas;
import dev.akis.engine.spi.ShopSettings;
import dev.akis.time.VirtualClock;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The simulator's world: a dataset in H2 served by the loopback mock İkas server and the loopback mock carrier
 * server, reached through the same İkas client and carrier adapters a live deployment uses (only base URLs and
 * credentials differ). The clock starts at the dataset's reference time. Fault switches: "ikas", "carriers" (all
 * carriers at once) and each carrier's slug ("yurtici", "aras", ...).
 */
public final class MockCommerceEnvironment implements CommerceEnvironment {

    /** The dataset shipped with Akış Studio. */
    public static final String DEFAULT = CommerceEnvironments.DEFAULT_DATASET;
    public static final String ALL_CARRIERS = "carriers";

    private final String name;
    private final ShopDatabase database;
    private final VirtualClock clock;
    private final MockIkas ikas;
    private final MockCarrierServer carrierServer;
    private final CarrierTrackers carriers;

    private MockCommerceEnvironment(String name, ShopDatabase database) throws IOException {
        this.name = name;
        this.database = database;
        this.clock = new VirtualClock(database.referenceTime());
        MockIkas startedIkas = null;
        MockCarrierServer startedCarriers = null;
        try {
            startedIkas = MockIkas.builder().database(database).clock(clock).start();
            startedCarriers = MockCarrierServer.start(new H2ParcelRecords(database));
        } catch (IOException | RuntimeException e) {
            if (startedIkas != null) {
                startedIkas.close();
            }
            database.close();
            throw e;
        }
        this.ikas = startedIkas;
        this.carrierServer = startedCarriers;
        this.carriers = carrierServer.trackers(clock);
    }

    /** The shipped dataset. */
    public static MockCommerceEnvironment openDefault() throws IOException {
        return new MockCommerceEnvironment(DEFAULT, ShopDatabase.open(DatasetReader.readDefault()));
    }

    /** A dataset file of the user's; a bad file is reported with the row that is wrong. */
    public static MockCommerceEnvironment open(Path datasetFile) throws IOException, DatasetException {
        return new MockCommerceEnvironment(datasetFile.toString(), ShopDatabase.open(datasetFile));
    }

    public static MockCommerceEnvironment open(String name, ShopDataset dataset) throws IOException {
        return new MockCommerceEnvironment(name, ShopDatabase.open(dataset));
    }

    @Override
    public String dataset() {
        return name;
    }

    @Override
    public VirtualClock clock() {
        return clock;
    }

    /** The İkas client over loopback HTTP. */
    @Override
    public ShopService shop() {
        return ikas.client();
    }

    /** The carrier adapters over loopback HTTP. */
    @Override
    public CarrierTracker carriers() {
        return carriers;
    }

    @Override
    public ShopSettings shopSettings() {
        ShopInfo shop = database.shop();
        return ShopSettings.of(shop.name(), shop.storefrontUrl());
    }

    /** The H2 database behind both mock servers (the studio's data view edits it). */
    public ShopDatabase database() {
        return database;
    }

    public MockIkas ikas() {
        return ikas;
    }

    public MockCarrierServer carrierServer() {
        return carrierServer;
    }

    /** İkas, all carriers at once, then each carrier: what the loopback mock servers can be told to fail. */
    public static final List<String> FAULTABLE_SERVICES = faultable();

    private static List<String> faultable() {
        List<String> services = new ArrayList<>();
        services.add("ikas");
        services.add(ALL_CARRIERS);
        for (Carrier carrier : Carrier.values()) {
            services.add(carrier.slug());
        }
        return List.copyOf(services);
    }

    @Override
    public List<String> faultableServices() {
        return FAULTABLE_SERVICES;
    }

    @Override
    public Optional<Faults> faults(String service) {
        String key = service == null ? "" : service.strip().toLowerCase(Locale.ROOT);
        if (key.equals("ikas")) {
            return Optional.of(ikas.server().faults());
        }
        if (key.equals(ALL_CARRIERS)) {
            return Optional.of(carrierServer.faultsForAll());
        }
        return Carrier.fromSlug(key).map(carrierServer::faults);
    }

    /** Switches every fault off again. */
    public void clearFaults() {
        ikas.server().faults().clear();
        carrierServer.clearFaults();
    }

    @Override
    public void close() {
        carriers.close();
        carrierServer.close();
        ikas.close();
        database.close();
    }

    /**
     * Opens "default" (the shipped dataset) or a dataset file given by path (".json"), so scripts and the command
     * line can name their own data.
     */
    public static final class Provider implements CommerceEnvironmentProvider {

        @Override
        public List<String> datasets() {
            return List.of(DEFAULT);
        }

        @Override
        public boolean opens(String dataset) {
            return DEFAULT.equals(dataset)
                    || CommerceEnvironments.isDatasetFile(dataset) && Files.isRegularFile(Path.of(dataset));
        }

        @Override
        public CommerceEnvironment open(String dataset) throws IOException {
            if (DEFAULT.equals(dataset)) {
                return openDefault();
            }
            try {
                return MockCommerceEnvironment.open(Path.of(dataset));
            } catch (DatasetException e) {
                throw new IOException(e.getMessage(), e);
            } catch (UncheckedIOException e) {
                throw e.getCause();
            }
        }
    }
}
