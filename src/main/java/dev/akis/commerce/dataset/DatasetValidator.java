package dev.akis.commerce.dataset;

import dev.akis.commerce.Carrier;
import dev.akis.commerce.PhoneNumbers;
import dev.akis.commerce.ikas.IkasEnums;
import dev.akis.commerce.mock.ParcelEvent;
import dev.akis.commerce.mock.ParcelRecord;
import dev.akis.flow.json.SourceLocation;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * Checks that a dataset's rows fit together: unique ids, e-mails and phones; orders pointing at existing
 * members and variants; packages holding lines of their own order; parcels of known carriers listed once;
 * İkas enum values spelled right. Used on every file read and on every edit made in the application.
 */
public final class DatasetValidator {

    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    private static final Pattern CURRENCY = Pattern.compile("[A-Z]{3}");
    private static final Set<String> LANGUAGES = Set.of("tr", "en");

    /** Validates without source positions (for edits made in the application). */
    public List<DatasetProblem> validate(ShopDataset dataset) {
        return validate(dataset, pointer -> SourceLocation.UNKNOWN);
    }

    public List<DatasetProblem> validate(ShopDataset dataset, Function<String, SourceLocation> locator) {
        return new Run(dataset, locator).run();
    }

    private static final class Run {

        private final ShopDataset dataset;
        private final Function<String, SourceLocation> locator;
        private final List<DatasetProblem> problems = new ArrayList<>();
        private final Map<String, String> variantOwners = new HashMap<>();
        private final Map<String, String> lineOwners = new HashMap<>();
        private final Map<String, String> packageOwners = new HashMap<>();
        private final Map<String, Carrier> parcelCarriers = new HashMap<>();

        Run(ShopDataset dataset, Function<String, SourceLocation> locator) {
            this.dataset = dataset;
            this.locator = locator;
        }

        List<DatasetProblem> run() {
            if (dataset.shop() != null && dataset.shop().currency() != null
                    && !CURRENCY.matcher(dataset.shop().currency()).matches()) {
                add("/shop/currency", null, "shop", "shop.badCurrency", dataset.shop().currency());
            }
            members();
            products();
            parcels();
            orders();
            return problems;
        }

        private void add(String pointer, DatasetProblem.RowRef row, String where, String key, Object... args) {
            problems.add(new DatasetProblem(pointer, locator.apply(pointer), row, where, key, Arrays.asList(args)));
        }

        private void members() {
            Map<String, String> ids = new HashMap<>();
            Map<String, String> emails = new HashMap<>();
            Map<String, String> phones = new HashMap<>();
            for (int i = 0; i < dataset.members().size(); i++) {
                MemberRow member = dataset.members().get(i);
                String at = "/members/" + i;
                DatasetProblem.RowRef row = new DatasetProblem.RowRef("members", i, member.id());
                String label = "members[" + i + "]";
                String first = ids.putIfAbsent(member.id(), label);
                if (first != null) {
                    add(at + "/id", row, null, "id.duplicate", member.id(), first);
                }
                if (!EMAIL.matcher(member.email()).matches()) {
                    add(at + "/email", row, null, "member.badEmail", member.email());
                } else {
                    String owner = emails.putIfAbsent(member.email().toLowerCase(Locale.ROOT), label);
                    if (owner != null) {
                        add(at + "/email", row, null, "member.duplicateEmail", member.email(), owner);
                    }
                }
                if (!PhoneNumbers.isE164(member.phone())) {
                    add(at + "/phone", row, null, "member.badPhone", member.phone());
                } else {
                    String owner = phones.putIfAbsent(member.phone(), label);
                    if (owner != null) {
                        add(at + "/phone", row, null, "member.duplicatePhone", member.phone(), owner);
                    }
                }
                if (!LANGUAGES.contains(member.preferredLanguage())) {
                    add(at + "/preferredLanguage", row, null, "member.badLanguage", member.preferredLanguage());
                }
            }
        }

        private void products() {
            Map<String, String> ids = new HashMap<>();
            for (int i = 0; i < dataset.products().size(); i++) {
                ProductRow product = dataset.products().get(i);
                String first = ids.putIfAbsent(product.id(), "products[" + i + "]");
                if (first != null) {
                    add("/products/" + i + "/id", new DatasetProblem.RowRef("products", i, product.id()), null,
                            "id.duplicate", product.id(), first);
                }
            }
            for (int i = 0; i < dataset.products().size(); i++) {
                ProductRow product = dataset.products().get(i);
                String at = "/products/" + i;
                DatasetProblem.RowRef row = new DatasetProblem.RowRef("products", i, product.id());
                if (product.variants().isEmpty()) {
                    add(at + "/variants", row, null, "product.noVariants");
                }
                for (int v = 0; v < product.variants().size(); v++) {
                    VariantRow variant = product.variants().get(v);
                    String where = "variants[" + v + "]";
                    String owner = variantOwners.putIfAbsent(variant.id(), "products[" + i + "]." + where);
                    if (owner != null) {
                        add(at + "/variants/" + v + "/id", row, where, "variant.duplicate", variant.id(), owner);
                    }
                    int values = variant.name().isEmpty() ? 0 : variant.name().split(" / ", -1).length;
                    if (values != product.variantTypes().size()) {
                        add(at + "/variants/" + v + "/name", row, where, "variant.valuesMismatch", variant.name(),
                                product.variantTypes(), product.variantTypes().size());
                    }
                }
                for (int a = 0; a < product.alternatives().size(); a++) {
                    String alternative = product.alternatives().get(a);
                    if (alternative.equals(product.id())) {
                        add(at + "/alternatives/" + a, row, null, "product.selfAlternative");
                    } else if (!ids.containsKey(alternative)) {
                        add(at + "/alternatives/" + a, row, null, "product.unknownAlternative", alternative);
                    }
                }
            }
        }

        private void parcels() {
            Map<String, String> seen = new HashMap<>();
            for (int i = 0; i < dataset.parcels().size(); i++) {
                ParcelRecord parcel = dataset.parcels().get(i);
                String at = "/parcels/" + i;
                DatasetProblem.RowRef row = new DatasetProblem.RowRef("parcels", i,
                        parcel.carrier().code() + " " + parcel.trackingNumber());
                String first = seen.putIfAbsent(parcel.carrier().code() + "\u0000" + parcel.trackingNumber(),
                        "parcels[" + i + "]");
                if (first != null) {
                    add(at + "/trackingNumber", row, null, "parcel.duplicate", parcel.trackingNumber(),
                            parcel.carrier().code(), first);
                }
                parcelCarriers.putIfAbsent(parcel.trackingNumber(), parcel.carrier());
                for (int e = 1; e < parcel.events().size(); e++) {
                    ParcelEvent before = parcel.events().get(e - 1);
                    ParcelEvent event = parcel.events().get(e);
                    if (event.at().isBefore(before.at())) {
                        add(at + "/events/" + e + "/at", row, "events[" + e + "]", "parcel.eventsOutOfOrder",
                                event.at(), before.at());
                    }
                }
            }
        }

        private void orders() {
            Set<String> members = new java.util.HashSet<>();
            dataset.members().forEach(m -> members.add(m.id()));
            Map<String, String> ids = new HashMap<>();
            Map<String, String> numbers = new HashMap<>();
            for (int i = 0; i < dataset.orders().size(); i++) {
                OrderRow order = dataset.orders().get(i);
                String at = "/orders/" + i;
                String label = "orders[" + i + "]";
                DatasetProblem.RowRef row = new DatasetProblem.RowRef("orders", i, order.orderNumber());
                String first = ids.putIfAbsent(order.id(), label);
                if (first != null) {
                    add(at + "/id", row, null, "id.duplicate", order.id(), first);
                }
                String sameNumber = numbers.putIfAbsent(order.orderNumber(), label);
                if (sameNumber != null) {
                    add(at + "/orderNumber", row, null, "order.duplicateNumber", order.orderNumber(), sameNumber);
                }
                if (!members.contains(order.memberId())) {
                    add(at + "/memberId", row, null, "order.unknownMember", order.memberId());
                }
                if (dataset.referenceTime() != null && order.orderedAt().isAfter(dataset.referenceTime())) {
                    add(at + "/orderedAt", row, null, "order.afterReference", order.orderedAt(), dataset.referenceTime());
                }
                checkEnum(at + "/status", row, null, order.status(), IkasEnums.ORDER_STATUS, "OrderStatusEnum");
                checkEnum(at + "/paymentStatus", row, null, order.paymentStatus(), IkasEnums.ORDER_PAYMENT_STATUS,
                        "OrderPaymentStatusEnum");
                checkEnum(at + "/packageStatus", row, null, order.packageStatus(), IkasEnums.ORDER_PACKAGE_STATUS,
                        "OrderPackageStatusEnum");
                checkEnum(at + "/paymentMethod", row, null, order.paymentMethod(), IkasEnums.PAYMENT_METHOD,
                        "PaymentMethodTypeEnum");
                if (order.lines().isEmpty()) {
                    add(at + "/lines", row, null, "order.noLines");
                }
                lines(order, at, label, row);
                packages(order, at, label, row);
            }
        }

        private void lines(OrderRow order, String at, String label, DatasetProblem.RowRef row) {
            for (int l = 0; l < order.lines().size(); l++) {
                LineRow line = order.lines().get(l);
                String where = "lines[" + l + "]";
                String pointer = at + "/lines/" + l;
                String owner = lineOwners.putIfAbsent(line.id(), label + "." + where);
                if (owner != null) {
                    add(pointer + "/id", row, where, "line.duplicate", line.id(), owner);
                }
                if (!variantOwners.containsKey(line.variantId())) {
                    add(pointer + "/variantId", row, null, "line.unknownVariant", line.id(), line.variantId());
                }
                checkEnum(pointer + "/status", row, where, line.status(), IkasEnums.LINE_STATUS,
                        "OrderLineItemStatusEnum");
                BigDecimal gross = line.unitPrice().multiply(BigDecimal.valueOf(line.quantity()));
                if (line.discount().compareTo(gross) > 0) {
                    add(pointer + "/discount", row, where, "line.discountTooLarge", line.discount().toPlainString(),
                            gross.toPlainString());
                }
            }
        }

        private void packages(OrderRow order, String at, String label, DatasetProblem.RowRef row) {
            Set<String> ownLines = new java.util.HashSet<>();
            order.lines().forEach(line -> ownLines.add(line.id()));
            Map<String, String> packed = new HashMap<>();
            for (int p = 0; p < order.packages().size(); p++) {
                PackageRow pkg = order.packages().get(p);
                String where = "packages[" + p + "]";
                String pointer = at + "/packages/" + p;
                String owner = packageOwners.putIfAbsent(pkg.id(), label + "." + where);
                if (owner != null) {
                    add(pointer + "/id", row, where, "package.duplicate", pkg.id(), owner);
                }
                if (!pkg.number().matches(Pattern.quote(order.orderNumber()) + "-[1-9][0-9]*")) {
                    add(pointer + "/number", row, where, "package.badNumber", order.orderNumber(), pkg.number());
                }
                for (int l = 0; l < pkg.lineIds().size(); l++) {
                    String lineId = pkg.lineIds().get(l);
                    if (!ownLines.contains(lineId)) {
                        add(pointer + "/lineIds/" + l, row, where, "package.unknownLine", lineId);
                    } else {
                        String other = packed.putIfAbsent(lineId, pkg.number());
                        if (other != null) {
                            add(pointer + "/lineIds/" + l, row, where, "package.lineTwice", lineId, other, pkg.number());
                        }
                    }
                }
                checkEnum(pointer + "/fulfillStatus", row, where, pkg.fulfillStatus(), IkasEnums.PACKAGE_FULFILL_STATUS,
                        "OrderPackageFulfillStatusEnum");
                if (pkg.hasTracking() && pkg.carrier() == null) {
                    add(pointer + "/trackingNumber", row, where, "package.trackingWithoutCarrier", pkg.trackingNumber());
                }
                if (pkg.hasTracking() && pkg.carrier() != null) {
                    Carrier parcelCarrier = parcelCarriers.get(pkg.trackingNumber());
                    if (parcelCarrier != null && parcelCarrier != pkg.carrier()) {
                        add(pointer + "/carrier", row, where, "package.parcelOfOtherCarrier", pkg.carrier().code(),
                                pkg.trackingNumber(), parcelCarrier.code());
                    }
                }
            }
        }

        /** A value of one of İkas' enums ({@code name}), listing the known values when it is not one of them. */
        private void checkEnum(String pointer, DatasetProblem.RowRef row, String where, String value,
                               Set<String> allowed, String name) {
            if (!allowed.contains(value)) {
                add(pointer, row, where, "enum.unknown", value, name, sorted(allowed));
            }
        }

        private static String sorted(Set<String> values) {
            return String.join(", ", new TreeSet<>(values));
        }
    }
}
