package dev.akis.sim;

import dev.akis.commerce.CarrierTracker;
import dev.akis.commerce.ShopService;
import dev.akis.commerce.carriers.InProcessCarrierTracker;
import dev.akis.commerce.dataset.H2ParcelRecords;
import dev.akis.commerce.dataset.H2ShopService;
import dev.akis.commerce.dataset.ShopDatabase;
import dev.akis.commerce.dataset.ShopInfo;
import dev.akis.commerce.mock.Faults;
import dev.akis.engine.spi.ShopSettings;
import dev.akis.time.VirtualClock;
import java.util.List;
import java.util.Optional;

/**
 * A dataset's world without any HTTP: the shop answered straight from H2 ({@link H2ShopService}) and the
 * carriers read from the same H2 parcels ({@link InProcessCarrierTracker}), clock at the dataset's reference
 * time. What the engine benchmark measures the engine with; conversations read the same as over the loopback
 * mock servers ({@link MockCommerceEnvironment}), but nothing can be made to fail.
 */
public final class InProcessCommerceEnvironment implements CommerceEnvironment {

    private final String name;
    private final ShopDatabase database;
    private final VirtualClock clock;
    private final ShopService shop;
    private final CarrierTracker carriers;

    private InProcessCommerceEnvironment(String name, ShopDatabase database) {
        this.name = name;
        this.database = database;
        this.clock = new VirtualClock(database.referenceTime());
        this.shop = new H2ShopService(database);
        this.carriers = new InProcessCarrierTracker(new H2ParcelRecords(database), clock);
    }

    /** The shipped dataset. */
    public static InProcessCommerceEnvironment openDefault() {
        return new InProcessCommerceEnvironment(MockCommerceEnvironment.DEFAULT, ShopDatabase.openDefault());
    }

    @Override
    public String dataset() {
        return name;
    }

    @Override
    public VirtualClock clock() {
        return clock;
    }

    @Override
    public ShopService shop() {
        return shop;
    }

    @Override
    public CarrierTracker carriers() {
        return carriers;
    }

    @Override
    public ShopSettings shopSettings() {
        ShopInfo info = database.shop();
        return ShopSettings.of(info.name(), info.storefrontUrl());
    }

    public ShopDatabase database() {
        return database;
    }

    /** Nothing here goes over the network, so there is nothing to make fail. */
    @Override
    public List<String> faultableServices() {
        return List.of();
    }

    @Override
    public Optional<Faults> faults(String service) {
        return Optional.empty();
    }

    @Override
    public void close() {
        database.close();
    }
}
