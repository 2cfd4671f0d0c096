package dev.akis.commerce.mock;

import dev.akis.commerce.dataset.LineRow;
import dev.akis.commerce.dataset.LineView;
import dev.akis.commerce.dataset.MemberRow;
import dev.akis.commerce.dataset.MemberView;
import dev.akis.commerce.dataset.OrderRow;
import dev.akis.commerce.dataset.OrderView;
import dev.akis.commerce.dataset.PackageRow;
import dev.akis.commerce.dataset.ProductRow;
import dev.akis.commerce.dataset.ShopInfo;
import dev.akis.commerce.dataset.VariantRow;
import dev.akis.i18n.Folding;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Dataset rows in the shapes the İkas Admin API answers with: epoch-millisecond timestamps, enums verbatim,
 * prices per unit, tracking info under each package. Maps hold every field the mock schema declares; the
 * server then keeps only the ones a query selected.
 */
final class IkasShapes {

    /** The product attribute that carries a product's alternatives ("p-puffer,p-trench") in the mock. */
    static final String ALTERNATIVES_ATTRIBUTE_ID = MockIkasServer.ALTERNATIVES_ATTRIBUTE_ID;
    private static final String STOCK_LOCATION = "sl-main-warehouse";

    private final ShopInfo shop;

    IkasShapes(ShopInfo shop) {
        this.shop = shop;
    }

    Map<String, Object> customer(MemberView view) {
        MemberRow m = view.member();
        Map<String, Object> customer = new LinkedHashMap<>();
        customer.put("id", m.id());
        customer.put("firstName", m.firstName());
        customer.put("lastName", m.lastName());
        customer.put("fullName", m.fullName());
        customer.put("email", m.email());
        customer.put("phone", m.phone());
        customer.put("note", null);
        customer.put("preferredLanguage", m.preferredLanguage());
        customer.put("orderCount", view.orderCount());
        customer.put("createdAt", m.createdAt().toEpochMilli());
        customer.put("updatedAt", m.createdAt().toEpochMilli());
        customer.put("deleted", Boolean.FALSE);
        customer.put("accountStatus", "ACTIVE_ACCOUNT");
        customer.put("isEmailVerified", Boolean.TRUE);
        customer.put("isPhoneVerified", Boolean.TRUE);
        customer.put("registrationSource", "CREDENTIALS");
        Map<String, Object> address = new LinkedHashMap<>();
        address.put("id", "addr-" + m.id());
        address.put("title", "Ev");
        address.put("firstName", m.firstName());
        address.put("lastName", m.lastName());
        address.put("phone", m.phone());
        address.put("city", named("city", m.city()));
        address.put("district", named("district", m.district()));
        address.put("country", country(m.phone()));
        address.put("isDefault", Boolean.TRUE);
        customer.put("addresses", m.city() == null ? List.of() : List.of(address));
        return customer;
    }

    Map<String, Object> order(OrderView view, MemberRow member) {
        OrderRow o = view.order();
        String currency = shop.currency();
        Map<String, Object> order = new LinkedHashMap<>();
        long orderedAt = o.orderedAt().toEpochMilli();
        order.put("id", o.id());
        order.put("orderNumber", o.orderNumber());
        order.put("orderSequence", sequence(o.orderNumber()));
        order.put("orderedAt", orderedAt);
        order.put("createdAt", orderedAt);
        order.put("updatedAt", orderedAt);
        order.put("cancelledAt", "CANCELLED".equals(o.status()) ? orderedAt : null);
        order.put("status", o.status());
        order.put("orderPaymentStatus", o.paymentStatus());
        order.put("orderPackageStatus", o.packageStatus());
        order.put("currencyCode", currency);
        order.put("currencySymbol", "TRY".equals(currency) ? "₺" : currency);
        BigDecimal gross = o.shippingPrice();
        for (LineRow line : o.lines()) {
            gross = gross.add(line.unitPrice().multiply(BigDecimal.valueOf(line.quantity())));
        }
        order.put("totalPrice", gross);
        order.put("totalFinalPrice", o.total());
        order.put("customerId", o.memberId());
        Map<String, Object> customer = new LinkedHashMap<>();
        customer.put("id", member.id());
        customer.put("email", member.email());
        customer.put("firstName", member.firstName());
        customer.put("lastName", member.lastName());
        customer.put("fullName", member.fullName());
        customer.put("phone", member.phone());
        customer.put("isGuestCheckout", Boolean.FALSE);
        customer.put("preferredLanguage", member.preferredLanguage());
        order.put("customer", customer);
        Map<String, Object> address = new LinkedHashMap<>();
        address.put("firstName", member.firstName());
        address.put("lastName", member.lastName());
        address.put("phone", member.phone());
        address.put("city", named("city", o.shippingCity()));
        address.put("district", named("district", o.shippingDistrict()));
        address.put("country", country(member.phone()));
        order.put("shippingAddress", address);
        order.put("billingAddress", address);
        order.put("shippingMethod", "SHIPMENT");
        order.put("shippingLines", List.of(Map.of("title", "Kargo", "price", o.shippingPrice(),
                "finalPrice", o.shippingPrice())));
        Map<String, Object> payment = new HashMap<>();
        payment.put("type", o.paymentMethod());
        payment.put("price", o.total());
        payment.put("paymentGatewayName", "CASH_ON_DELIVERY".equals(o.paymentMethod()) ? "Kapıda Ödeme" : "iyzico");
        order.put("paymentMethods", List.of(payment));
        List<Map<String, Object>> lines = new ArrayList<>();
        for (LineView line : view.lines()) {
            lines.add(line(line, currency));
        }
        order.put("orderLineItems", lines);
        List<Map<String, Object>> packages = new ArrayList<>();
        for (PackageRow pkg : o.packages()) {
            packages.add(orderPackage(pkg));
        }
        order.put("orderPackages", packages);
        order.put("note", null);
        order.put("deleted", Boolean.FALSE);
        return order;
    }

    private static Map<String, Object> line(LineView view, String currency) {
        LineRow l = view.line();
        Map<String, Object> line = new LinkedHashMap<>();
        line.put("id", l.id());
        line.put("quantity", l.quantity());
        line.put("price", l.unitPrice());
        line.put("unitPrice", l.unitPrice());
        line.put("finalPrice", l.finalUnitPrice());
        line.put("finalUnitPrice", l.finalUnitPrice());
        line.put("discountPrice", l.discount().signum() == 0 ? null : l.finalUnitPrice());
        line.put("currencyCode", currency);
        line.put("status", l.status());
        Map<String, Object> variant = new LinkedHashMap<>();
        variant.put("id", l.variantId());
        variant.put("name", view.productName());
        variant.put("sku", view.sku());
        variant.put("productId", view.productId());
        variant.put("variantValues", variantValues(view.variantTypes(), view.variantName()));
        line.put("variant", variant);
        return line;
    }

    private static Map<String, Object> orderPackage(PackageRow p) {
        Map<String, Object> pkg = new LinkedHashMap<>();
        pkg.put("id", p.id());
        pkg.put("orderPackageNumber", p.number());
        pkg.put("orderLineItemIds", p.lineIds());
        pkg.put("orderPackageFulfillStatus", p.fulfillStatus());
        pkg.put("stockLocationId", STOCK_LOCATION);
        pkg.put("note", null);
        pkg.put("errorMessage", null);
        pkg.put("deleted", Boolean.FALSE);
        if (p.carrier() != null || p.hasTracking() || p.cargoCompany() != null) {
            Map<String, Object> tracking = new LinkedHashMap<>();
            tracking.put("trackingNumber", p.trackingNumber());
            tracking.put("trackingLink", p.trackingLink());
            tracking.put("cargoCompany", p.cargoCompany());
            tracking.put("cargoCompanyId", p.carrier() == null ? null : p.carrier().code());
            tracking.put("barcode", p.trackingNumber());
            tracking.put("isSendNotification", Boolean.TRUE);
            pkg.put("trackingInfo", tracking);
        } else {
            pkg.put("trackingInfo", null);
        }
        return pkg;
    }

    Map<String, Object> product(ProductRow p) {
        Map<String, Object> product = new LinkedHashMap<>();
        product.put("id", p.id());
        product.put("name", p.name());
        product.put("description", p.description());
        product.put("shortDescription", null);
        product.put("type", "PHYSICAL");
        List<String> tagIds = p.tags().stream().map(tag -> "tag-" + tag).toList();
        product.put("tagIds", tagIds);
        product.put("tags", p.tags().stream().map(tag -> Map.<String, Object>of("id", "tag-" + tag, "name", tag)).toList());
        product.put("attributes", p.alternatives().isEmpty() ? List.of() : List.of(Map.<String, Object>of(
                "productAttributeId", ALTERNATIVES_ATTRIBUTE_ID, "value", String.join(",", p.alternatives()))));
        List<Map<String, Object>> variants = new ArrayList<>();
        int total = 0;
        for (VariantRow v : p.variants()) {
            Map<String, Object> variant = new LinkedHashMap<>();
            variant.put("id", v.id());
            variant.put("sku", v.sku());
            variant.put("isActive", Boolean.TRUE);
            Map<String, Object> price = new HashMap<>();
            price.put("sellPrice", v.price());
            price.put("discountPrice", null);
            price.put("buyPrice", null);
            price.put("currency", shop.currency());
            variant.put("prices", List.of(price));
            variant.put("variantValues", variantValues(p.variantTypes(), v.name()));
            variant.put("stocks", List.of(Map.<String, Object>of("stockLocationId", STOCK_LOCATION, "stockCount", v.stock())));
            variants.add(variant);
            total += v.stock();
        }
        product.put("variants", variants);
        product.put("totalStock", total);
        product.put("deleted", Boolean.FALSE);
        return product;
    }

    /** "Siyah / M" with types [Renk, Beden] → [{Renk: Siyah}, {Beden: M}]. */
    private static List<Map<String, Object>> variantValues(List<String> types, String name) {
        List<Map<String, Object>> values = new ArrayList<>();
        if (name == null || name.isEmpty()) {
            return values;
        }
        String[] parts = name.split(" / ", -1);
        for (int i = 0; i < parts.length && i < types.size(); i++) {
            Map<String, Object> value = new LinkedHashMap<>();
            value.put("order", i);
            value.put("variantTypeName", types.get(i));
            value.put("variantValueName", parts[i]);
            values.add(value);
        }
        return values;
    }

    private static Map<String, Object> named(String kind, String name) {
        if (name == null) {
            return null;
        }
        Map<String, Object> place = new LinkedHashMap<>();
        place.put("id", kind + "-" + slug(name));
        place.put("code", null);
        place.put("name", name);
        return place;
    }

    /** The country of the default address, guessed from the phone's country code. */
    private static Map<String, Object> country(String phone) {
        String[][] known = {{"+90", "TR", "TUR", "Türkiye"}, {"+49", "DE", "DEU", "Almanya"},
            {"+44", "GB", "GBR", "Birleşik Krallık"}, {"+31", "NL", "NLD", "Hollanda"}};
        for (String[] country : known) {
            if (phone != null && phone.startsWith(country[0])) {
                Map<String, Object> map = new LinkedHashMap<>();
                map.put("id", country[1]);
                map.put("code", country[1]);
                map.put("iso2", country[1]);
                map.put("iso3", country[2]);
                map.put("name", country[3]);
                return map;
            }
        }
        return null;
    }

    private static Integer sequence(String orderNumber) {
        try {
            return Integer.parseInt(orderNumber);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static String slug(String text) {
        return Folding.plainLower(text).replaceAll("[^a-z0-9]+", "-");
    }
}
