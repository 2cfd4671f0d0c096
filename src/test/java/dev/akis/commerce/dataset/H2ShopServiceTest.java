package dev.akis.commerce.dataset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.akis.commerce.Member;
import dev.akis.commerce.Order;
import dev.akis.commerce.Page;
import dev.akis.commerce.Product;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The bot asks the shop about a customer, straight from the H2 dataset. */
class H2ShopServiceTest {

    private static ShopDatabase database;
    private static H2ShopService shop;

    @BeforeAll
    static void open() {
        database = ShopDatabase.openDefault();
        shop = new H2ShopService(database);
    }

    @AfterAll
    static void close() {
        database.close();
    }

    @Test
    void aCustomerTypingHerEmailInCapitalsIsFound() {
        Member ayse = shop.findMemberByEmail("  AYSE.Yilmaz@Example.com ").orElseThrow();
        assertThat(ayse.fullName()).isEqualTo("Ayşe Yılmaz");
        assertThat(ayse.orderCount()).isEqualTo(3);
        assertThat(ayse.phone()).isEqualTo("+905321456781");
    }

    @Test
    void aCustomerWritingFromWhatsAppIsFoundByPhoneHoweverItIsWritten() {
        assertThat(shop.findMemberByPhone("+905321456781")).get().extracting(Member::firstName).isEqualTo("Ayşe");
        assertThat(shop.findMemberByPhone("0532 145 67 81")).get().extracting(Member::firstName).isEqualTo("Ayşe");
        assertThat(shop.findMemberByPhone("905321456781")).get().extracting(Member::firstName).isEqualTo("Ayşe");
        assertThat(shop.findMemberByPhone("+4915112345678")).get().extracting(Member::firstName).isEqualTo("Lukas");
    }

    @Test
    void aStrangerIsNotFound() {
        assertThat(shop.findMemberByEmail("kimse@example.com")).isEmpty();
        assertThat(shop.findMemberByPhone("+905000000000")).isEmpty();
        assertThat(shop.findMemberByPhone("not a phone")).isEmpty();
        assertThat(shop.findMemberByEmail("")).isEmpty();
    }

    @Test
    void ordersComeNewestFirstAPageAtATime() {
        Member member = shop.findMemberByEmail("mehmetkaya81@example.org").orElseThrow();
        assertThat(member.orderCount()).isGreaterThanOrEqualTo(4);
        List<Order> all = new ArrayList<>();
        int page = 1;
        Page<Order> current;
        do {
            current = shop.listOrders(member.id(), page++, 2);
            assertThat(current.items()).hasSizeLessThanOrEqualTo(2);
            assertThat(current.count()).isEqualTo(member.orderCount());
            all.addAll(current.items());
        } while (current.hasNext());
        assertThat(all).hasSize(member.orderCount());
        assertThat(all).extracting(Order::orderedAt).isSortedAccordingTo(java.util.Comparator.reverseOrder());
        assertThat(all).allMatch(o -> o.memberId().equals(member.id()));
        Page<Order> beyond = shop.listOrders(member.id(), page + 5, 2);
        assertThat(beyond.items()).isEmpty();
        assertThat(beyond.hasNext()).isFalse();
    }

    @Test
    void anOrderComesWithItsLinesPackagesAndTotal() {
        Order order = shop.getOrder("o-1001").orElseThrow();
        assertThat(order.orderNumber()).isEqualTo("1001");
        assertThat(order.lines()).isNotEmpty().allSatisfy(line -> {
            assertThat(line.name()).isNotBlank();
            assertThat(line.productId()).startsWith("p-");
        });
        assertThat(order.packages()).isNotEmpty();
        BigDecimal lines = order.lines().stream().map(l -> l.finalPrice().amount()).reduce(BigDecimal.ZERO, BigDecimal::add);
        OrderRow row = database.loaded().orders().get(0);
        assertThat(order.total().amount()).isEqualByComparingTo(lines.add(row.shippingPrice()));
        assertThat(order.total().currency()).isEqualTo("TRY");
        assertThat(shop.getOrder("o-0")).isEmpty();
    }

    @Test
    void aSplitShipmentListsEachPackageWithItsCarrierAndLines() {
        Order split = database.loaded().orders().stream().filter(o -> o.packages().size() == 3)
                .map(o -> shop.getOrder(o.id()).orElseThrow()).findFirst().orElseThrow();
        assertThat(split.packages()).hasSize(3).allSatisfy(p -> {
            assertThat(p.lineIds()).isNotEmpty();
            assertThat(p.packageNumber()).startsWith(split.orderNumber() + "-");
        });
        assertThat(split.packages().stream().flatMap(p -> p.lineIds().stream()))
                .containsExactlyInAnyOrderElementsOf(split.lines().stream().map(l -> l.id()).toList());
    }

    @Test
    void productsComeInTheOrderAskedWithStockAndAlternatives() {
        List<Product> products = shop.getProducts(List.of("p-coat-wool", "p-unknown", "p-hoodie-oversize"));
        assertThat(products).extracting(Product::id).containsExactly("p-coat-wool", "p-hoodie-oversize");
        Product coat = products.get(0);
        assertThat(coat.inStock()).isFalse();
        assertThat(coat.alternativeProductIds()).containsExactly("p-puffer", "p-trench");
        Product hoodie = products.get(1);
        assertThat(hoodie.variants()).anyMatch(v -> v.name().equals("Siyah / S") && !v.inStock());
        assertThat(hoodie.variants()).anyMatch(v -> v.name().equals("Siyah / M") && v.stock() == 14);
        assertThat(hoodie.variants().get(0).price().format("tr")).isEqualTo("899,90 TL");
    }

    @Test
    void pagesFollowIkasLimits() {
        assertThatThrownBy(() -> shop.listOrders("m-001", 0, 10)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> shop.listOrders("m-001", 1, 201)).isInstanceOf(IllegalArgumentException.class);
        assertThat(shop.listOrders("m-001", 1, 200).count()).isEqualTo(3);
    }
}
