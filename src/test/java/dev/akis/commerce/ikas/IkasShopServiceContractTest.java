package dev.akis.commerce.ikas;

import static org.assertj.core.api.Assertions.assertThat;

import dev.akis.commerce.Member;
import dev.akis.commerce.Order;
import dev.akis.commerce.ShopService;
import dev.akis.commerce.ShopServiceContract;
import dev.akis.commerce.dataset.MemberRow;
import dev.akis.commerce.dataset.ProductRow;
import dev.akis.commerce.dataset.ShopDataset;
import dev.akis.commerce.mock.MockIkas;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The shop contract, answered by the İkas client over HTTP from the mock İkas server; and, member by member,
 * exactly the answers the in-process H2 service gives over the same data.
 */
class IkasShopServiceContractTest extends ShopServiceContract {

    private static MockIkas mock;

    @BeforeAll
    static void start() {
        mock = MockIkas.start();
    }

    @AfterAll
    static void stop() {
        mock.close();
    }

    @Override
    protected ShopService shop() {
        return mock.client();
    }

    @Test
    void everyAnswerMatchesTheInProcessServiceForSeveralMembers() throws Exception {
        ShopService ikas = mock.client();
        ShopService h2 = mock.h2Shop();
        ShopDataset data = mock.database().loaded();
        List<MemberRow> members = List.of(data.members().get(0), data.members().get(1), data.members().get(2),
                data.members().get(10), data.members().get(24), data.members().get(29), data.members().get(31));
        for (MemberRow row : members) {
            Member viaIkas = ikas.findMemberByEmail(row.email()).orElseThrow();
            assertThat(viaIkas).isEqualTo(h2.findMemberByEmail(row.email()).orElseThrow());
            assertThat(ikas.findMemberByPhone(row.phone())).contains(viaIkas);
            for (int page = 1; page <= 3; page++) {
                assertThat(ikas.listOrders(row.id(), page, 2)).as("%s page %d", row.id(), page)
                        .isEqualTo(h2.listOrders(row.id(), page, 2));
            }
            for (Order order : h2.listOrders(row.id(), 1, 200).items()) {
                assertThat(ikas.getOrder(order.id())).contains(order);
            }
        }
        List<String> allProducts = data.products().stream().map(ProductRow::id).toList();
        assertThat(ikas.getProducts(allProducts)).isEqualTo(h2.getProducts(allProducts));
    }
}
