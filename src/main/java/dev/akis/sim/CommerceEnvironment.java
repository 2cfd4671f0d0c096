package dev.akis.sim;

import dev.akis.commerce.CarrierTracker;
import dev.akis.commerce.ShopService;
import dev.akis.commerce.mock.Faults;
import dev.akis.engine.EngineServices;
import dev.akis.engine.spi.ShopSettings;
import dev.akis.time.VirtualClock;
import java.util.List;
import java.util.Optional;
import okhttp3.OkHttpClient;

/**
 * A world to play conversations in: a shop and carriers answering from a named dataset, a virtual clock
 * started at the dataset's reference time (so "2 days ago" in the data stays 2 days ago), the shop's settings,
 * and fault switches to try error paths. The app's implementation runs the H2 dataset behind loopback mock
 * İkas and carrier servers; tests use in-memory ones. Closing releases servers and databases.
 */
public interface CommerceEnvironment extends AutoCloseable {

    /** The dataset's name ("default"). */
    String dataset();

    /** The clock every service and the engine read; conversation scripts move it with "wait:". */
    VirtualClock clock();

    ShopService shop();

    CarrierTracker carriers();

    ShopSettings shopSettings();

    /** The client for HTTP Request blocks; null for the engine's shared default. */
    default OkHttpClient http() {
        return null;
    }

    /** Names of the services whose faults can be switched: "ikas" and carrier slugs such as "yurtici". */
    List<String> faultableServices();

    /** The fault switches of a service, or empty when there is no such service. */
    Optional<Faults> faults(String service);

    /** Who writes: "stranger", a member's e-mail, or a phone. */
    default CustomerProfile customer(String spec) throws UnknownCustomerException {
        return CustomerProfile.resolve(shop(), spec);
    }

    /** The engine's services bound to this world. */
    default EngineServices engineServices() {
        EngineServices.Builder services = EngineServices.builder()
                .shop(shop()).carriers(carriers()).clock(clock()).shopSettings(shopSettings());
        if (http() != null) {
            services.http(http());
        }
        return services.build();
    }

    @Override
    void close();
}
