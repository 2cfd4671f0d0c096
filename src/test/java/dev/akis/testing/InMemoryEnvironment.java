package dev.akis.testing;

import dev.akis.commerce.Carrier;
import dev.akis.commerce.CarrierTracker;
import dev.akis.commerce.ShopService;
import dev.akis.commerce.mock.Faults;
import dev.akis.engine.spi.ShopSettings;
import dev.akis.sim.CommerceEnvironment;
import dev.akis.time.VirtualClock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The test dataset ({@link ShopFixtures}) as a commerce environment, clock at {@link ShopFixtures#NOW}. */
public final class InMemoryEnvironment implements CommerceEnvironment {

    public static final String DATASET = "test-shop";

    private final InMemoryShop shop = ShopFixtures.shop();
    private final InMemoryCarriers carriers = ShopFixtures.carriers();
    private final VirtualClock clock = new VirtualClock(ShopFixtures.NOW);

    @Override
    public String dataset() {
        return DATASET;
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
        return ShopSettings.of("Akış Moda", "https://akismoda.myikas.com");
    }

    @Override
    public List<String> faultableServices() {
        List<String> services = new ArrayList<>();
        services.add("ikas");
        for (Carrier carrier : Carrier.values()) {
            services.add(carrier.slug());
        }
        return services;
    }

    @Override
    public Optional<Faults> faults(String service) {
        if (service.equals("ikas")) {
            return Optional.of(shop.faults());
        }
        for (Carrier carrier : Carrier.values()) {
            if (carrier.slug().equals(service)) {
                return Optional.of(carriers.faults(carrier));
            }
        }
        return Optional.empty();
    }

    @Override
    public void close() {
        // memory only
    }
}
