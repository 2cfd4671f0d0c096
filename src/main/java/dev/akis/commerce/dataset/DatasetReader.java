package dev.akis.commerce.dataset;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.akis.commerce.Carrier;
import dev.akis.commerce.mock.ParcelEvent;
import dev.akis.commerce.mock.ParcelRecord;
import dev.akis.flow.json.FlowFiles;
import dev.akis.flow.json.FlowFormatException;
import dev.akis.flow.json.LocatedJson;
import dev.akis.flow.json.SourceLocation;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Reads a dataset file into a {@link ShopDataset}: first the shape (sections, fields, types, dates), then the
 * meaning ({@link DatasetValidator}: references, duplicates, enums). Every problem names its row and its line
 * and column; all problems of a file are reported together.
 */
public final class DatasetReader {

    /** The newest file format this reader understands. */
    public static final int FORMAT_VERSION = 1;
    /** Where the dataset shipped with Akış Studio lives on the class path. */
    public static final String DEFAULT_RESOURCE = "/dev/akis/commerce/dataset/default-dataset.json";

    static final Set<String> ROOT_FIELDS = Set.of("format", "version", "referenceTime", "shop", "members", "products",
            "orders", "parcels");
    static final Set<String> SHOP_FIELDS = Set.of("name", "storefrontUrl", "currency");
    static final Set<String> MEMBER_FIELDS = Set.of("id", "firstName", "lastName", "email", "phone",
            "preferredLanguage", "city", "district", "createdAt", "persona");
    static final Set<String> PERSONA_FIELDS = Set.of("tr", "en");
    static final Set<String> PRODUCT_FIELDS = Set.of("id", "name", "description", "tags", "variantTypes", "variants",
            "alternatives");
    static final Set<String> VARIANT_FIELDS = Set.of("id", "name", "sku", "price", "stock");
    static final Set<String> ORDER_FIELDS = Set.of("id", "orderNumber", "memberId", "orderedAt", "status",
            "paymentStatus", "packageStatus", "paymentMethod", "shippingPrice", "shippingCity", "shippingDistrict",
            "lines", "packages");
    static final Set<String> LINE_FIELDS = Set.of("id", "variantId", "quantity", "unitPrice", "discount", "status");
    static final Set<String> PACKAGE_FIELDS = Set.of("id", "number", "lineIds", "fulfillStatus", "carrier",
            "cargoCompany", "trackingNumber", "trackingLink");
    /**
     * A parcel field of earlier datasets: the date the shop promised. No carrier sends it, so it is now a setting
     * of the flow's Order Status and Track Shipment blocks (decision 0101); a dataset that still has it is told so.
     */
    static final String RETIRED_PROMISED_DATE = "promisedDate";
    static final Set<String> PARCEL_FIELDS = Set.of("carrier", "trackingNumber", "estimatedDelivery",
            "attributes", "events");
    static final Set<String> EVENT_FIELDS = Set.of("at", "code", "text", "location", "attributes");

    /** Reads and validates a dataset file. */
    public ShopDataset read(Path file) throws DatasetException {
        String source = file.toString();
        String text;
        try {
            text = FlowFiles.readText(file);
        } catch (FlowFormatException e) {
            throw new DatasetException(source, List.of(new DatasetProblem("", e.location(), null, null, "notUtf8",
                    List.of())));
        } catch (IOException e) {
            throw single(source, "unreadable", String.valueOf(e.getMessage()));
        }
        return read(text, source);
    }

    /** Reads and validates dataset text; {@code source} names it in messages. */
    public ShopDataset read(String text, String source) throws DatasetException {
        LocatedJson json;
        try {
            json = LocatedJson.parse(text, source);
        } catch (FlowFormatException e) {
            if (e.syntaxError().isPresent()) {
                throw new DatasetException(source, List.of(new DatasetProblem("", e.location(), null, null, "syntax",
                        List.of(e.syntaxError().get()))));
            }
            String key = "format.empty".equals(e.messageKey()) ? "empty" : "syntax";
            throw new DatasetException(source, List.of(new DatasetProblem("", e.location(), null, null, key,
                    List.of(e.describe(java.util.Locale.ENGLISH)))));
        }
        List<DatasetProblem> problems = new ArrayList<>();
        ShopDataset dataset = new Shape(json::locationOf, problems).dataset(json.root());
        if (!problems.isEmpty()) {
            throw new DatasetException(source, problems);
        }
        problems.addAll(new DatasetValidator().validate(dataset, json::locationOf));
        if (!problems.isEmpty()) {
            throw new DatasetException(source, problems);
        }
        return dataset;
    }

    /** The dataset shipped with Akış Studio. */
    public static ShopDataset readDefault() {
        try (InputStream in = DatasetReader.class.getResourceAsStream(DEFAULT_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("The default dataset is missing from the class path: " + DEFAULT_RESOURCE);
            }
            return new DatasetReader().read(new String(in.readAllBytes(), StandardCharsets.UTF_8), "default-dataset.json");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (DatasetException e) {
            throw new IllegalStateException("The default dataset is broken:\n" + e.getMessage(), e);
        }
    }

    private static DatasetException single(String source, String key, Object... args) {
        return new DatasetException(source, List.of(new DatasetProblem("", SourceLocation.UNKNOWN, null, null, key,
                Arrays.asList(args))));
    }

    /** The shape check: turns JSON into rows, noting every missing field, wrong type and malformed value. */
    private static final class Shape {

        private final Function<String, SourceLocation> locator;
        private final List<DatasetProblem> problems;

        Shape(Function<String, SourceLocation> locator, List<DatasetProblem> problems) {
            this.locator = locator;
            this.problems = problems;
        }

        ShopDataset dataset(JsonNode root) {
            if (!root.isObject()) {
                problems.add(new DatasetProblem("", locator.apply(""), null, null, "root.notObject", List.of()));
                return null;
            }
            Fields fields = new Fields((ObjectNode) root, "", null, null, ROOT_FIELDS);
            Integer version = fields.optionalInteger("version");
            if (version != null && version > FORMAT_VERSION) {
                fields.problem("version", "version.newer", version, FORMAT_VERSION);
                return null;
            }
            fields.optionalText("format");
            Instant referenceTime = fields.requiredInstant("referenceTime");
            ShopInfo shop = null;
            ObjectNode shopNode = fields.requiredObject("shop");
            if (shopNode != null) {
                Fields shopFields = new Fields(shopNode, "/shop", null, "shop", SHOP_FIELDS);
                shop = new ShopInfo(shopFields.requiredText("name"), shopFields.optionalText("storefrontUrl"),
                        shopFields.requiredText("currency"));
            }
            List<MemberRow> members = rows(fields, root, "members", this::member);
            List<ProductRow> products = rows(fields, root, "products", this::product);
            List<OrderRow> orders = rows(fields, root, "orders", this::order);
            List<ParcelRecord> parcels = rows(fields, root, "parcels", this::parcel);
            if (!problems.isEmpty()) {
                return null;
            }
            return new ShopDataset(referenceTime, shop, members, products, orders, parcels);
        }

        private interface RowParser<T> {
            T parse(Fields fields, int index);
        }

        private <T> List<T> rows(Fields rootFields, JsonNode root, String section, RowParser<T> parser) {
            List<T> rows = new ArrayList<>();
            if (!root.has(section)) {
                rootFields.problem(section, "section.missing", section);
                return rows;
            }
            JsonNode array = root.get(section);
            if (!array.isArray()) {
                rootFields.problem(section, "field.expectedArray", section);
                return rows;
            }
            Set<String> known = switch (section) {
                case "members" -> MEMBER_FIELDS;
                case "products" -> PRODUCT_FIELDS;
                case "orders" -> ORDER_FIELDS;
                default -> PARCEL_FIELDS;
            };
            for (int i = 0; i < array.size(); i++) {
                JsonNode item = array.get(i);
                String pointer = "/" + section + "/" + i;
                DatasetProblem.RowRef row = new DatasetProblem.RowRef(section, i, identity(section, item));
                if (!item.isObject()) {
                    problems.add(new DatasetProblem(pointer, locator.apply(pointer), row, null, "row.notObject", List.of()));
                    continue;
                }
                T parsed = parser.parse(new Fields((ObjectNode) item, pointer, row, null, known), i);
                if (parsed != null) {
                    rows.add(parsed);
                }
            }
            return rows;
        }

        private static String identity(String section, JsonNode item) {
            if (!item.isObject()) {
                return null;
            }
            String id = item.path("id").isTextual() ? item.get("id").asText() : null;
            return switch (section) {
                case "orders" -> item.path("orderNumber").isTextual() ? item.get("orderNumber").asText() : id;
                case "parcels" -> item.path("trackingNumber").isTextual()
                        ? item.path("carrier").asText("?") + " " + item.get("trackingNumber").asText() : null;
                default -> id;
            };
        }

        private MemberRow member(Fields f, int index) {
            Persona persona = null;
            ObjectNode personaNode = f.optionalObject("persona");
            if (personaNode != null) {
                Fields p = f.nested(personaNode, "persona", PERSONA_FIELDS);
                persona = new Persona(p.requiredText("tr"), p.requiredText("en"));
            }
            return new MemberRow(f.requiredText("id"), f.requiredText("firstName"), f.optionalText("lastName"),
                    f.requiredText("email"), f.requiredText("phone"), f.optionalTextOr("preferredLanguage", "tr"),
                    f.optionalText("city"), f.optionalText("district"), f.requiredInstant("createdAt"), persona);
        }

        private ProductRow product(Fields f, int index) {
            List<VariantRow> variants = new ArrayList<>();
            f.forEachObject("variants", true, VARIANT_FIELDS, v -> variants.add(new VariantRow(v.requiredText("id"),
                    v.optionalTextOr("name", ""), v.optionalText("sku"), v.requiredAmount("price"),
                    v.requiredCount("stock"))));
            return new ProductRow(f.requiredText("id"), f.requiredText("name"), f.optionalText("description"),
                    f.textList("tags"), f.textList("variantTypes"), variants, f.textList("alternatives"));
        }

        private OrderRow order(Fields f, int index) {
            List<LineRow> lines = new ArrayList<>();
            f.forEachObject("lines", true, LINE_FIELDS, l -> {
                BigDecimal discount = l.optionalAmount("discount");
                lines.add(new LineRow(l.requiredText("id"), l.requiredText("variantId"), l.requiredPositive("quantity"),
                        l.requiredAmount("unitPrice"), discount == null ? BigDecimal.ZERO.setScale(2) : discount,
                        l.requiredText("status")));
            });
            List<PackageRow> packages = new ArrayList<>();
            f.forEachObject("packages", false, PACKAGE_FIELDS, p -> packages.add(new PackageRow(p.requiredText("id"),
                    p.requiredText("number"), p.textList("lineIds"), p.requiredText("fulfillStatus"),
                    p.optionalCarrier("carrier"), p.optionalText("cargoCompany"),
                    p.optionalText("trackingNumber"), p.optionalText("trackingLink"))));
            BigDecimal shipping = f.optionalAmount("shippingPrice");
            return new OrderRow(f.requiredText("id"), f.requiredText("orderNumber"), f.requiredText("memberId"),
                    f.requiredInstant("orderedAt"), f.requiredText("status"), f.requiredText("paymentStatus"),
                    f.requiredText("packageStatus"), f.requiredText("paymentMethod"),
                    shipping == null ? BigDecimal.ZERO.setScale(2) : shipping, f.optionalText("shippingCity"),
                    f.optionalText("shippingDistrict"), lines, packages);
        }

        private ParcelRecord parcel(Fields f, int index) {
            List<ParcelEvent> events = new ArrayList<>();
            f.forEachObject("events", false, EVENT_FIELDS, e -> events.add(new ParcelEvent(e.requiredInstant("at"),
                    e.requiredTextAllowEmpty("code"), e.requiredText("text"), e.optionalText("location"),
                    e.attributes("attributes"))));
            Carrier carrier = f.requiredCarrier("carrier");
            return new ParcelRecord(carrier, f.requiredText("trackingNumber"),
                    f.optionalDate("estimatedDelivery"), f.attributes("attributes"), events);
        }

        /** Typed access to one JSON object's fields, recording a located problem for each bad one. */
        private final class Fields {

            private final ObjectNode node;
            private final String pointer;
            private final DatasetProblem.RowRef row;
            private final String where;

            Fields(ObjectNode node, String pointer, DatasetProblem.RowRef row, String where, Set<String> known) {
                this.node = node;
                this.pointer = pointer;
                this.row = row;
                this.where = where;
                Iterator<String> names = node.fieldNames();
                while (names.hasNext()) {
                    String name = names.next();
                    if (!known.contains(name) && name.equals(RETIRED_PROMISED_DATE) && known == PARCEL_FIELDS) {
                        problem(name, "field.promisedDateRetired");
                    } else if (!known.contains(name)) {
                        problem(name, "field.unknown", name, String.join(", ", new java.util.TreeSet<>(known)));
                    }
                }
            }

            Fields nested(ObjectNode child, String name, Set<String> known) {
                return new Fields(child, pointer + "/" + LocatedJson.escape(name), row,
                        where == null ? name : where + "." + name, known);
            }

            void problem(String field, String key, Object... args) {
                String at = field == null ? pointer : pointer + "/" + LocatedJson.escape(field);
                problems.add(new DatasetProblem(at, locator.apply(at), row, where, key, Arrays.asList(args)));
            }

            private JsonNode present(String field) {
                JsonNode value = node.get(field);
                return value == null || value.isNull() ? null : value;
            }

            /** The field's value, or null with a "missing" problem. */
            private JsonNode required(String field) {
                JsonNode value = present(field);
                if (value == null) {
                    problem(null, "field.missing", field);
                }
                return value;
            }

            String requiredText(String field) {
                String text = requiredTextAllowEmpty(field);
                if (text != null && text.isBlank()) {
                    problem(field, "field.blank", field);
                    return null;
                }
                return text;
            }

            String requiredTextAllowEmpty(String field) {
                JsonNode value = required(field);
                return value == null ? null : text(field, value);
            }

            String optionalText(String field) {
                JsonNode value = present(field);
                return value == null ? null : text(field, value);
            }

            private String text(String field, JsonNode value) {
                if (!value.isTextual()) {
                    problem(field, "field.expectedString", field);
                    return null;
                }
                return value.asText();
            }

            String optionalTextOr(String field, String fallback) {
                String value = optionalText(field);
                return value == null ? fallback : value;
            }

            Integer optionalInteger(String field) {
                JsonNode value = present(field);
                return value == null ? null : integer(field, value);
            }

            /** A stock or similar count: 0 or more. */
            int requiredCount(String field) {
                return requiredAtLeast(field, 0, "field.negative");
            }

            /** A quantity: 1 or more. */
            int requiredPositive(String field) {
                return requiredAtLeast(field, 1, "field.notPositive");
            }

            /**
             * A whole number of at least {@code minimum}, else a problem ({@code belowKey} when it is too small);
             * the minimum stands in for a bad value so the rest of the row can still be checked.
             */
            private int requiredAtLeast(String field, int minimum, String belowKey) {
                JsonNode value = required(field);
                Integer number = value == null ? null : integer(field, value);
                if (number == null) {
                    return minimum;
                }
                if (number < minimum) {
                    problem(field, belowKey, field, number);
                    return minimum;
                }
                return number;
            }

            private Integer integer(String field, JsonNode value) {
                if (!value.isIntegralNumber() || !value.canConvertToInt()) {
                    problem(field, "field.expectedInteger", field);
                    return null;
                }
                return value.intValue();
            }

            BigDecimal requiredAmount(String field) {
                return required(field) == null ? null : optionalAmount(field);
            }

            BigDecimal optionalAmount(String field) {
                JsonNode value = present(field);
                if (value == null) {
                    return null;
                }
                if (!value.isNumber()) {
                    problem(field, "field.expectedNumber", field);
                    return null;
                }
                BigDecimal amount = value.decimalValue();
                if (amount.signum() < 0) {
                    problem(field, "field.negative", field, amount.toPlainString());
                    return null;
                }
                if (amount.stripTrailingZeros().scale() > 2) {
                    problem(field, "field.tooManyDecimals", field, amount.toPlainString());
                    return null;
                }
                return amount.setScale(2);
            }

            Instant requiredInstant(String field) {
                String text = requiredText(field);
                if (text == null) {
                    return null;
                }
                try {
                    return Instant.parse(text);
                } catch (DateTimeParseException e) {
                    problem(field, "field.badInstant", field, text);
                    return null;
                }
            }

            LocalDate optionalDate(String field) {
                String text = optionalText(field);
                if (text == null) {
                    return null;
                }
                try {
                    return LocalDate.parse(text);
                } catch (DateTimeParseException e) {
                    problem(field, "field.badDate", field, text);
                    return null;
                }
            }

            Carrier requiredCarrier(String field) {
                return required(field) == null ? null : optionalCarrier(field);
            }

            Carrier optionalCarrier(String field) {
                String code = optionalText(field);
                if (code == null) {
                    return null;
                }
                for (Carrier carrier : Carrier.values()) {
                    if (carrier.code().equals(code)) {
                        return carrier;
                    }
                }
                List<String> codes = Arrays.stream(Carrier.values()).map(Carrier::code).toList();
                problem(field, "carrier.unknown", code, String.join(", ", codes));
                return null;
            }

            ObjectNode requiredObject(String field) {
                if (present(field) == null) {
                    problem(null, "section.missing", field);
                    return null;
                }
                return optionalObject(field);
            }

            ObjectNode optionalObject(String field) {
                JsonNode value = present(field);
                if (value == null) {
                    return null;
                }
                if (!value.isObject()) {
                    problem(field, "field.expectedObject", field);
                    return null;
                }
                return (ObjectNode) value;
            }

            List<String> textList(String field) {
                JsonNode value = present(field);
                List<String> list = new ArrayList<>();
                if (value == null) {
                    return list;
                }
                if (!value.isArray()) {
                    problem(field, "field.expectedStringList", field);
                    return list;
                }
                for (JsonNode item : value) {
                    if (!item.isTextual() || item.asText().isBlank()) {
                        problem(field, "field.expectedStringList", field);
                        return list;
                    }
                    list.add(item.asText());
                }
                return list;
            }

            Map<String, String> attributes(String field) {
                ObjectNode object = optionalObject(field);
                Map<String, String> map = new LinkedHashMap<>();
                if (object == null) {
                    return map;
                }
                for (Map.Entry<String, JsonNode> entry : object.properties()) {
                    if (!entry.getValue().isTextual()) {
                        problem(field + "/" + LocatedJson.escape(entry.getKey()), "field.expectedString",
                                field + "." + entry.getKey());
                        continue;
                    }
                    map.put(entry.getKey(), entry.getValue().asText());
                }
                return map;
            }

            void forEachObject(String field, boolean required, Set<String> known, java.util.function.Consumer<Fields> each) {
                JsonNode value = required ? required(field) : present(field);
                if (value == null) {
                    return;
                }
                if (!value.isArray()) {
                    problem(field, "field.expectedArray", field);
                    return;
                }
                for (int i = 0; i < value.size(); i++) {
                    JsonNode item = value.get(i);
                    String itemField = field + "/" + i;
                    if (!item.isObject()) {
                        problem(itemField, "field.expectedObject", field + "[" + i + "]");
                        continue;
                    }
                    String label = field + "[" + i + "]";
                    each.accept(new Fields((ObjectNode) item, pointer + "/" + itemField, row,
                            where == null ? label : where + "." + label, known));
                }
            }
        }
    }
}
