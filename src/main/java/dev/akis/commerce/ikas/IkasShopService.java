package dev.akis.commerce.ikas;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.akis.commerce.Carrier;
import dev.akis.commerce.Member;
import dev.akis.commerce.Money;
import dev.akis.commerce.Order;
import dev.akis.commerce.OrderLine;
import dev.akis.commerce.OrderPackage;
import dev.akis.commerce.Page;
import dev.akis.commerce.PhoneNumbers;
import dev.akis.commerce.Product;
import dev.akis.commerce.ServiceException;
import dev.akis.commerce.ServiceException.Kind;
import dev.akis.commerce.ShopService;
import dev.akis.flow.Json;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Random;

/**
 * The shop as the İkas Admin API (v2 GraphQL) reports it: members by e-mail or phone through
 * {@code listCustomer}, a member's orders newest first through {@code listOrder} with pagination, one order by
 * id, products through {@code listProduct}. The same code talks to the live API and to the loopback mock; only
 * the {@link IkasConfig} differs. Holds one okhttp client (and connection pool); close it when done.
 */
public final class IkasShopService implements ShopService, AutoCloseable {

    /** İkas' largest page. */
    public static final int MAX_LIMIT = 200;

    static final String MEMBER_FIELDS = "id firstName lastName email phone preferredLanguage orderCount createdAt";
    static final String ORDER_FIELDS = "id orderNumber orderedAt status orderPaymentStatus orderPackageStatus "
            + "currencyCode totalFinalPrice customerId customer { id } shippingAddress { city { name } } "
            + "paymentMethods { type } "
            + "orderLineItems { id quantity price finalPrice status "
            + "variant { id name productId variantValues { variantTypeName variantValueName } } } "
            + "orderPackages { id orderPackageNumber orderLineItemIds orderPackageFulfillStatus "
            + "trackingInfo { trackingNumber trackingLink cargoCompany cargoCompanyId } }";
    static final String PRODUCT_FIELDS = "id name description attributes { productAttributeId value } "
            + "variants { id sku prices { sellPrice discountPrice currency } "
            + "variantValues { variantTypeName variantValueName } stocks { stockCount } }";

    private static final String CUSTOMER_BY_EMAIL = "query AkisCustomerByEmail($email: StringFilterInput) {\n"
            + "  listCustomer(email: $email, pagination: {page: 1, limit: 1}) { data { " + MEMBER_FIELDS + " } }\n}";
    private static final String CUSTOMER_BY_PHONE = "query AkisCustomerByPhone($phone: StringFilterInput) {\n"
            + "  listCustomer(phone: $phone, pagination: {page: 1, limit: 1}) { data { " + MEMBER_FIELDS + " } }\n}";
    private static final String ORDERS_OF_CUSTOMER = "query AkisOrdersOfCustomer($customerId: StringFilterInput, "
            + "$pagination: PaginationInput) {\n  listOrder(customerId: $customerId, sort: \"-orderedAt\", "
            + "pagination: $pagination) {\n    count hasNext limit page\n    data { " + ORDER_FIELDS + " }\n  }\n}";
    private static final String ORDER_BY_ID = "query AkisOrderById($id: StringFilterInput) {\n"
            + "  listOrder(id: $id, pagination: {page: 1, limit: 1}) { data { " + ORDER_FIELDS + " } }\n}";
    private static final String PRODUCTS_BY_ID = "query AkisProductsById($id: StringFilterInput, "
            + "$pagination: PaginationInput) {\n  listProduct(id: $id, pagination: $pagination) { data { "
            + PRODUCT_FIELDS + " } }\n}";

    private final IkasConfig config;
    private final IkasGraphqlClient client;

    public IkasShopService(IkasConfig config) {
        this(config, Clock.systemUTC());
    }

    /** @param clock decides when the access token is renewed (a virtual clock in tests and the simulator) */
    public IkasShopService(IkasConfig config, Clock clock) {
        this(config, clock, new Random());
    }

    IkasShopService(IkasConfig config, Clock clock, Random random) {
        this.config = config;
        this.client = new IkasGraphqlClient(config, clock, random);
    }

    public IkasConfig config() {
        return config;
    }

    @Override
    public Optional<Member> findMemberByEmail(String email) throws ServiceException {
        if (email == null || email.isBlank()) {
            return Optional.empty();
        }
        // İkas keeps e-mail addresses in lower case; customers type them any way.
        JsonNode data = client.query(CUSTOMER_BY_EMAIL, variables("email", eq(email.strip().toLowerCase(Locale.ROOT))));
        return firstOf(data, "listCustomer").map(IkasShopService::member);
    }

    @Override
    public Optional<Member> findMemberByPhone(String phone) throws ServiceException {
        Optional<String> e164 = PhoneNumbers.toE164(phone);
        if (e164.isEmpty()) {
            return Optional.empty();
        }
        JsonNode data = client.query(CUSTOMER_BY_PHONE, variables("phone", eq(e164.get())));
        return firstOf(data, "listCustomer").map(IkasShopService::member);
    }

    @Override
    public Page<Order> listOrders(String memberId, int page, int limit) throws ServiceException {
        if (page < 1) {
            throw new IllegalArgumentException("Pages start at 1, not " + page);
        }
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new IllegalArgumentException("A page holds 1 to " + MAX_LIMIT + " rows, not " + limit);
        }
        ObjectNode variables = variables("customerId", eq(memberId));
        variables.set("pagination", pagination(page, limit));
        JsonNode list = listOf(client.query(ORDERS_OF_CUSTOMER, variables), "listOrder");
        List<Order> orders = new ArrayList<>();
        for (JsonNode order : list.path("data")) {
            orders.add(order(order));
        }
        int count = list.path("count").asInt(orders.size());
        boolean hasNext = list.path("hasNext").asBoolean((long) page * limit < count);
        return new Page<>(orders, page, limit, count, hasNext);
    }

    @Override
    public Optional<Order> getOrder(String orderId) throws ServiceException {
        if (orderId == null || orderId.isBlank()) {
            return Optional.empty();
        }
        return firstOf(client.query(ORDER_BY_ID, variables("id", eq(orderId))), "listOrder").map(this::order);
    }

    @Override
    public List<Product> getProducts(List<String> productIds) throws ServiceException {
        List<String> wanted = new ArrayList<>(new LinkedHashSet<>(productIds));
        Map<String, Product> found = new LinkedHashMap<>();
        for (int from = 0; from < wanted.size(); from += MAX_LIMIT) {
            List<String> chunk = wanted.subList(from, Math.min(wanted.size(), from + MAX_LIMIT));
            ObjectNode filter = Json.object();
            ArrayNode in = filter.putArray("in");
            chunk.forEach(in::add);
            ObjectNode variables = variables("id", filter);
            variables.set("pagination", pagination(1, chunk.size()));
            for (JsonNode product : listOf(client.query(PRODUCTS_BY_ID, variables), "listProduct").path("data")) {
                Product mapped = product(product);
                found.put(mapped.id(), mapped);
            }
        }
        List<Product> ordered = new ArrayList<>();
        for (String id : wanted) {
            if (found.containsKey(id)) {
                ordered.add(found.get(id));
            }
        }
        return ordered;
    }

    @Override
    public void close() {
        client.close();
    }

    // ------------------------------------------------------------------------------------------- requests

    private static ObjectNode variables(String name, JsonNode value) {
        ObjectNode variables = Json.object();
        variables.set(name, value);
        return variables;
    }

    private static ObjectNode eq(String value) {
        ObjectNode filter = Json.object();
        filter.put("eq", value);
        return filter;
    }

    private static ObjectNode pagination(int page, int limit) {
        ObjectNode pagination = Json.object();
        pagination.put("page", page);
        pagination.put("limit", limit);
        return pagination;
    }

    private static JsonNode listOf(JsonNode data, String field) throws ServiceException {
        JsonNode list = data.get(field);
        if (list == null || !list.isObject() || !list.path("data").isArray()) {
            throw new ServiceException(IkasGraphqlClient.SERVICE, Kind.BAD_RESPONSE, "İkas answered " + field
                    + " without a data list");
        }
        return list;
    }

    private static Optional<JsonNode> firstOf(JsonNode data, String field) throws ServiceException {
        JsonNode items = listOf(data, field).get("data");
        return items.isEmpty() ? Optional.empty() : Optional.of(items.get(0));
    }

    // ------------------------------------------------------------------------------------------ answers

    private static Member member(JsonNode c) {
        return new Member(text(c, "id"), text(c, "firstName"), text(c, "lastName"), text(c, "email"), text(c, "phone"),
                text(c, "preferredLanguage"), c.path("orderCount").asInt(0), time(c.get("createdAt")));
    }

    private Order order(JsonNode o) {
        String currency = o.path("currencyCode").asText("TRY");
        String memberId = text(o, "customerId");
        if (memberId == null) {
            memberId = text(o.path("customer"), "id");
        }
        List<OrderLine> lines = new ArrayList<>();
        for (JsonNode line : o.path("orderLineItems")) {
            int quantity = line.path("quantity").asInt(1);
            BigDecimal unit = decimal(line.get("price"));
            BigDecimal finalUnit = line.hasNonNull("finalPrice") ? decimal(line.get("finalPrice")) : unit;
            JsonNode variant = line.path("variant");
            String description = variantName(variant.path("variantValues"));
            lines.add(new OrderLine(text(line, "id"), text(variant, "productId"), text(variant, "id"),
                    text(variant, "name"), description.isEmpty() ? null : description, quantity,
                    new Money(unit, currency), new Money(finalUnit.multiply(BigDecimal.valueOf(quantity)), currency),
                    text(line, "status")));
        }
        List<OrderPackage> packages = new ArrayList<>();
        for (JsonNode pkg : o.path("orderPackages")) {
            List<String> lineIds = new ArrayList<>();
            pkg.path("orderLineItemIds").forEach(id -> lineIds.add(id.asText()));
            JsonNode tracking = pkg.path("trackingInfo");
            String company = text(tracking, "cargoCompany");
            packages.add(new OrderPackage(text(pkg, "id"), text(pkg, "orderPackageNumber"), lineIds,
                    text(pkg, "orderPackageFulfillStatus"), company,
                    carrierCode(text(tracking, "cargoCompanyId"), company), text(tracking, "trackingNumber"),
                    text(tracking, "trackingLink")));
        }
        JsonNode payments = o.path("paymentMethods");
        String paymentMethod = payments.isArray() && !payments.isEmpty() ? text(payments.get(0), "type") : null;
        return new Order(text(o, "id"), text(o, "orderNumber"), memberId, time(o.get("orderedAt")), text(o, "status"),
                text(o, "orderPaymentStatus"), text(o, "orderPackageStatus"), paymentMethod,
                new Money(decimal(o.get("totalFinalPrice")), currency), text(o.path("shippingAddress").path("city"), "name"),
                lines, packages);
    }

    private Product product(JsonNode p) {
        List<Product.Variant> variants = new ArrayList<>();
        for (JsonNode variant : p.path("variants")) {
            JsonNode price = variant.path("prices").path(0);
            String currency = price.path("currency").asText("TRY");
            BigDecimal amount = price.hasNonNull("discountPrice") && decimal(price.get("discountPrice")).signum() > 0
                    ? decimal(price.get("discountPrice")) : decimal(price.get("sellPrice"));
            int stock = 0;
            for (JsonNode location : variant.path("stocks")) {
                stock += location.path("stockCount").asInt(0);
            }
            variants.add(new Product.Variant(text(variant, "id"), variantName(variant.path("variantValues")),
                    text(variant, "sku"), new Money(amount, currency), stock));
        }
        List<String> alternatives = new ArrayList<>();
        if (config.alternativesAttributeId() != null) {
            for (JsonNode attribute : p.path("attributes")) {
                if (config.alternativesAttributeId().equals(attribute.path("productAttributeId").asText())) {
                    for (String id : attribute.path("value").asText("").split(",")) {
                        if (!id.isBlank()) {
                            alternatives.add(id.strip());
                        }
                    }
                }
            }
        }
        return new Product(text(p, "id"), text(p, "name"), text(p, "description"), null, variants, alternatives);
    }

    /** "Siyah / M" from variant values [{Renk: Siyah}, {Beden: M}]; empty for a product without variants. */
    private static String variantName(JsonNode values) {
        List<String> names = new ArrayList<>();
        for (JsonNode value : values) {
            names.add(value.path("variantValueName").asText(""));
        }
        return String.join(" / ", names);
    }

    /** The carrier's code from İkas' cargo company id, or recognised from the name the merchant typed. */
    private static String carrierCode(String cargoCompanyId, String cargoCompany) {
        if (cargoCompanyId != null) {
            for (Carrier carrier : Carrier.values()) {
                if (carrier.code().equals(cargoCompanyId)) {
                    return carrier.code();
                }
            }
        }
        return Carrier.recognise(cargoCompany).or(() -> Carrier.recognise(cargoCompanyId)).map(Carrier::code)
                .orElse(null);
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node == null ? null : node.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }

    private static BigDecimal decimal(JsonNode value) {
        if (value == null || value.isNull()) {
            return BigDecimal.ZERO.setScale(2);
        }
        BigDecimal amount = value.isNumber() ? value.decimalValue() : new BigDecimal(value.asText());
        return amount.setScale(2, RoundingMode.HALF_UP);
    }

    /** İkas timestamps are epoch milliseconds; an ISO text is accepted too. */
    private static Instant time(JsonNode value) {
        if (value == null || value.isNull()) {
            return null;
        }
        if (value.isNumber()) {
            return Instant.ofEpochMilli(value.asLong());
        }
        try {
            return Instant.parse(value.asText());
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
