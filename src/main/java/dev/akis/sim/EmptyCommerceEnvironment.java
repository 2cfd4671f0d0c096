package dev.akis.sim;

import dev.akis.commerce.Carrier;
import dev.akis.commerce.CarrierTracker;
import dev.akis.commerce.Member;
import dev.akis.commerce.Order;
import dev.akis.commerce.Page;
import dev.akis.commerce.Product;
import dev.akis.commerce.ServiceException;
import dev.akis.commerce.ShopService;
import dev.akis.commerce.Tracking;
import dev.akis.commerce.mock.FaultMode;
import dev.akis.commerce.mock.Faults;
import dev.akis.engine.spi.ShopSettings;
import dev.akis.time.VirtualClock;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;

/**
 * The dataset "empty": a shop with nobody and nothing in it and carriers that know no parcel, with working fault
 * switches. Lets flows that need no shop data (FAQ, hand-off, HTTP integrations) be simulated anywhere; its
 * clock starts at the current minute.
 */
public final class EmptyCommerceEnvironment implements CommerceEnvironment, ShopService, CarrierTracker {

    public static final String NAME = "empty";

    static final CommerceEnvironmentProvider PROVIDER = new CommerceEnvironmentProvider() {
        @Override
        public List<String> datasets() {
            return List.of(NAME);
        }

        @Override
        public CommerceEnvironment open(String dataset) {
            return new EmptyCommerceEnvironment(Clock.systemUTC().instant().truncatedTo(ChronoUnit.MINUTES));
        }
    };

    private final VirtualClock clock;
    private final Faults shopFaults = new Faults();
    private final Faults carrierFaults = new Faults();

    public EmptyCommerceEnvironment(Instant start) {
        this.clock = new VirtualClock(start);
    }

    @Override
    public String dataset() {
        return NAME;
    }

    @Override
    public VirtualClock clock() {
        return clock;
    }

    @Override
    public ShopService shop() {
        return this;
    }

    @Override
    public CarrierTracker carriers() {
        return this;
    }

    @Override
    public ShopSettings shopSettings() {
        return ShopSettings.of("Akış Demo", "https://demo.myikas.com");
    }

    @Override
    public List<String> faultableServices() {
        return List.of("ikas", "carriers");
    }

    @Override
    public Optional<Faults> faults(String service) {
        return switch (service) {
            case "ikas" -> Optional.of(shopFaults);
            case "carriers" -> Optional.of(carrierFaults);
            default -> Optional.empty();
        };
    }

    private static void check(Faults faults, String service) throws ServiceException {
        FaultMode mode = faults.mode();
        if (mode == FaultMode.NONE) {
            return;
        }
        ServiceException.Kind kind = switch (mode) {
            case TIMEOUT -> ServiceException.Kind.TIMEOUT;
            case RATE_LIMITED -> ServiceException.Kind.RATE_LIMITED;
            case LOGIN_REQUIRED -> ServiceException.Kind.AUTHENTICATION;
            default -> ServiceException.Kind.SERVER_ERROR;
        };
        throw new ServiceException(service, kind, "Fault switched on: " + mode);
    }

    @Override
    public Optional<Member> findMemberByEmail(String email) throws ServiceException {
        check(shopFaults, "ikas");
        return Optional.empty();
    }

    @Override
    public Optional<Member> findMemberByPhone(String phone) throws ServiceException {
        check(shopFaults, "ikas");
        return Optional.empty();
    }

    @Override
    public Page<Order> listOrders(String memberId, int page, int limit) throws ServiceException {
        check(shopFaults, "ikas");
        return new Page<>(List.of(), page, limit, 0, false);
    }

    @Override
    public Optional<Order> getOrder(String orderId) throws ServiceException {
        check(shopFaults, "ikas");
        return Optional.empty();
    }

    @Override
    public List<Product> getProducts(List<String> productIds) throws ServiceException {
        check(shopFaults, "ikas");
        return List.of();
    }

    @Override
    public Tracking track(Carrier carrier, String trackingNumber) throws ServiceException {
        check(carrierFaults, "carrier:" + carrier.slug());
        throw new ServiceException("carrier:" + carrier.slug(), ServiceException.Kind.NOT_FOUND,
                "No parcel " + trackingNumber);
    }

    @Override
    public void close() {
        // Nothing to release: no servers, no database.
    }
}
