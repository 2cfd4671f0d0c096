package dev.akis.engine;

import dev.akis.commerce.CarrierTracker;
import dev.akis.commerce.Member;
import dev.akis.commerce.Order;
import dev.akis.commerce.Page;
import dev.akis.commerce.Product;
import dev.akis.commerce.ServiceException;
import dev.akis.commerce.ShopService;
import dev.akis.engine.spi.ShopSettings;
import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import okhttp3.OkHttpClient;

/**
 * What the engine talks to: the shop, the carriers, other systems over HTTP (one shared okhttp client), the
 * clock (virtual in tests and the simulator) and the shop's settings. All must be safe to use from several
 * threads; the runtime server shares one set across conversations.
 */
public record EngineServices(ShopService shop, CarrierTracker carriers, OkHttpClient http, Clock clock,
                             ShopSettings shopSettings) {

    public EngineServices {
        shop = shop == null ? NoShop.INSTANCE : shop;
        carriers = carriers == null ? NoShop.INSTANCE : carriers;
        http = http == null ? DefaultHttp.CLIENT : http;
        clock = clock == null ? Clock.systemUTC() : clock;
        shopSettings = shopSettings == null ? ShopSettings.of("", "") : shopSettings;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Builds services; anything not set is "not configured" (calls fail as unreachable) or the default. */
    public static final class Builder {
        private ShopService shop;
        private CarrierTracker carriers;
        private OkHttpClient http;
        private Clock clock;
        private ShopSettings shopSettings;

        private Builder() {
        }

        public Builder shop(ShopService value) {
            this.shop = Objects.requireNonNull(value);
            return this;
        }

        public Builder carriers(CarrierTracker value) {
            this.carriers = Objects.requireNonNull(value);
            return this;
        }

        public Builder http(OkHttpClient value) {
            this.http = Objects.requireNonNull(value);
            return this;
        }

        public Builder clock(Clock value) {
            this.clock = Objects.requireNonNull(value);
            return this;
        }

        public Builder shopSettings(ShopSettings value) {
            this.shopSettings = Objects.requireNonNull(value);
            return this;
        }

        public EngineServices build() {
            return new EngineServices(shop, carriers, http, clock, shopSettings);
        }
    }

    /** One client for the whole process, created when first needed (connection pool and threads are shared). */
    private static final class DefaultHttp {
        static final OkHttpClient CLIENT = new OkHttpClient();
    }

    /** Stands in for a shop or carriers that were not configured: every call fails as unreachable. */
    private enum NoShop implements ShopService, CarrierTracker {
        INSTANCE;

        private static ServiceException unavailable(String service) {
            return new ServiceException(service, ServiceException.Kind.UNREACHABLE, "No " + service + " is configured");
        }

        @Override
        public Optional<Member> findMemberByEmail(String email) throws ServiceException {
            throw unavailable("ikas");
        }

        @Override
        public Optional<Member> findMemberByPhone(String phone) throws ServiceException {
            throw unavailable("ikas");
        }

        @Override
        public Page<Order> listOrders(String memberId, int page, int limit) throws ServiceException {
            throw unavailable("ikas");
        }

        @Override
        public Optional<Order> getOrder(String orderId) throws ServiceException {
            throw unavailable("ikas");
        }

        @Override
        public List<Product> getProducts(List<String> productIds) throws ServiceException {
            throw unavailable("ikas");
        }

        @Override
        public dev.akis.commerce.Tracking track(dev.akis.commerce.Carrier carrier, String trackingNumber)
                throws ServiceException {
            throw unavailable("carrier");
        }
    }
}
