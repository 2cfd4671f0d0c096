package dev.akis.commerce.dataset;

import java.math.BigDecimal;

/**
 * One order line: which variant, how many, the unit price paid and the discount on the whole line. Its status
 * is İkas' OrderLineItemStatusEnum.
 */
public record LineRow(String id, String variantId, int quantity, BigDecimal unitPrice, BigDecimal discount, String status) {

    /** What the customer pays for this line. */
    public BigDecimal finalPrice() {
        return unitPrice.multiply(BigDecimal.valueOf(quantity)).subtract(discount);
    }
}
