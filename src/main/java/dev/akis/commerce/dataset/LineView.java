package dev.akis.commerce.dataset;

import java.util.List;

/**
 * An order line with what the shop shows about its variant: the product it belongs to, the product's name and
 * variant types, and the variant's name and SKU.
 */
public record LineView(LineRow line, String productId, String productName, List<String> variantTypes,
                       String variantName, String sku) {

    public LineView {
        variantTypes = List.copyOf(variantTypes);
    }
}
