package dev.akis.commerce;

import java.util.List;

/**
 * A product the bot can offer, with its variants and stock. {@code alternativeProductIds} are what to suggest
 * when every variant is out of stock.
 */
public record Product(String id,
                      String name,
                      String description,
                      String imageUrl,
                      List<Variant> variants,
                      List<String> alternativeProductIds) {

    public Product {
        variants = variants == null ? List.of() : List.copyOf(variants);
        alternativeProductIds = alternativeProductIds == null ? List.of() : List.copyOf(alternativeProductIds);
    }

    public boolean inStock() {
        return variants.stream().anyMatch(Variant::inStock);
    }

    /** A sellable variant: its values ("Beden: M", "Renk: Siyah"), price and stock. */
    public record Variant(String id, String name, String sku, Money price, int stock) {

        public boolean inStock() {
            return stock > 0;
        }
    }
}
