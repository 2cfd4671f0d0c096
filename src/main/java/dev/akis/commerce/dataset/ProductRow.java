package dev.akis.commerce.dataset;

import java.util.List;

/**
 * A product of the dataset: its variant types ("Renk", "Beden"), variants with price and stock, tags (a
 * click-to-WhatsApp source tag such as "IG_Hoodie_01" among them) and the products to suggest when it is out
 * of stock.
 */
public record ProductRow(String id,
                         String name,
                         String description,
                         List<String> tags,
                         List<String> variantTypes,
                         List<VariantRow> variants,
                         List<String> alternatives) {

    public ProductRow {
        tags = tags == null ? List.of() : List.copyOf(tags);
        variantTypes = variantTypes == null ? List.of() : List.copyOf(variantTypes);
        variants = variants == null ? List.of() : List.copyOf(variants);
        alternatives = alternatives == null ? List.of() : List.copyOf(alternatives);
    }
}
