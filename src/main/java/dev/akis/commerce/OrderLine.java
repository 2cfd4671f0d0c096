package dev.akis.commerce;

/** One line of an order: a product variant, how many and at what price. */
public record OrderLine(String id,
                        String productId,
                        String variantId,
                        String name,
                        String variantDescription,
                        int quantity,
                        Money unitPrice,
                        Money finalPrice,
                        String status) {
}
