package dev.akis.commerce;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What every {@link ShopService} over the default dataset must do, whichever way it reaches the data. Each
 * implementation runs these tests through a subclass.
 */
public abstract class ShopServiceContract {

    protected abstract ShopService shop();

    @Test
    void aCustomerIsFoundByEmailWhateverTheCase() throws Exception {
        Member ayse = shop().findMemberByEmail("Ayse.Yilmaz@EXAMPLE.com").orElseThrow();
        assertThat(ayse.fullName()).isEqualTo("Ayşe Yılmaz");
        assertThat(ayse.email()).isEqualTo("ayse.yilmaz@example.com");
        assertThat(ayse.orderCount()).isEqualTo(3);
        assertThat(ayse.preferredLanguage()).isEqualTo("tr");
        assertThat(ayse.createdAt()).isNotNull();
    }

    @Test
    void aWhatsAppSenderIsFoundByPhoneHoweverTheNumberIsWritten() throws Exception {
        for (String typed : List.of("+905321456781", "0532 145 67 81", "(532) 145-6781")) {
            assertThat(shop().findMemberByPhone(typed)).as(typed).get().extracting(Member::firstName).isEqualTo("Ayşe");
        }
    }

    @Test
    void nobodyIsFoundForAnUnknownAddressOrNumber() throws Exception {
        assertThat(shop().findMemberByEmail("bilinmeyen@example.com")).isEmpty();
        assertThat(shop().findMemberByPhone("+905009998877")).isEmpty();
        assertThat(shop().findMemberByPhone("yarın ararım")).isEmpty();
    }

    @Test
    void aMembersOrdersComeNewestFirstPageByPage() throws Exception {
        Member member = shop().findMemberByEmail("mehmetkaya81@example.org").orElseThrow();
        List<Order> all = new ArrayList<>();
        Page<Order> page;
        int number = 1;
        do {
            page = shop().listOrders(member.id(), number, 2);
            assertThat(page.page()).isEqualTo(number);
            assertThat(page.limit()).isEqualTo(2);
            assertThat(page.count()).isEqualTo(member.orderCount());
            all.addAll(page.items());
            number++;
        } while (page.hasNext());
        assertThat(all).hasSize(member.orderCount()).allMatch(o -> o.memberId().equals(member.id()));
        assertThat(all).extracting(Order::orderedAt).isSortedAccordingTo(Comparator.reverseOrder());
        assertThat(shop().listOrders(member.id(), 1, 200).hasNext()).isFalse();
    }

    @Test
    void aMemberWithoutOrdersHasAnEmptyFirstPage() throws Exception {
        Member nur = shop().findMemberByPhone("+905427730158").orElseThrow();
        Page<Order> page = shop().listOrders(nur.id(), 1, 10);
        assertThat(page.items()).isEmpty();
        assertThat(page.count()).isZero();
        assertThat(page.hasNext()).isFalse();
    }

    @Test
    void anOrderHasItsLinesPackagesTrackingAndTotal() throws Exception {
        Member ayse = shop().findMemberByEmail("ayse.yilmaz@example.com").orElseThrow();
        Order newest = shop().listOrders(ayse.id(), 1, 1).items().get(0);
        Order order = shop().getOrder(newest.id()).orElseThrow();
        assertThat(order).isEqualTo(newest);
        assertThat(order.packages()).singleElement().satisfies(p -> {
            assertThat(p.carrierCode()).isEqualTo(Carrier.YURTICI.code());
            assertThat(Carrier.recognise(p.carrierName())).contains(Carrier.YURTICI);
            assertThat(p.hasTracking()).isTrue();
            assertThat(p.trackingLink()).contains(p.trackingNumber());
        });
        Money sum = order.lines().stream().map(OrderLine::finalPrice)
                .reduce((a, b) -> new Money(a.amount().add(b.amount()), a.currency())).orElseThrow();
        assertThat(order.total().amount()).isGreaterThanOrEqualTo(sum.amount());
        assertThat(order.total().currency()).isEqualTo("TRY");
        assertThat(shop().getOrder("no-such-order")).isEmpty();
    }

    @Test
    void cashOnDeliveryAndCancelledOrdersSayWhatTheyAre() throws Exception {
        Member mehmet = shop().findMemberByEmail("mehmetkaya81@example.org").orElseThrow();
        List<Order> orders = shop().listOrders(mehmet.id(), 1, 50).items();
        assertThat(orders).anyMatch(Order::isCashOnDelivery);
        Member mustafa = shop().findMemberByPhone("+905357745512").orElseThrow();
        assertThat(shop().listOrders(mustafa.id(), 1, 10).items()).singleElement()
                .satisfies(o -> assertThat(o.isCancelled()).isTrue());
    }

    @Test
    void productsComeInTheAskedOrderWithVariantsStockAndAlternatives() throws Exception {
        List<Product> products = shop().getProducts(List.of("p-coat-wool", "p-nope", "p-hoodie-oversize", "p-socks-3pack"));
        assertThat(products).extracting(Product::id).containsExactly("p-coat-wool", "p-hoodie-oversize", "p-socks-3pack");
        assertThat(products.get(0).inStock()).isFalse();
        assertThat(products.get(0).alternativeProductIds()).containsExactly("p-puffer", "p-trench");
        assertThat(products.get(1).variants()).hasSize(12).anyMatch(v -> v.name().equals("Bej / XL") && !v.inStock());
        assertThat(products.get(2).variants()).singleElement().satisfies(v -> assertThat(v.name()).isEmpty());
        assertThat(shop().getProducts(List.of())).isEmpty();
    }

    @Test
    void pagesOutsideIkasLimitsAreRefused() {
        assertThatThrownBy(() -> shop().listOrders("m-001", 0, 10)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> shop().listOrders("m-001", 1, 201)).isInstanceOf(IllegalArgumentException.class);
    }
}
