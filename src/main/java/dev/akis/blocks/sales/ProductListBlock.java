package dev.akis.blocks.sales;

import dev.akis.blocks.BlockCategory;
import dev.akis.blocks.BlockType;
import dev.akis.blocks.FieldSpec;
import dev.akis.blocks.FieldType;
import dev.akis.blocks.PortSpec;
import dev.akis.blocks.ProvidedProperty;
import dev.akis.flow.Block;
import dev.akis.flow.PropertyType;
import java.util.List;
import java.util.Locale;

/**
 * Shows 3 to 6 curated products with price and stock, lets the customer pick one and, when it has several
 * variants, the variant. A product that is out of stock is answered with its in-stock alternatives. Fills
 * {@code cart.*}.
 */
public final class ProductListBlock extends BlockType {

    public static final String ID = "productList";
    public static final String SELECTED = "selected";
    public static final String ERROR = "error";

    private static final List<FieldSpec> FIELDS = List.of(
            FieldSpec.message("prompt").required().build(),
            FieldSpec.builder("products", FieldType.PRODUCT_IDS).required().items(3, 6).build(),
            FieldSpec.buttonTitle("listButton").build(),
            FieldSpec.message("variantPrompt").build(),
            FieldSpec.message("outOfStockMessage").build(),
            FieldSpec.builder("quantity", FieldType.INTEGER).defaultValue(1).range(1, 99).build());

    private static final List<PortSpec> PORTS = List.of(PortSpec.required(SELECTED), PortSpec.errorPort());

    private static final List<ProvidedProperty> PROVIDED = List.of(
            new ProvidedProperty("cart.productId", PropertyType.TEXT),
            new ProvidedProperty("cart.productName", PropertyType.TEXT),
            new ProvidedProperty("cart.variantId", PropertyType.TEXT),
            new ProvidedProperty("cart.variantName", PropertyType.TEXT),
            new ProvidedProperty("cart.quantity", PropertyType.NUMBER),
            new ProvidedProperty("cart.unitPrice", PropertyType.MONEY),
            new ProvidedProperty("cart.total", PropertyType.MONEY),
            new ProvidedProperty("cart.totalAmount", PropertyType.NUMBER),
            new ProvidedProperty("cart.summary", PropertyType.TEXT));

    public ProductListBlock() {
        super(ID, BlockCategory.SALES, "mdi2s-shopping-outline");
    }

    @Override
    public List<FieldSpec> fields() {
        return FIELDS;
    }

    @Override
    protected List<PortSpec> staticPorts() {
        return PORTS;
    }

    @Override
    public List<ProvidedProperty> providedProperties(Block block) {
        return PROVIDED;
    }

    @Override
    public boolean waitsForCustomer(Block block) {
        return true;
    }

    @Override
    public String summary(Block block, Locale uiLocale, String contentLanguage) {
        return TEXTS.get(uiLocale, "block.productList.summary", list(block, "products").size());
    }
}
