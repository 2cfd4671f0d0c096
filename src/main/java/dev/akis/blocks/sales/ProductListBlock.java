package dev.akis.blocks.sales;

import com.fasterxml.jackson.databind.JsonNode;
import dev.akis.blocks.BlockCategory;
import dev.akis.blocks.BlockType;
import dev.akis.blocks.FieldSpec;
import dev.akis.blocks.FieldType;
import dev.akis.blocks.Offers;
import dev.akis.blocks.PortSpec;
import dev.akis.blocks.ProvidedProperty;
import dev.akis.commerce.Money;
import dev.akis.commerce.Product;
import dev.akis.commerce.ServiceException;
import dev.akis.engine.message.InboundEvent;
import dev.akis.engine.message.ProductCardsMessage;
import dev.akis.engine.message.TextMessage;
import dev.akis.engine.spi.BlockContext;
import dev.akis.engine.spi.BlockExecutor;
import dev.akis.engine.spi.Choices;
import dev.akis.engine.spi.LocalizedTemplate;
import dev.akis.engine.spi.PropertyValues;
import dev.akis.engine.spi.Step;
import dev.akis.flow.Block;
import dev.akis.flow.PropertyType;
import java.math.BigDecimal;
import java.util.ArrayList;
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
            FieldSpec.interactiveMessage("prompt").required().build(),
            FieldSpec.builder("products", FieldType.PRODUCT_IDS).required().items(3, 6).build(),
            FieldSpec.buttonTitle("listButton").build(),
            FieldSpec.interactiveMessage("variantPrompt").build(),
            FieldSpec.interactiveMessage("outOfStockMessage").build(),
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
    public BlockExecutor executor(Block block) {
        return new Executor(this, block);
    }

    /**
     * Three stages, remembered while waiting: the product list; for a product with several variants, its card
     * and the in-stock variants (buttons when three or fewer fit, else a list); for a product out of stock, the
     * out-of-stock message with in-stock alternatives (the product's own, else the other picks). Stock and
     * prices are read again from the shop at each answer, so a variant sold out meanwhile is not sold.
     */
    private static final class Executor implements BlockExecutor {
        private static final String STAGE = "stage";
        private static final String OFFERED = "offered";
        private static final String PRODUCT = "product";
        private static final String STAGE_PRODUCTS = "products";
        private static final String STAGE_VARIANTS = "variants";
        private static final int LOW_STOCK = 3;

        private final LocalizedTemplate prompt;
        private final List<String> productIds = new ArrayList<>();
        private final LocalizedTemplate listButton;
        private final LocalizedTemplate variantPrompt;
        private final LocalizedTemplate outOfStockMessage;
        private final int quantity;

        Executor(ProductListBlock type, Block block) {
            this.prompt = type.template(block, "prompt");
            for (JsonNode id : type.list(block, "products")) {
                if (!id.asText("").isBlank()) {
                    productIds.add(id.asText().strip());
                }
            }
            this.listButton = type.template(block, "listButton");
            this.variantPrompt = type.template(block, "variantPrompt");
            this.outOfStockMessage = type.template(block, "outOfStockMessage");
            this.quantity = Math.max(1, type.integer(block, "quantity"));
        }

        @Override
        public Step enter(BlockContext context) {
            try {
                List<Product> products = fetch(context, productIds);
                if (products.isEmpty()) {
                    context.problem("noProducts", String.join(", ", productIds));
                    return Step.port(ERROR);
                }
                showProducts(context, products, context.render(prompt));
                return Step.waitHere();
            } catch (ServiceException e) {
                return Step.port(ERROR);
            }
        }

        @Override
        public Step resume(BlockContext context, InboundEvent event) {
            if (!event.fromCustomer()) {
                return Step.decline();
            }
            List<String> offeredIds = new ArrayList<>();
            List<Choices.Option> options = new ArrayList<>();
            String offered = context.memory(OFFERED);
            if (offered != null && !offered.isEmpty()) {
                for (String line : offered.split("\n")) {
                    int tab = line.indexOf('\t');
                    if (tab < 0) {
                        continue;
                    }
                    offeredIds.add(line.substring(0, tab));
                    options.add(Choices.Option.of(line.substring(0, tab), line.substring(tab + 1)));
                }
            }
            int chosen = Choices.match(options, event);
            try {
                if (STAGE_VARIANTS.equals(context.memory(STAGE))) {
                    Product product = fetchOne(context, context.memory(PRODUCT));
                    if (product == null) {
                        return Step.port(ERROR);
                    }
                    Product.Variant variant = chosen < 0 ? null : variantById(product, options.get(chosen).id());
                    if (variant == null || !variant.inStock()) {
                        showVariants(context, product, context.engineText("choose.hint"));
                        return Step.waitHere();
                    }
                    fillCart(context, product, variant);
                    return Step.port(SELECTED);
                }
                if (chosen < 0) {
                    showProducts(context, fetch(context, offeredIds), context.engineText("choose.hint"));
                    return Step.waitHere();
                }
                Product product = fetchOne(context, options.get(chosen).id());
                return product == null ? Step.port(ERROR) : choose(context, product);
            } catch (ServiceException e) {
                return Step.port(ERROR);
            }
        }

        private Step choose(BlockContext context, Product product) throws ServiceException {
            context.setProperty("cart.productId", product.id());
            context.setProperty("cart.productName", product.name());
            if (!product.inStock()) {
                List<Product> alternatives = inStock(fetch(context, product.alternativeProductIds()), product.id());
                if (alternatives.isEmpty()) {
                    alternatives = inStock(fetch(context, productIds), product.id());
                }
                String text = context.render(outOfStockMessage);
                if (alternatives.isEmpty()) {
                    context.problem("nothingInStock");
                    context.send(TextMessage.of(text));
                    showProducts(context, fetch(context, productIds), context.render(prompt));
                } else {
                    showProducts(context, alternatives, text);
                }
                return Step.waitHere();
            }
            if (product.variants().size() == 1) {
                fillCart(context, product, product.variants().get(0));
                return Step.port(SELECTED);
            }
            context.send(new ProductCardsMessage("", List.of(new ProductCardsMessage.Card(product.id(), null,
                    product.name(), "", priceLabel(context, product), totalStock(product),
                    stockLabel(context, totalStock(product)), product.imageUrl()))));
            showVariants(context, product, context.render(variantPrompt));
            return Step.waitHere();
        }

        private List<Product> fetch(BlockContext context, List<String> ids) throws ServiceException {
            if (ids.isEmpty()) {
                return List.of();
            }
            return context.call("ikas", "getProducts", String.join(",", ids), () -> context.shop().getProducts(ids));
        }

        private Product fetchOne(BlockContext context, String id) throws ServiceException {
            List<Product> found = id == null ? List.of() : fetch(context, List.of(id));
            if (found.isEmpty()) {
                context.problem("productNotFound", String.valueOf(id));
                return null;
            }
            return found.get(0);
        }

        private static List<Product> inStock(List<Product> products, String except) {
            List<Product> available = new ArrayList<>();
            for (Product product : products) {
                if (product.inStock() && !product.id().equals(except)) {
                    available.add(product);
                }
            }
            return available;
        }

        private void showProducts(BlockContext context, List<Product> products, String text) {
            List<Offers.Offer> rows = new ArrayList<>();
            StringBuilder offered = new StringBuilder();
            for (Product product : products) {
                rows.add(new Offers.Offer(product.id(), product.name(),
                        priceLabel(context, product) + " · " + stockLabel(context, totalStock(product))));
                append(offered, product.id(), product.name());
            }
            context.remember(STAGE, STAGE_PRODUCTS);
            context.remember(OFFERED, offered.toString());
            context.send(Offers.list(text, context.render(listButton), rows));
        }

        private void showVariants(BlockContext context, Product product, String text) {
            List<Offers.Offer> offers = new ArrayList<>();
            StringBuilder offered = new StringBuilder();
            for (Product.Variant variant : product.variants()) {
                if (variant.inStock()) {
                    offers.add(new Offers.Offer(variant.id(), variant.name(),
                            context.formatMoney(variant.price()) + " · " + stockLabel(context, variant.stock())));
                    append(offered, variant.id(), variant.name());
                }
            }
            context.remember(STAGE, STAGE_VARIANTS);
            context.remember(PRODUCT, product.id());
            context.remember(OFFERED, offered.toString());
            context.send(Offers.present(text, context.render(listButton), offers, true));
        }

        private static void append(StringBuilder offered, String id, String label) {
            if (offered.length() > 0) {
                offered.append('\n');
            }
            offered.append(id).append('\t').append(label == null ? "" : label.replace('\n', ' ').replace('\t', ' '));
        }

        private void fillCart(BlockContext context, Product product, Product.Variant variant) {
            Money total = new Money(variant.price().amount().multiply(BigDecimal.valueOf(quantity)), variant.price().currency());
            context.setProperty("cart.productId", product.id());
            context.setProperty("cart.productName", product.name());
            context.setProperty("cart.variantId", variant.id());
            context.setProperty("cart.variantName", variant.name());
            context.setProperty("cart.quantity", PropertyValues.number(quantity));
            context.setProperty("cart.unitPrice", PropertyValues.money(variant.price()));
            context.setProperty("cart.total", PropertyValues.money(total));
            context.setProperty("cart.totalAmount", total.amount().toPlainString());
            String variantName = variant.name() == null || variant.name().isBlank() || product.variants().size() == 1
                    ? "" : " (" + variant.name() + ")";
            context.setProperty("cart.summary", quantity + " × " + product.name() + variantName + " — "
                    + context.formatMoney(total));
        }

        private static Product.Variant variantById(Product product, String id) {
            for (Product.Variant variant : product.variants()) {
                if (variant.id().equals(id)) {
                    return variant;
                }
            }
            return null;
        }

        private static int totalStock(Product product) {
            int stock = 0;
            for (Product.Variant variant : product.variants()) {
                stock += Math.max(0, variant.stock());
            }
            return stock;
        }

        /** The lowest price among the variants one can buy, "from ..." when variants cost differently. */
        private static String priceLabel(BlockContext context, Product product) {
            Money lowest = null;
            boolean varies = false;
            for (Product.Variant variant : product.variants()) {
                if (variant.price() == null || (product.inStock() && !variant.inStock())) {
                    continue;
                }
                if (lowest != null && lowest.amount().compareTo(variant.price().amount()) != 0) {
                    varies = true;
                }
                if (lowest == null || variant.price().amount().compareTo(lowest.amount()) < 0) {
                    lowest = variant.price();
                }
            }
            if (lowest == null) {
                return "";
            }
            String price = context.formatMoney(lowest);
            return varies ? context.engineText("price.from", price) : price;
        }

        private static String stockLabel(BlockContext context, int stock) {
            if (stock <= 0) {
                return context.engineText("stock.out");
            }
            return stock <= LOW_STOCK ? context.engineText("stock.low", stock) : context.engineText("stock.in");
        }
    }

    @Override
    public String summary(Block block, Locale uiLocale, String contentLanguage) {
        return TEXTS.get(uiLocale, "block.productList.summary", list(block, "products").size());
    }
}
