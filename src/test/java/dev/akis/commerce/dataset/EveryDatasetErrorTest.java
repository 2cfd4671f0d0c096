package dev.akis.commerce.dataset;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.akis.flow.Json;
import dev.akis.i18n.Messages;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every kind of mistake the dataset reader knows is made once in the shipped file, and each message names
 * its position and, for mistakes inside a row, the row. Together the cases use every message of the bundle.
 */
class EveryDatasetErrorTest {

    private static final ShopDataset DATA = DatasetReader.readDefault();

    private record Case(String key, Consumer<ObjectNode> edit, String row) {
    }

    private static ObjectNode at(ObjectNode root, String section, int index) {
        return (ObjectNode) root.withArray(section).get(index);
    }

    private static ObjectNode pkg(ObjectNode root, int order, int index) {
        return (ObjectNode) at(root, "orders", order).withArray("packages").get(index);
    }

    private static ObjectNode line(ObjectNode root, int order, int index) {
        return (ObjectNode) at(root, "orders", order).withArray("lines").get(index);
    }

    private static int firstOrder(java.util.function.Predicate<OrderRow> test) {
        for (int i = 0; i < DATA.orders().size(); i++) {
            if (test.test(DATA.orders().get(i))) {
                return i;
            }
        }
        throw new IllegalStateException("No such order in the dataset");
    }

    private static String orderRow(int index) {
        return "orders[" + index + "] (order " + DATA.orders().get(index).orderNumber() + "): ";
    }

    private static List<Case> cases() {
        int split = firstOrder(o -> o.packages().size() == 2 && o.packages().stream().allMatch(PackageRow::hasTracking));
        int tracked = firstOrder(o -> o.packages().size() == 1 && o.packages().get(0).hasTracking()
                && o.packages().get(0).carrier() != dev.akis.commerce.Carrier.ARAS);
        String parcel0 = "parcels[0] (parcel " + DATA.parcels().get(0).carrier().code() + " "
                + DATA.parcels().get(0).trackingNumber() + "): ";
        List<Case> cases = new ArrayList<>();
        cases.add(new Case("version.newer", root -> root.put("version", 2), null));
        cases.add(new Case("section.missing", root -> root.remove("parcels"), null));
        cases.add(new Case("field.expectedArray", root -> root.put("members", "none"), null));
        cases.add(new Case("row.notObject", root -> root.withArray("members").set(1, Json.NODES.numberNode(5)),
                "members[1]: "));
        cases.add(new Case("field.missing", root -> at(root, "members", 2).remove("createdAt"), "members[2] (member m-003): "));
        cases.add(new Case("field.unknown", root -> at(root, "members", 2).put("nickname", "Zey"), "members[2] (member m-003): "));
        cases.add(new Case("field.blank", root -> at(root, "members", 2).put("firstName", " "), "members[2] (member m-003): "));
        cases.add(new Case("field.expectedString", root -> at(root, "members", 2).put("city", 35), "members[2] (member m-003): "));
        cases.add(new Case("field.expectedObject", root -> at(root, "members", 2).put("persona", "kind"), "members[2] (member m-003): "));
        cases.add(new Case("field.badInstant", root -> at(root, "members", 2).put("createdAt", "dün"), "members[2] (member m-003): "));
        cases.add(new Case("member.badEmail", root -> at(root, "members", 2).put("email", "zeynep(at)example.net"), "members[2] (member m-003): "));
        cases.add(new Case("member.duplicateEmail", root -> at(root, "members", 2).put("email", "AYSE.YILMAZ@example.com"), "members[2] (member m-003): "));
        cases.add(new Case("member.badPhone", root -> at(root, "members", 2).put("phone", "5321234567"), "members[2] (member m-003): "));
        cases.add(new Case("member.duplicatePhone", root -> at(root, "members", 2).put("phone", "+905321456781"), "members[2] (member m-003): "));
        cases.add(new Case("member.badLanguage", root -> at(root, "members", 2).put("preferredLanguage", "de"), "members[2] (member m-003): "));
        cases.add(new Case("id.duplicate", root -> at(root, "products", 1).put("id", "p-hoodie-oversize"), "products[1] (product p-hoodie-oversize): "));
        cases.add(new Case("shop.badCurrency", root -> ((ObjectNode) root.get("shop")).put("currency", "TL"), null));
        cases.add(new Case("field.expectedStringList", root -> at(root, "products", 0).putArray("tags").add(7), "products[0] (product p-hoodie-oversize): "));
        cases.add(new Case("field.expectedNumber", root -> ((ObjectNode) at(root, "products", 0).withArray("variants").get(0)).put("price", "899,90"), "products[0] (product p-hoodie-oversize): "));
        cases.add(new Case("field.negative", root -> ((ObjectNode) at(root, "products", 0).withArray("variants").get(0)).put("stock", -2), "products[0] (product p-hoodie-oversize): "));
        cases.add(new Case("field.tooManyDecimals", root -> ((ObjectNode) at(root, "products", 0).withArray("variants").get(0)).put("price", new java.math.BigDecimal("899.905")), "products[0] (product p-hoodie-oversize): "));
        cases.add(new Case("product.noVariants", root -> at(root, "products", 3).putArray("variants"), "products[3] (product p-tshirt-basic): "));
        cases.add(new Case("product.unknownAlternative", root -> at(root, "products", 6).putArray("alternatives").add("p-parka"), "products[6] (product p-coat-wool): "));
        cases.add(new Case("product.selfAlternative", root -> at(root, "products", 6).putArray("alternatives").add("p-coat-wool"), "products[6] (product p-coat-wool): "));
        cases.add(new Case("variant.duplicate", root -> ((ObjectNode) at(root, "products", 1).withArray("variants").get(0)).put("id", "v-hoodie-oversize-siyah-m"), "products[1] (product p-hoodie-zip): "));
        cases.add(new Case("variant.valuesMismatch", root -> ((ObjectNode) at(root, "products", 0).withArray("variants").get(0)).put("name", "Siyah"), "products[0] (product p-hoodie-oversize): "));
        cases.add(new Case("order.duplicateNumber", root -> at(root, "orders", 5).put("orderNumber", "1001"), "orders[5] (order 1001): "));
        cases.add(new Case("order.unknownMember", root -> at(root, "orders", 5).put("memberId", "m-777"), orderRow(5)));
        cases.add(new Case("order.afterReference", root -> at(root, "orders", 5).put("orderedAt", "2027-01-01T10:00:00Z"), orderRow(5)));
        cases.add(new Case("order.noLines", root -> at(root, "orders", 5).putArray("lines"), orderRow(5)));
        cases.add(new Case("enum.unknown", root -> at(root, "orders", 5).put("paymentMethod", "CRYPTO"), orderRow(5)));
        cases.add(new Case("field.expectedInteger", root -> line(root, 5, 0).put("quantity", 1.5), orderRow(5)));
        cases.add(new Case("field.notPositive", root -> line(root, 5, 0).put("quantity", 0), orderRow(5)));
        cases.add(new Case("line.duplicate", root -> line(root, 6, 0).put("id", DATA.orders().get(5).lines().get(0).id()), orderRow(6)));
        cases.add(new Case("line.unknownVariant", root -> line(root, 5, 0).put("variantId", "v-999"), orderRow(5)));
        cases.add(new Case("line.discountTooLarge", root -> line(root, 5, 0).put("discount", 99999), orderRow(5)));
        cases.add(new Case("package.duplicate", root -> pkg(root, tracked, 0).put("id", DATA.orders().get(split).packages().get(0).id()),
                orderRow(Math.max(split, tracked))));
        cases.add(new Case("package.badNumber", root -> pkg(root, tracked, 0).put("number", "PKG-1"), orderRow(tracked)));
        cases.add(new Case("package.unknownLine", root -> pkg(root, tracked, 0).withArray("lineIds").add("l-0000-9"), orderRow(tracked)));
        cases.add(new Case("package.lineTwice", root -> pkg(root, split, 1).withArray("lineIds")
                .add(DATA.orders().get(split).packages().get(0).lineIds().get(0)), orderRow(split)));
        cases.add(new Case("package.trackingWithoutCarrier", root -> pkg(root, tracked, 0).remove("carrier"), orderRow(tracked)));
        cases.add(new Case("package.parcelOfOtherCarrier", root -> pkg(root, tracked, 0).put("carrier", "ARAS_KARGO"), orderRow(tracked)));
        cases.add(new Case("carrier.unknown", root -> at(root, "parcels", 0).put("carrier", "KARGOIST"), "parcels[0] (parcel KARGOIST "));
        cases.add(new Case("field.badDate", root -> at(root, "parcels", 0).put("estimatedDelivery", "23/11/2026"), parcel0));
        cases.add(new Case("field.promisedDateRetired", root -> at(root, "parcels", 0).put("promisedDate", "2026-11-23"), parcel0));
        cases.add(new Case("parcel.duplicate", root -> root.withArray("parcels").add(at(root, "parcels", 0).deepCopy()),
                "parcels[" + DATA.parcels().size() + "] (parcel "));
        cases.add(new Case("parcel.eventsOutOfOrder", root -> {
            ArrayNode events = at(root, "parcels", 0).withArray("events");
            events.add(events.get(0).deepCopy());
        }, parcel0));
        return cases;
    }

    @Test
    void everyMistakeIsReportedWithItsPositionAndRow() throws Exception {
        Set<String> produced = new HashSet<>();
        for (Case c : cases()) {
            ObjectNode root = DatasetWriter.tree(DATA);
            c.edit().accept(root);
            String text = Json.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(root);
            DatasetException error = null;
            try {
                new DatasetReader().read(text, "shop.json");
            } catch (DatasetException e) {
                error = e;
            }
            assertThat(error).as(c.key()).isNotNull();
            List<DatasetProblem> matching = error.problems().stream().filter(p -> p.key().equals(c.key())).toList();
            assertThat(matching).as("%s gave %s", c.key(), error.getMessage()).isNotEmpty();
            String message = matching.get(0).format("shop.json", Locale.ENGLISH);
            assertThat(message).as(c.key()).matches("shop\\.json:\\d+:\\d+: .*");
            if (c.row() != null) {
                assertThat(message.replaceFirst("^shop\\.json:\\d+:\\d+: ", "")).as(c.key()).startsWith(c.row());
            }
            assertThat(matching.get(0).format("shop.json", Locale.forLanguageTag("tr-TR"))).as(c.key())
                    .doesNotContain(matching.get(0).describe(Locale.ENGLISH));
            produced.add(c.key());
        }
        produced.add("syntax");
        produced.add("empty");
        produced.addAll(fileProblems());
        Set<String> known = Messages.bundle("dev.akis.commerce.dataset.dataset").keys(Locale.ENGLISH).stream()
                .filter(key -> !key.startsWith("row.") && !key.equals("more")).collect(Collectors.toSet());
        assertThat(produced).containsAll(known);
    }

    @TempDir
    Path folder;

    private Set<String> fileProblems() throws Exception {
        Set<String> keys = new HashSet<>();
        Path latin = folder.resolve("latin5.json");
        Files.write(latin, "{\"a\": \"ş\"}".getBytes("ISO-8859-9"));
        Path missing = folder.resolve("nowhere.json");
        for (Path file : List.of(latin, missing)) {
            try {
                new DatasetReader().read(file);
            } catch (DatasetException e) {
                keys.add(e.problems().get(0).key());
            }
        }
        for (String text : List.of("", "{\"a\": }", "[\"members\"]")) {
            try {
                new DatasetReader().read(text, "x.json");
            } catch (DatasetException e) {
                keys.add(e.problems().get(0).key());
            }
        }
        assertThat(keys).containsExactlyInAnyOrder("notUtf8", "unreadable", "empty", "syntax", "root.notObject");
        return keys;
    }
}
