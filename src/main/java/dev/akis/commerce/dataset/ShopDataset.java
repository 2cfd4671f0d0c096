package dev.akis.commerce.dataset;

import dev.akis.commerce.mock.ParcelRecord;
import java.time.Instant;
import java.util.List;

/**
 * A whole mock shop: members, products, orders with packages, and the carriers' raw tracking histories. All
 * dates are written around {@code referenceTime}, where the simulator's virtual clock starts, so derived
 * states such as "delayed" are the same on every run. Immutable; rows keep the order of the file.
 */
public record ShopDataset(Instant referenceTime,
                          ShopInfo shop,
                          List<MemberRow> members,
                          List<ProductRow> products,
                          List<OrderRow> orders,
                          List<ParcelRecord> parcels) {

    public ShopDataset {
        members = List.copyOf(members);
        products = List.copyOf(products);
        orders = List.copyOf(orders);
        parcels = List.copyOf(parcels);
    }
}
