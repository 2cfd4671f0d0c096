package dev.akis.testing;

import dev.akis.sim.CommerceEnvironment;
import dev.akis.sim.CommerceEnvironmentProvider;
import java.util.List;

/** Registers the test dataset "test-shop" with the simulator and the command line during tests. */
public final class InMemoryEnvironmentProvider implements CommerceEnvironmentProvider {

    @Override
    public List<String> datasets() {
        return List.of(InMemoryEnvironment.DATASET);
    }

    @Override
    public CommerceEnvironment open(String dataset) {
        return new InMemoryEnvironment();
    }
}
