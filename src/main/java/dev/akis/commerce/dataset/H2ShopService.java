package dev.akis.commerce.dataset;

import dev.akis.commerce.Member;
import dev.akis.commerce.Money;
import dev.akis.commerce.Order;
import dev.akis.commerce.OrderLine;
import dev.akis.commerce.OrderPackage;
import dev.akis.commerce.Page;
import dev.akis.commerce.PhoneNumbers;
import dev.akis.commerce.Product;
import dev.akis.commerce.ShopService;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The shop answered straight from the H2 dataset, in process: what the engine and its benchmark use when no
 * İkas server is involved. Gives the same answers as the İkas client talking to the mock İkas server over the
 * same data (a contract test holds both to it). Page limits follow İkas: 1 to 200.
 */
public final class H2ShopService implements ShopService {

    /** İkas' largest page. */
    public static final int MAX_LIMIT = 200;

    private final ShopDatabase database;

    public H2ShopService(ShopDatabase database) {
        this.database = database;
    }

    @Override
    public Optional<Member> findMemberByEmail(String email) {
        if (email == null || email.isBlank()) {
            return Optional.empty();
        }
        return database.findMember(MemberFilter.byEmail(email.strip())).map(this::member);
    }

    @Override
    public Optional<Member> findMemberByPhone(String phone) {
        return PhoneNumbers.toE164(phone).flatMap(e164 -> database.findMember(MemberFilter.byPhone(e164)))
                .map(this::member);
    }

    @Override
    public Page<Order> listOrders(String memberId, int page, int limit) {
        checkPaging(page, limit);
        Slice<OrderView> slice = database.findOrders(OrderFilter.byMember(memberId), true, page, limit, true);
        List<Order> orders = new ArrayList<>(slice.items().size());
        for (OrderView view : slice.items()) {
            orders.add(order(view));
        }
        return new Page<>(orders, page, limit, slice.total(), (long) page * limit < slice.total());
    }

    @Override
    public Optional<Order> getOrder(String orderId) {
        if (orderId == null || orderId.isBlank()) {
            return Optional.empty();
        }
        return database.findOrder(orderId).map(this::order);
    }

    @Override
    public List<Product> getProducts(List<String> productIds) {
        return database.findProducts(productIds).stream().map(this::product).toList();
    }

    /** Page numbers start at 1; a page holds 1 to 200 rows, as in İkas. */
    public static void checkPaging(int page, int limit) {
        if (page < 1) {
            throw new IllegalArgumentException("Pages start at 1, not " + page);
        }
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new IllegalArgumentException("A page holds 1 to " + MAX_LIMIT + " rows, not " + limit);
        }
    }

    private Member member(MemberView view) {
        MemberRow m = view.member();
        return new Member(m.id(), m.firstName(), m.lastName(), m.email(), m.phone(), m.preferredLanguage(),
                view.orderCount(), m.createdAt());
    }

    private Order order(OrderView view) {
        OrderRow o = view.order();
        String currency = database.shop().currency();
        // Plain loops: orders are converted on every shop call of a conversation turn.
        List<OrderLine> lines = new ArrayList<>(view.lines().size());
        for (LineView l : view.lines()) {
            lines.add(new OrderLine(l.line().id(), l.productId(), l.line().variantId(), l.productName(),
                    l.variantName().isEmpty() ? null : l.variantName(), l.line().quantity(),
                    money(l.line().unitPrice(), currency), money(l.line().finalPrice(), currency), l.line().status()));
        }
        List<OrderPackage> packages = new ArrayList<>(o.packages().size());
        for (PackageRow p : o.packages()) {
            packages.add(new OrderPackage(p.id(), p.number(), p.lineIds(), p.fulfillStatus(), p.cargoCompany(),
                    p.carrier() == null ? null : p.carrier().code(), p.trackingNumber(), p.trackingLink()));
        }
        return new Order(o.id(), o.orderNumber(), o.memberId(), o.orderedAt(), o.status(), o.paymentStatus(),
                o.packageStatus(), o.paymentMethod(), money(o.total(), currency), o.shippingCity(), lines, packages);
    }

    private Product product(ProductRow p) {
        String currency = database.shop().currency();
        List<Product.Variant> variants = p.variants().stream().map(v -> new Product.Variant(v.id(), v.name(), v.sku(),
                money(v.price(), currency), v.stock())).toList();
        return new Product(p.id(), p.name(), p.description(), null, variants, p.alternatives());
    }

    private static Money money(BigDecimal amount, String currency) {
        return new Money(amount.setScale(2, java.math.RoundingMode.HALF_UP), currency);
    }
}
