package dev.akis.sim;

import java.io.IOException;
import java.util.List;

/**
 * Opens commerce environments by dataset name. Implementations are found with {@link java.util.ServiceLoader}
 * ({@code META-INF/services/dev.akis.sim.CommerceEnvironmentProvider}), so the mock-backed environment (H2
 * dataset, loopback mock servers) plugs in without the simulator or the command line knowing it.
 */
public interface CommerceEnvironmentProvider {

    /** The datasets this provider offers by name. */
    List<String> datasets();

    /** True when this provider can open {@code dataset}: one of its names, or e.g. a dataset file it reads. */
    default boolean opens(String dataset) {
        return datasets().contains(dataset);
    }

    CommerceEnvironment open(String dataset) throws IOException;
}
