package dev.akis.commerce.dataset;

import java.math.BigDecimal;

/**
 * One sellable variant of a product. {@code name} holds the variant values in the order of the product's
 * variant types, separated by " / " ("Siyah / M"); it is empty for a product without variant types.
 */
public record VariantRow(String id, String name, String sku, BigDecimal price, int stock) {
}
