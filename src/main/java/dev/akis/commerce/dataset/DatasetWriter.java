package dev.akis.commerce.dataset;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.akis.commerce.mock.ParcelEvent;
import dev.akis.commerce.mock.ParcelRecord;
import dev.akis.flow.Json;
import dev.akis.flow.json.FlowFiles;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * Writes a dataset as the hand-readable file {@link DatasetReader} reads: two-space indentation, one line per
 * flat row (an event, an order line, a variant) and for anything else that fits in 120 columns. Saves are atomic.
 */
public final class DatasetWriter {

    private static final int WIDTH = 120;

    public void write(ShopDataset dataset, Path file) throws IOException {
        FlowFiles.writeAtomically(file, write(dataset));
    }

    public String write(ShopDataset dataset) {
        StringBuilder out = new StringBuilder();
        render(tree(dataset), 0, 0, out);
        return out.append('\n').toString();
    }

    static ObjectNode tree(ShopDataset dataset) {
        ObjectNode root = Json.object();
        root.put("format", "akis-shop-dataset");
        root.put("version", DatasetReader.FORMAT_VERSION);
        root.put("referenceTime", dataset.referenceTime().toString());
        ObjectNode shop = root.putObject("shop");
        shop.put("name", dataset.shop().name());
        putIfPresent(shop, "storefrontUrl", dataset.shop().storefrontUrl());
        shop.put("currency", dataset.shop().currency());
        ArrayNode members = root.putArray("members");
        for (MemberRow member : dataset.members()) {
            ObjectNode node = members.addObject();
            node.put("id", member.id());
            node.put("firstName", member.firstName());
            putIfPresent(node, "lastName", member.lastName());
            node.put("email", member.email());
            node.put("phone", member.phone());
            node.put("preferredLanguage", member.preferredLanguage());
            putIfPresent(node, "city", member.city());
            putIfPresent(node, "district", member.district());
            node.put("createdAt", member.createdAt().toString());
            if (member.persona() != null) {
                ObjectNode persona = node.putObject("persona");
                persona.put("tr", member.persona().tr());
                persona.put("en", member.persona().en());
            }
        }
        ArrayNode products = root.putArray("products");
        for (ProductRow product : dataset.products()) {
            ObjectNode node = products.addObject();
            node.put("id", product.id());
            node.put("name", product.name());
            putIfPresent(node, "description", product.description());
            putList(node, "tags", product.tags());
            putList(node, "variantTypes", product.variantTypes());
            ArrayNode variants = node.putArray("variants");
            for (VariantRow variant : product.variants()) {
                ObjectNode v = variants.addObject();
                v.put("id", variant.id());
                if (!variant.name().isEmpty()) {
                    v.put("name", variant.name());
                }
                putIfPresent(v, "sku", variant.sku());
                v.put("price", variant.price());
                v.put("stock", variant.stock());
            }
            putList(node, "alternatives", product.alternatives());
        }
        ArrayNode orders = root.putArray("orders");
        for (OrderRow order : dataset.orders()) {
            ObjectNode node = orders.addObject();
            node.put("id", order.id());
            node.put("orderNumber", order.orderNumber());
            node.put("memberId", order.memberId());
            node.put("orderedAt", order.orderedAt().toString());
            node.put("status", order.status());
            node.put("paymentStatus", order.paymentStatus());
            node.put("packageStatus", order.packageStatus());
            node.put("paymentMethod", order.paymentMethod());
            putUnlessZero(node, "shippingPrice", order.shippingPrice());
            putIfPresent(node, "shippingCity", order.shippingCity());
            putIfPresent(node, "shippingDistrict", order.shippingDistrict());
            ArrayNode lines = node.putArray("lines");
            for (LineRow line : order.lines()) {
                ObjectNode l = lines.addObject();
                l.put("id", line.id());
                l.put("variantId", line.variantId());
                l.put("quantity", line.quantity());
                l.put("unitPrice", line.unitPrice());
                putUnlessZero(l, "discount", line.discount());
                l.put("status", line.status());
            }
            ArrayNode packages = node.putArray("packages");
            for (PackageRow pkg : order.packages()) {
                ObjectNode p = packages.addObject();
                p.put("id", pkg.id());
                p.put("number", pkg.number());
                putList(p, "lineIds", pkg.lineIds());
                p.put("fulfillStatus", pkg.fulfillStatus());
                putIfPresent(p, "carrier", pkg.carrier() == null ? null : pkg.carrier().code());
                putIfPresent(p, "cargoCompany", pkg.cargoCompany());
                putIfPresent(p, "trackingNumber", pkg.trackingNumber());
                putIfPresent(p, "trackingLink", pkg.trackingLink());
            }
        }
        ArrayNode parcels = root.putArray("parcels");
        for (ParcelRecord parcel : dataset.parcels()) {
            ObjectNode node = parcels.addObject();
            node.put("carrier", parcel.carrier().code());
            node.put("trackingNumber", parcel.trackingNumber());
            putIfPresent(node, "estimatedDelivery", parcel.estimatedDelivery());
            putMap(node, "attributes", parcel.attributes());
            ArrayNode events = node.putArray("events");
            for (ParcelEvent event : parcel.events()) {
                ObjectNode e = events.addObject();
                e.put("at", event.at().toString());
                e.put("code", event.code());
                e.put("text", event.text());
                putIfPresent(e, "location", event.location());
                putMap(e, "attributes", event.attributes());
            }
        }
        return root;
    }

    /** Writes a text or a date as text; an absent value leaves the field out. */
    private static void putIfPresent(ObjectNode node, String field, Object value) {
        if (value != null) {
            node.put(field, value.toString());
        }
    }

    /** Amounts that default to zero when read (shipping, discount) are left out when zero. */
    private static void putUnlessZero(ObjectNode node, String field, BigDecimal amount) {
        if (amount.signum() != 0) {
            node.put(field, amount);
        }
    }

    private static void putList(ObjectNode node, String field, List<String> values) {
        if (!values.isEmpty()) {
            ArrayNode array = node.putArray(field);
            values.forEach(array::add);
        }
    }

    private static void putMap(ObjectNode node, String field, Map<String, String> values) {
        if (!values.isEmpty()) {
            ObjectNode object = node.putObject(field);
            // Sorted so that exports are stable whatever map the values came in.
            new java.util.TreeMap<>(values).forEach(object::put);
        }
    }

    /** Renders {@code node} starting at {@code column}; lines it breaks into are indented by {@code indent}. */
    private static void render(JsonNode node, int indent, int column, StringBuilder out) {
        String inline = inline(node);
        if (!node.isContainerNode() || node.isEmpty() || column + inline.length() <= WIDTH || isFlat(node)) {
            out.append(inline);
            return;
        }
        String pad = " ".repeat(indent + 2);
        if (node.isArray()) {
            out.append("[\n");
            for (int i = 0; i < node.size(); i++) {
                out.append(pad);
                render(node.get(i), indent + 2, indent + 2, out);
                out.append(i + 1 < node.size() ? ",\n" : "\n");
            }
            out.append(" ".repeat(indent)).append(']');
            return;
        }
        out.append("{\n");
        Iterator<Map.Entry<String, JsonNode>> fields = node.properties().iterator();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> field = fields.next();
            String key = scalar(Json.NODES.textNode(field.getKey())) + ": ";
            out.append(pad).append(key);
            render(field.getValue(), indent + 2, indent + 2 + key.length(), out);
            out.append(fields.hasNext() ? ",\n" : "\n");
        }
        out.append(" ".repeat(indent)).append('}');
    }

    /** A flat object (only texts and numbers inside, e.g. one event) reads best as one line, however long. */
    private static boolean isFlat(JsonNode node) {
        for (JsonNode child : node) {
            if (child.isContainerNode() && !(child.isArray() && isFlat(child))) {
                return false;
            }
        }
        return true;
    }

    private static String inline(JsonNode node) {
        if (node.isArray()) {
            StringBuilder out = new StringBuilder("[");
            for (int i = 0; i < node.size(); i++) {
                out.append(i == 0 ? "" : ", ").append(inline(node.get(i)));
            }
            return out.append(']').toString();
        }
        if (node.isObject()) {
            StringBuilder out = new StringBuilder("{");
            boolean first = true;
            for (Map.Entry<String, JsonNode> field : node.properties()) {
                out.append(first ? "" : ", ").append(scalar(Json.NODES.textNode(field.getKey()))).append(": ")
                        .append(inline(field.getValue()));
                first = false;
            }
            return out.append('}').toString();
        }
        return scalar(node);
    }

    private static String scalar(JsonNode node) {
        if (node.isBigDecimal()) {
            return ((BigDecimal) node.numberValue()).toPlainString();
        }
        try {
            return Json.MAPPER.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
