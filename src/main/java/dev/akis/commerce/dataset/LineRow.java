package dev.akis.commerce.dataset;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * One order line: which variant, how many, the unit price and the discount on the whole line. Its status is
 * İkas' OrderLineItemStatusEnum.
 */
public record LineRow(String id, String variantId, int quantity, BigDecimal unitPrice, BigDecimal discount, String status) {

    /**
     * The price of one unit after the discount, to the cent. İkas reports line prices per unit, so the line's
     * total is computed from this rounded unit price: every service then agrees on it to the cent.
     */
    public BigDecimal finalUnitPrice() {
        BigDecimal gross = unitPrice.multiply(BigDecimal.valueOf(quantity));
        return gross.subtract(discount).divide(BigDecimal.valueOf(quantity), 2, RoundingMode.HALF_UP);
    }

    /** What the customer pays for this line. */
    public BigDecimal finalPrice() {
        return finalUnitPrice().multiply(BigDecimal.valueOf(quantity));
    }
}
