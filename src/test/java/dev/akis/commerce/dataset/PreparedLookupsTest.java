package dev.akis.commerce.dataset;

import static org.assertj.core.api.Assertions.assertThat;

import dev.akis.commerce.mock.ParcelRecord;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The lookups the shop services make on every conversation turn run on prepared statements of their own; they
 * answer exactly what the general queries of the data view answer, for every member, order and parcel of the
 * shipped dataset, and keep doing so after the data is edited.
 */
class PreparedLookupsTest {

    private ShopDatabase database;

    @BeforeEach
    void open() {
        database = ShopDatabase.openDefault();
    }

    @AfterEach
    void close() {
        database.close();
    }

    @Test
    void membersByEmailAndPhoneAreFoundAsTheGeneralQueryFindsThem() {
        for (MemberSummary summary : database.members()) {
            MemberRow member = summary.member();
            MemberView general = database.findMembers(new MemberFilter(Set.of(member.id()), null, null), 1, 1, false)
                    .items().get(0);
            assertThat(database.findMember(MemberFilter.byEmail(member.email().toUpperCase()))).contains(general);
            assertThat(database.findMember(MemberFilter.byPhone(member.phone()))).contains(general);
            assertThat(general.orderCount()).isEqualTo(summary.orderCount());
        }
        assertThat(database.findMember(MemberFilter.byEmail("nobody@example.com"))).isEmpty();
    }

    @Test
    void everyOrderAndEveryPageOfAMembersOrdersReadsAsTheGeneralQueryReadsIt() {
        for (MemberSummary summary : database.members()) {
            String memberId = summary.member().id();
            List<OrderView> oldestFirst = database.findOrders(OrderFilter.byMember(memberId), false, 1, 200, false).items();
            List<OrderView> newestFirst = new ArrayList<>(oldestFirst);
            java.util.Collections.reverse(newestFirst);
            for (int limit = 1; limit <= 3; limit++) {
                for (int page = 1; page <= newestFirst.size() / limit + 1; page++) {
                    Slice<OrderView> slice = database.findOrders(OrderFilter.byMember(memberId), true, page, limit, true);
                    int from = Math.min(newestFirst.size(), (page - 1) * limit);
                    assertThat(slice.items()).as("%s page %d of %d", memberId, page, limit)
                            .isEqualTo(newestFirst.subList(from, Math.min(newestFirst.size(), from + limit)));
                    assertThat(slice.total()).isEqualTo(newestFirst.size());
                }
            }
            for (OrderView order : oldestFirst) {
                assertThat(database.findOrder(order.order().id())).contains(order);
                assertThat(database.findOrders(new OrderFilter(Set.of(order.order().id()), null, null), true, 1, 1, false)
                        .items()).containsExactly(order);
            }
        }
        assertThat(database.findOrder("o-0000")).isEmpty();
    }

    @Test
    void everyParcelReadsAsTheDatasetHoldsIt() {
        List<ParcelRecord> parcels = database.parcels();
        for (ParcelRecord parcel : parcels) {
            assertThat(database.findParcel(parcel.carrier(), parcel.trackingNumber())).contains(parcel);
        }
        assertThat(parcels).isNotEmpty();
    }

    @Test
    void anEditIsSeenByTheNextLookup() throws Exception {
        OrderView before = database.findOrder("o-1076").orElseThrow();
        database.updateOrderStatuses("o-1076", "CANCELLED", before.order().paymentStatus(), before.order().packageStatus());

        assertThat(database.findOrder("o-1076").orElseThrow().order().status()).isEqualTo("CANCELLED");
        assertThat(database.findOrders(OrderFilter.byMember("m-001"), true, 1, 5, true).items())
                .anyMatch(order -> order.order().id().equals("o-1076") && order.order().status().equals("CANCELLED"));
    }
}
