package dev.akis.testing;

import dev.akis.commerce.Member;
import dev.akis.commerce.Order;
import dev.akis.commerce.Page;
import dev.akis.commerce.Product;
import dev.akis.commerce.ServiceException;
import dev.akis.commerce.ShopService;
import dev.akis.commerce.mock.Faults;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

/** A shop held in memory for tests, with the same fault switches as the mock İkas server. */
public final class InMemoryShop implements ShopService {

    private final Map<String, Member> members = new LinkedHashMap<>();
    private final Map<String, Order> orders = new LinkedHashMap<>();
    private final Map<String, Product> products = new LinkedHashMap<>();
    private final Faults faults = new Faults();
    private final AtomicInteger calls = new AtomicInteger();

    public InMemoryShop member(Member member) {
        members.put(member.id(), member);
        return this;
    }

    public InMemoryShop order(Order order) {
        orders.put(order.id(), order);
        return this;
    }

    public InMemoryShop product(Product product) {
        products.put(product.id(), product);
        return this;
    }

    public Faults faults() {
        return faults;
    }

    /** How many calls reached the shop. */
    public int calls() {
        return calls.get();
    }

    private void check() throws ServiceException {
        calls.incrementAndGet();
        FakeFaults.check(faults, "ikas");
    }

    @Override
    public Optional<Member> findMemberByEmail(String email) throws ServiceException {
        check();
        return members.values().stream().filter(m -> m.email() != null && m.email().equalsIgnoreCase(email)).findFirst();
    }

    @Override
    public Optional<Member> findMemberByPhone(String phone) throws ServiceException {
        check();
        return members.values().stream().filter(m -> phone.equals(m.phone())).findFirst();
    }

    @Override
    public Page<Order> listOrders(String memberId, int page, int limit) throws ServiceException {
        check();
        List<Order> mine = new ArrayList<>();
        for (Order order : orders.values()) {
            if (order.memberId().equals(memberId)) {
                mine.add(order);
            }
        }
        mine.sort(Comparator.comparing(Order::orderedAt).reversed());
        int from = Math.min(mine.size(), (page - 1) * limit);
        int to = Math.min(mine.size(), from + limit);
        return new Page<>(mine.subList(from, to), page, limit, mine.size(), to < mine.size());
    }

    @Override
    public Optional<Order> getOrder(String orderId) throws ServiceException {
        check();
        return Optional.ofNullable(orders.get(orderId));
    }

    @Override
    public List<Product> getProducts(List<String> productIds) throws ServiceException {
        check();
        List<Product> found = new ArrayList<>();
        for (String id : productIds) {
            Product product = products.get(id);
            if (product != null) {
                found.add(product);
            }
        }
        return found;
    }
}
