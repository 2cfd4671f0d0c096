package dev.akis.commerce.dataset;

import dev.akis.commerce.Carrier;
import dev.akis.commerce.ShipmentStatus;
import dev.akis.commerce.mock.ParcelRecord;
import dev.akis.time.VirtualClock;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * Writes {@code default-dataset.json} deterministically: the same people, products, orders and carrier
 * histories on every run. The file it writes, not this class, is the source of truth; this is the tool that made
 * it and can remake it after a deliberate change. Run: {@code java ... DefaultDatasetGenerator <output path>}.
 *
 * <p>Interesting members (a delayed Yurtiçi parcel, a failed HepsiJet attempt, a cancelled order...) are written
 * out one by one; ordinary delivered orders are then spread over members to reach realistic volumes.
 */
public final class DefaultDatasetGenerator {

    static final Instant REFERENCE = Instant.parse("2026-11-25T09:00:00Z");
    static final LocalDate TODAY = LocalDate.ofInstant(REFERENCE, VirtualClock.ISTANBUL);
    private static final String WAREHOUSE = "İstanbul / Esenyurt";

    /** The kind of order, beyond its shipments. */
    enum Kind { NORMAL, CANCELLED, REFUNDED, PARTIALLY_REFUNDED, REFUND_REQUESTED, NOT_SHIPPED, MONEY_ORDER_WAITING }

    /** One package to ship: a carrier and the status its parcel should be in at the reference time. */
    record Ship(Carrier carrier, ShipmentStatus status, Variation variation) {
        Ship(Carrier carrier, ShipmentStatus status) {
            this(carrier, status, Variation.PLAIN);
        }
    }

    /** How a status is reached where a carrier has more than one way to say it. */
    enum Variation { PLAIN, BY_REASON, TRACKING_TYPO }

    /** An order to write: how long ago, how paid, what kind, and its packages. */
    record Spec(int daysAgo, boolean cashOnDelivery, Kind kind, List<Ship> ships) {
    }

    record Person(String first, String last, String language, String city, String district, String phone) {
    }

    private final Random random = new Random(20261125L);
    private final Set<String> trackingNumbers = new HashSet<>();
    private final List<ProductRow> products = Products.all();
    private final List<ParcelRecord> parcels = new ArrayList<>();

    public static void main(String[] args) throws Exception {
        Path target = Path.of(args.length > 0 ? args[0]
                : "src/main/resources/dev/akis/commerce/dataset/default-dataset.json");
        ShopDataset dataset = new DefaultDatasetGenerator().generate();
        new DatasetWriter().write(dataset, target);
        // The atomic writer keeps the previous file as .bak; git keeps history here, and a .bak must not ship.
        java.nio.file.Files.deleteIfExists(dev.akis.flow.json.FlowFiles.backupOf(target));
        System.out.println("Wrote " + target.toAbsolutePath() + ": " + dataset.members().size() + " members, "
                + dataset.orders().size() + " orders, "
                + dataset.orders().stream().mapToInt(o -> o.packages().size()).sum() + " packages, "
                + dataset.parcels().size() + " parcels");
    }

    public ShopDataset generate() {
        List<Person> people = people();
        Map<Integer, List<Spec>> plan = plan();
        spreadOrdinaryOrders(plan, people.size());

        record Pending(int member, Spec spec, Instant orderedAt) {
        }
        List<Pending> pending = new ArrayList<>();
        plan.forEach((member, specs) -> specs.forEach(spec -> pending.add(
                new Pending(member, spec, orderedAt(spec)))));
        pending.sort(Comparator.comparing(Pending::orderedAt));

        List<MemberRow> members = new ArrayList<>();
        for (int i = 0; i < people.size(); i++) {
            Person person = people.get(i);
            int member = i;
            Instant firstOrder = pending.stream().filter(p -> p.member() == member).map(Pending::orderedAt)
                    .findFirst().orElse(REFERENCE.minus(Duration.ofDays(3)));
            Instant createdAt = firstOrder.minus(Duration.ofDays(1 + random.nextInt(200)))
                    .minus(Duration.ofMinutes(random.nextInt(600)));
            members.add(new MemberRow(memberId(i), person.first(), person.last(), email(person, i), person.phone(),
                    person.language(), person.city(), person.district(), createdAt.truncatedTo(java.time.temporal.ChronoUnit.MINUTES),
                    null));
        }

        List<OrderRow> orders = new ArrayList<>();
        int number = 1001;
        for (Pending item : pending) {
            orders.add(order(String.valueOf(number++), memberId(item.member()), people.get(item.member()),
                    item.spec(), item.orderedAt()));
        }
        ShopDataset withoutPersonas = new ShopDataset(REFERENCE,
                new ShopInfo("Moda Rüzgarı", "https://modaruzgari.myikas.com", "TRY"), members, products, orders, parcels);
        Map<String, Persona> personas = Personas.describeAll(withoutPersonas);
        List<MemberRow> described = members.stream().map(m -> m.withPersona(personas.get(m.id()))).toList();
        return new ShopDataset(REFERENCE, withoutPersonas.shop(), described, products, orders, parcels);
    }

    static String memberId(int index) {
        return String.format(Locale.ROOT, "m-%03d", index + 1);
    }

    // ------------------------------------------------------------------------------------------------ people

    static List<Person> people() {
        return List.of(
                new Person("Ayşe", "Yılmaz", "tr", "İstanbul", "Kadıköy", "+905321456781"),
                new Person("Mehmet", "Kaya", "tr", "Ankara", "Çankaya", "+905334127690"),
                new Person("Zeynep", "Demir", "tr", "İzmir", "Karşıyaka", "+905427781203"),
                new Person("Emre", "Şahin", "tr", "Bursa", "Nilüfer", "+905059912345"),
                new Person("Elif", "Çelik", "tr", "İstanbul", "Beşiktaş", "+905386604417"),
                new Person("Burak", "Yıldız", "tr", "Antalya", "Muratpaşa", "+905451238890"),
                new Person("Merve", "Öztürk", "tr", "Konya", "Selçuklu", "+905316670023"),
                new Person("Mustafa", "Aydın", "tr", "Adana", "Seyhan", "+905357745512"),
                new Person("Selin", "Arslan", "tr", "Eskişehir", "Tepebaşı", "+905442208876"),
                new Person("Can", "Doğan", "tr", "İstanbul", "Üsküdar", "+905309981134"),
                new Person("Büşra", "Kılıç", "tr", "Trabzon", "Ortahisar", "+905376612209"),
                new Person("Oğuz", "Aslan", "tr", "Gaziantep", "Şahinbey", "+905418873345"),
                new Person("Esra", "Çetin", "tr", "Kayseri", "Melikgazi", "+905325567718"),
                new Person("Serkan", "Kara", "tr", "Samsun", "Atakum", "+905063345590"),
                new Person("Derya", "Koç", "tr", "Mersin", "Yenişehir", "+905394456120"),
                new Person("Hakan", "Kurt", "tr", "Diyarbakır", "Kayapınar", "+905467789034"),
                new Person("Gülşen", "Özkan", "tr", "Muğla", "Bodrum", "+905352234467"),
                new Person("Murat", "Şimşek", "tr", "Denizli", "Pamukkale", "+905071123398"),
                new Person("İrem", "Polat", "tr", "İstanbul", "Şişli", "+905318890652"),
                new Person("Kerem", "Korkmaz", "tr", "Ankara", "Yenimahalle", "+905436654781"),
                new Person("Özge", "Güneş", "tr", "İzmir", "Bornova", "+905345509913"),
                new Person("Barış", "Aksoy", "tr", "Bursa", "Osmangazi", "+905382271146"),
                new Person("Ebru", "Bulut", "tr", "Antalya", "Konyaaltı", "+905413398825"),
                new Person("Onur", "Tekin", "tr", "Kocaeli", "İzmit", "+905324476603"),
                new Person("Cansu", "Ünal", "tr", "İstanbul", "Ataşehir", "+905369917254"),
                new Person("Tolga", "Turan", "tr", "Eskişehir", "Odunpazarı", "+905055583321"),
                new Person("Damla", "Keskin", "tr", "Ankara", "Keçiören", "+905458821907"),
                new Person("Çağrı", "Yılmaz", "tr", "İstanbul", "Bakırköy", "+905301127784"),
                new Person("Sarah", "Whitfield", "en", "İstanbul", "Beyoğlu", "+905398802216"),
                new Person("Lukas", "Weber", "en", "Berlin", "Mitte", "+4915112345678"),
                new Person("Deniz", "Aksoy", "en", "İstanbul", "Sarıyer", "+905336641029"),
                new Person("Nur", "Şahin", "tr", "İzmir", "Buca", "+905427730158"),
                new Person("Uğur", "Demir", "tr", "Konya", "Meram", "+905348856673"),
                new Person("Fatma", "Yıldırım", "tr", "Bursa", "İnegöl", "+905386675540"),
                new Person("Ahmet", "Öztürk", "tr", "Samsun", "İlkadım", "+905319934482"),
                new Person("Şeyma", "Arslan", "tr", "Hatay", "Antakya", "+905444418837"));
    }

    private static String email(Person person, int index) {
        String[] domains = {"example.com", "example.org", "example.net"};
        String local = ascii(person.first()) + "." + ascii(person.last());
        if (index % 4 == 1) {
            local = ascii(person.first()) + ascii(person.last()) + (80 + index);
        } else if (index % 4 == 3) {
            local = ascii(person.first()).charAt(0) + ascii(person.last());
        }
        return local + "@" + domains[index % domains.length];
    }

    static String ascii(String text) {
        return text.replace('İ', 'i').replace('I', 'ı').toLowerCase(Locale.ROOT)
                .replace('ı', 'i').replace('ğ', 'g').replace('ü', 'u').replace('ş', 's').replace('ö', 'o')
                .replace('ç', 'c').replace(" ", "");
    }

    // -------------------------------------------------------------------------------------------------- plan

    private static Spec order(int daysAgo, Ship... ships) {
        return new Spec(daysAgo, false, Kind.NORMAL, List.of(ships));
    }

    private static Spec cod(int daysAgo, Ship... ships) {
        return new Spec(daysAgo, true, Kind.NORMAL, List.of(ships));
    }

    private static Spec kind(Kind kind, int daysAgo, boolean cod, Ship... ships) {
        return new Spec(daysAgo, cod, kind, List.of(ships));
    }

    private static Ship ship(Carrier carrier, ShipmentStatus status) {
        return new Ship(carrier, status);
    }

    /** The members with a story, by index into {@link #people()}; days are before the reference time. */
    private static Map<Integer, List<Spec>> plan() {
        Carrier yk = Carrier.YURTICI;
        Carrier ar = Carrier.ARAS;
        Carrier mng = Carrier.MNG;
        Carrier ptt = Carrier.PTT;
        Carrier hj = Carrier.HEPSIJET;
        Carrier sr = Carrier.SURAT;
        Carrier ups = Carrier.UPS;
        Carrier dhl = Carrier.DHL;
        ShipmentStatus delivered = ShipmentStatus.DELIVERED;
        Map<Integer, List<Spec>> plan = new LinkedHashMap<>();
        plan.put(0, List.of(order(7, ship(yk, ShipmentStatus.DELAYED)), order(41, ship(ar, delivered)),
                order(122, ship(mng, delivered))));
        plan.put(1, List.of(cod(3, ship(ar, ShipmentStatus.OUT_FOR_DELIVERY)), order(64, ship(yk, delivered))));
        plan.put(2, List.of(order(4, ship(yk, delivered), ship(ar, ShipmentStatus.IN_TRANSIT))));
        plan.put(3, List.of(order(4, ship(hj, ShipmentStatus.FAILED_ATTEMPT)), order(88, ship(ptt, delivered))));
        plan.put(4, List.of(kind(Kind.NOT_SHIPPED, 0, true)));
        plan.put(5, List.of(cod(13, ship(mng, ShipmentStatus.RETURNED_TO_SENDER)), order(150, ship(sr, delivered)),
                order(201, ship(yk, delivered))));
        plan.put(6, List.of(kind(Kind.REFUNDED, 35, false, ship(ar, delivered)), order(2, ship(hj, ShipmentStatus.IN_TRANSIT))));
        plan.put(7, List.of(kind(Kind.CANCELLED, 9, false)));
        plan.put(8, List.of(order(5, ship(sr, ShipmentStatus.AVAILABLE_FOR_PICKUP)), order(47, ship(ptt, delivered)),
                order(133, ship(ar, delivered)), order(260, ship(mng, delivered))));
        plan.put(9, List.of(order(5, ship(ups, ShipmentStatus.EXCEPTION)), order(71, ship(yk, delivered))));
        plan.put(10, List.of(order(4, ship(ptt, delivered), ship(ptt, ShipmentStatus.OUT_FOR_DELIVERY),
                ship(mng, ShipmentStatus.LABEL_CREATED))));
        plan.put(11, List.of(cod(9, ship(ptt, ShipmentStatus.RETURN_IN_TRANSIT)), order(99, ship(ar, delivered))));
        plan.put(12, List.of(order(5, new Ship(ar, ShipmentStatus.DELAYED, Variation.BY_REASON)),
                order(58, ship(sr, delivered))));
        plan.put(13, List.of(order(6, new Ship(hj, ShipmentStatus.DELAYED, Variation.BY_REASON))));
        plan.put(14, List.of(order(5, ship(yk, ShipmentStatus.AVAILABLE_FOR_PICKUP)),
                kind(Kind.REFUND_REQUESTED, 16, false, ship(hj, delivered)), order(176, ship(ptt, delivered))));
        plan.put(15, List.of(cod(4, ship(mng, ShipmentStatus.FAILED_ATTEMPT))));
        plan.put(16, List.of(kind(Kind.PARTIALLY_REFUNDED, 28, false, ship(yk, delivered)),
                order(2, ship(dhl, ShipmentStatus.IN_TRANSIT))));
        plan.put(17, List.of(order(4, new Ship(yk, ShipmentStatus.DELAYED, Variation.BY_REASON)),
                order(83, ship(mng, delivered))));
        plan.put(18, List.of(order(10, ship(hj, ShipmentStatus.RETURN_IN_TRANSIT)), order(112, ship(yk, delivered))));
        plan.put(19, List.of(order(4, ship(dhl, ShipmentStatus.UNKNOWN))));
        plan.put(20, List.of(order(4, ship(sr, ShipmentStatus.FAILED_ATTEMPT)),
                kind(Kind.CANCELLED, 6, false, ship(yk, ShipmentStatus.CANCELLED)), order(141, ship(hj, delivered))));
        plan.put(21, List.of(order(5, ship(ar, ShipmentStatus.EXCEPTION)), order(66, ship(ptt, delivered))));
        plan.put(22, List.of(order(15, ship(yk, ShipmentStatus.RETURNED_TO_SENDER)), order(190, ship(ar, delivered))));
        plan.put(23, List.of(cod(5, ship(hj, ShipmentStatus.EXCEPTION))));
        plan.put(24, List.of(order(3, ship(yk, ShipmentStatus.OUT_FOR_DELIVERY)),
                order(2, ship(mng, ShipmentStatus.IN_TRANSIT), ship(sr, ShipmentStatus.PICKED_UP)),
                order(52, ship(ar, delivered)), order(230, ship(yk, delivered))));
        plan.put(25, List.of(order(18, ship(ups, ShipmentStatus.RETURNED_TO_SENDER))));
        plan.put(26, List.of(order(4, ship(ptt, ShipmentStatus.FAILED_ATTEMPT)), kind(Kind.MONEY_ORDER_WAITING, 1, false)));
        plan.put(27, List.of(order(3, new Ship(yk, ShipmentStatus.IN_TRANSIT, Variation.TRACKING_TYPO))));
        plan.put(28, List.of(order(3, ship(ups, ShipmentStatus.OUT_FOR_DELIVERY)), order(95, ship(dhl, delivered))));
        plan.put(29, List.of(order(2, ship(dhl, ShipmentStatus.LABEL_CREATED))));
        plan.put(30, List.of());
        plan.put(31, List.of());
        plan.put(32, List.of(kind(Kind.CANCELLED, 8, false, ship(ptt, ShipmentStatus.CANCELLED)),
                order(20, ship(sr, ShipmentStatus.RETURNED_TO_SENDER)), order(8, ship(mng, ShipmentStatus.DELAYED))));
        plan.put(33, List.of(order(11, ship(ar, ShipmentStatus.RETURN_IN_TRANSIT)),
                kind(Kind.CANCELLED, 7, true, ship(hj, ShipmentStatus.CANCELLED))));
        plan.put(34, List.of(order(5, ship(ptt, ShipmentStatus.EXCEPTION)), order(8, ship(ptt, ShipmentStatus.DELAYED))));
        plan.put(35, List.of(order(14, ship(hj, ShipmentStatus.RETURNED_TO_SENDER)),
                kind(Kind.CANCELLED, 9, true, ship(sr, ShipmentStatus.CANCELLED))));
        return plan;
    }

    /**
     * Adds the everyday orders: parcels on the way, labels waiting for pickup, more delivered orders and a few
     * split shipments, over members whose story they do not change much. Members 0 (the delayed Yurtiçi
     * persona) and those without orders are left alone.
     */
    private void spreadOrdinaryOrders(Map<Integer, List<Spec>> plan, int memberCount) {
        Carrier[] carriers = Carrier.values();
        List<Spec> extra = new ArrayList<>();
        for (Carrier carrier : List.of(Carrier.YURTICI, Carrier.PTT, Carrier.SURAT, Carrier.UPS)) {
            extra.add(order(1, ship(carrier, ShipmentStatus.IN_TRANSIT)));
        }
        for (Carrier carrier : List.of(Carrier.YURTICI, Carrier.ARAS)) {
            extra.add(order(0, ship(carrier, ShipmentStatus.PICKED_UP)));
        }
        for (Carrier carrier : List.of(Carrier.YURTICI, Carrier.PTT, Carrier.HEPSIJET, Carrier.UPS)) {
            extra.add(order(1, ship(carrier, ShipmentStatus.LABEL_CREATED)));
        }
        for (Carrier carrier : List.of(Carrier.MNG, Carrier.HEPSIJET, Carrier.SURAT)) {
            extra.add(cod(2, ship(carrier, ShipmentStatus.OUT_FOR_DELIVERY)));
        }
        extra.add(order(4, ship(Carrier.ARAS, ShipmentStatus.AVAILABLE_FOR_PICKUP)));
        extra.add(order(4, ship(Carrier.YURTICI, ShipmentStatus.FAILED_ATTEMPT)));
        extra.add(order(16, ship(Carrier.PTT, ShipmentStatus.RETURNED_TO_SENDER)));
        extra.add(order(13, ship(Carrier.ARAS, ShipmentStatus.RETURNED_TO_SENDER)));
        extra.add(order(12, ship(Carrier.YURTICI, ShipmentStatus.RETURN_IN_TRANSIT)));
        extra.add(order(5, ship(Carrier.HEPSIJET, ShipmentStatus.DELAYED), ship(Carrier.HEPSIJET, ShipmentStatus.DELIVERED)));
        extra.add(order(6, ship(Carrier.DHL, ShipmentStatus.UNKNOWN)));
        extra.add(kind(Kind.NOT_SHIPPED, 1, false));
        extra.add(kind(Kind.NOT_SHIPPED, 0, false));
        extra.add(kind(Kind.NOT_SHIPPED, 1, true));
        // Split shipments that are simply delivered or on the way.
        extra.add(order(30, ship(Carrier.YURTICI, ShipmentStatus.DELIVERED), ship(Carrier.YURTICI, ShipmentStatus.DELIVERED)));
        extra.add(order(45, ship(Carrier.ARAS, ShipmentStatus.DELIVERED), ship(Carrier.MNG, ShipmentStatus.DELIVERED),
                ship(Carrier.PTT, ShipmentStatus.DELIVERED)));
        extra.add(order(2, ship(Carrier.SURAT, ShipmentStatus.IN_TRANSIT), ship(Carrier.SURAT, ShipmentStatus.DELIVERED)));
        extra.add(cod(75, ship(Carrier.HEPSIJET, ShipmentStatus.DELIVERED), ship(Carrier.YURTICI, ShipmentStatus.DELIVERED)));
        extra.add(order(140, ship(Carrier.UPS, ShipmentStatus.DELIVERED), ship(Carrier.DHL, ShipmentStatus.DELIVERED)));
        // Older delivered orders across all carriers, some paid on delivery, one partly refunded.
        int[] ages = {19, 23, 27, 33, 38, 44, 49, 56, 61, 69, 77, 84, 91, 103, 117, 126, 138, 149, 163, 171, 184,
            197, 214, 238, 251, 276, 289, 301, 322};
        for (int i = 0; i < ages.length; i++) {
            Carrier carrier = carriers[i % carriers.length];
            extra.add(i % 5 == 2 ? cod(ages[i], ship(carrier, ShipmentStatus.DELIVERED))
                    : order(ages[i], ship(carrier, ShipmentStatus.DELIVERED)));
        }
        extra.add(kind(Kind.PARTIALLY_REFUNDED, 54, false, ship(Carrier.ARAS, ShipmentStatus.DELIVERED)));
        extra.add(kind(Kind.REFUNDED, 67, true, ship(Carrier.PTT, ShipmentStatus.DELIVERED)));

        List<Integer> receivers = new ArrayList<>();
        for (int i = 1; i < memberCount; i++) {
            // Not: a member whose story is "not shipped"/"cancelled"/"unknown tracking number", nor Lukas in Berlin.
            if (!plan.getOrDefault(i, List.of()).isEmpty() && i != 4 && i != 7 && i != 27 && i != 29) {
                receivers.add(i);
            }
        }
        for (int i = 0; i < extra.size(); i++) {
            int member = receivers.get((i * 7) % receivers.size());
            List<Spec> specs = new ArrayList<>(plan.get(member));
            specs.add(extra.get(i));
            plan.put(member, specs);
        }
    }

    // ------------------------------------------------------------------------------------------------ orders

    /** When the order was placed: shortly before its first parcel was handed to the carrier. */
    private Instant orderedAt(Spec spec) {
        Instant base = REFERENCE.minus(Duration.ofDays(spec.daysAgo()));
        int hours = spec.ships().isEmpty() ? 2 + random.nextInt(10) : 14 + random.nextInt(20);
        return base.minus(Duration.ofHours(hours)).minus(Duration.ofMinutes(random.nextInt(60)))
                .truncatedTo(java.time.temporal.ChronoUnit.MINUTES);
    }

    private OrderRow order(String number, String memberId, Person person, Spec spec, Instant orderedAt) {
        int lineCount = Math.max(spec.ships().size(), 1 + (random.nextInt(10) < 3 ? 1 : 0) + (random.nextInt(10) == 0 ? 1 : 0));
        List<LineRow> lines = new ArrayList<>();
        Set<String> usedVariants = new HashSet<>();
        String lineStatus = switch (spec.kind()) {
            case CANCELLED -> "CANCELLED";
            case REFUNDED -> "REFUNDED";
            case REFUND_REQUESTED -> "REFUND_REQUESTED";
            case NOT_SHIPPED, MONEY_ORDER_WAITING -> "UNFULFILLED";
            default -> "FULFILLED";
        };
        for (int i = 0; i < lineCount; i++) {
            VariantRow variant;
            do {
                ProductRow product = products.get(random.nextInt(products.size()));
                variant = product.variants().get(random.nextInt(product.variants().size()));
            } while (!usedVariants.add(variant.id()));
            int quantity = random.nextInt(8) == 0 ? 2 : 1;
            BigDecimal discount = BigDecimal.ZERO.setScale(2);
            if (i == 0 && random.nextInt(5) == 0) {
                discount = variant.price().multiply(BigDecimal.valueOf(quantity)).multiply(new BigDecimal("0.10"))
                        .setScale(2, RoundingMode.HALF_UP);
            }
            String status = lineStatus;
            if (spec.kind() == Kind.PARTIALLY_REFUNDED && i == 0) {
                status = "REFUNDED";
            }
            lines.add(new LineRow("l-" + number + "-" + (i + 1), variant.id(), quantity, variant.price(), discount,
                    status));
        }
        if (spec.kind() == Kind.PARTIALLY_REFUNDED && lines.size() == 1) {
            lines.add(new LineRow("l-" + number + "-2", products.get(10).variants().get(0).id(), 1,
                    products.get(10).variants().get(0).price(), BigDecimal.ZERO.setScale(2), "DELIVERED"));
        }

        List<PackageRow> packages = new ArrayList<>();
        List<ShipmentStatus> statuses = new ArrayList<>();
        Instant shippedAt = orderedAt.plus(Duration.ofHours(8 + random.nextInt(14)));
        for (int p = 0; p < spec.ships().size(); p++) {
            Ship ship = spec.ships().get(p);
            List<String> lineIds = new ArrayList<>();
            for (int l = p; l < lines.size(); l += spec.ships().size()) {
                lineIds.add(lines.get(l).id());
            }
            String tracking = trackingNumber(ship.carrier());
            String packageNumber = number + "-" + (p + 1);
            if (ship.variation() == Variation.TRACKING_TYPO) {
                // The merchant typed one digit too few: the carrier does not know this number.
                tracking = tracking.substring(0, tracking.length() - 1);
            } else {
                parcels.add(new Parcels(random).parcel(ship, tracking, shippedAt, person));
            }
            statuses.add(ship.status());
            packages.add(new PackageRow("pk-" + packageNumber, packageNumber, lineIds,
                    fulfillStatus(spec.kind(), ship.status()), ship.carrier(), cargoCompany(ship.carrier(), p),
                    tracking, trackingLink(ship.carrier(), tracking)));
            shippedAt = shippedAt.plus(Duration.ofHours(random.nextInt(3) == 0 ? 20 : 1));
        }
        if (spec.kind() == Kind.NOT_SHIPPED && random.nextBoolean()) {
            List<String> all = lines.stream().map(LineRow::id).toList();
            packages.add(new PackageRow("pk-" + number + "-1", number + "-1", all, "WAITING_FOR_PACKAGING", null,
                    null, null, null));
        }

        String paymentMethod = spec.kind() == Kind.MONEY_ORDER_WAITING ? "MONEY_ORDER"
                : spec.cashOnDelivery() ? "CASH_ON_DELIVERY" : "CREDIT_CARD";
        String status = switch (spec.kind()) {
            case CANCELLED -> "CANCELLED";
            case REFUNDED -> "REFUNDED";
            case PARTIALLY_REFUNDED -> "PARTIALLY_REFUNDED";
            case REFUND_REQUESTED -> "REFUND_REQUESTED";
            default -> "CREATED";
        };
        boolean allDelivered = !statuses.isEmpty() && statuses.stream().allMatch(s -> s == ShipmentStatus.DELIVERED);
        String paymentStatus = switch (spec.kind()) {
            case CANCELLED -> spec.cashOnDelivery() ? "WAITING" : "REFUNDED";
            case REFUNDED -> "REFUNDED";
            case MONEY_ORDER_WAITING -> "WAITING";
            default -> spec.cashOnDelivery() && !allDelivered ? "WAITING" : "PAID";
        };
        String packageStatus = orderPackageStatus(spec.kind(), packages, statuses);
        BigDecimal subtotal = lines.stream().map(LineRow::finalPrice).reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal shipping = subtotal.compareTo(new BigDecimal("750")) >= 0 ? BigDecimal.ZERO.setScale(2)
                : new BigDecimal("49.90");
        return new OrderRow("o-" + number, number, memberId, orderedAt, status, paymentStatus, packageStatus,
                paymentMethod, shipping, person.city(), person.district(), lines, packages);
    }

    private static String fulfillStatus(Kind kind, ShipmentStatus status) {
        if (kind == Kind.REFUNDED) {
            return "REFUNDED";
        }
        if (kind == Kind.REFUND_REQUESTED) {
            return "REFUND_REQUESTED";
        }
        return switch (status) {
            case DELIVERED -> "DELIVERED";
            case RETURN_IN_TRANSIT -> "RETURN_IN_TRANSIT";
            case RETURNED_TO_SENDER -> "UNABLE_TO_DELIVER";
            case CANCELLED -> "CANCELLED";
            default -> "FULFILLED";
        };
    }

    private static String orderPackageStatus(Kind kind, List<PackageRow> packages, List<ShipmentStatus> statuses) {
        switch (kind) {
            case CANCELLED:
                return "CANCELLED";
            case REFUNDED:
                return "REFUNDED";
            case PARTIALLY_REFUNDED:
                return "PARTIALLY_REFUNDED";
            case REFUND_REQUESTED:
                return "REFUND_REQUESTED";
            case NOT_SHIPPED:
            case MONEY_ORDER_WAITING:
                return packages.isEmpty() ? "UNFULFILLED" : "READY_FOR_SHIPMENT";
            default:
                break;
        }
        long delivered = statuses.stream().filter(s -> s == ShipmentStatus.DELIVERED).count();
        if (delivered == statuses.size()) {
            return "DELIVERED";
        }
        if (statuses.stream().anyMatch(s -> s == ShipmentStatus.RETURNED_TO_SENDER)) {
            return "UNABLE_TO_DELIVER";
        }
        if (statuses.stream().anyMatch(s -> s == ShipmentStatus.RETURN_IN_TRANSIT)) {
            return "REFUND_IN_TRANSIT";
        }
        return delivered > 0 ? "PARTIALLY_DELIVERED" : "FULFILLED";
    }

    private String trackingNumber(Carrier carrier) {
        String number;
        do {
            number = switch (carrier) {
                case YURTICI -> "10" + digits(10);
                case ARAS -> "3" + digits(11);
                case MNG -> "6" + digits(10);
                case PTT -> "KP" + digits(11);
                case HEPSIJET -> "HJ" + digits(11);
                case SURAT -> "5" + digits(11);
                case UPS -> "1Z" + alphanumeric(6) + digits(10);
                case DHL -> digits(10);
            };
        } while (!trackingNumbers.add(number));
        return number;
    }

    private String digits(int count) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < count; i++) {
            out.append((char) ('0' + random.nextInt(10)));
        }
        return out.toString();
    }

    private String alphanumeric(int count) {
        String symbols = "ABCDEFGHJKLMNPRSTUVWXY0123456789";
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < count; i++) {
            out.append(symbols.charAt(random.nextInt(symbols.length())));
        }
        return out.toString();
    }

    /** The company name as merchants type it in İkas: mostly the display name, sometimes their own spelling. */
    private String cargoCompany(Carrier carrier, int packageIndex) {
        boolean variant = random.nextInt(5) == 0;
        return switch (carrier) {
            case YURTICI -> variant ? "yurtici kargo" : "Yurtiçi Kargo";
            case ARAS -> variant ? "ARAS KARGO" : "Aras Kargo";
            case MNG -> variant ? "MNG Kargo (DHL eCommerce)" : "MNG Kargo";
            case PTT -> variant ? "PTT" : "PTT Kargo";
            case HEPSIJET -> variant ? "Hepsijet" : "HepsiJet";
            case SURAT -> variant ? "Surat Kargo" : "Sürat Kargo";
            case UPS -> variant ? "UPS Kargo" : "UPS";
            case DHL -> variant ? "DHL Express" : "DHL";
        };
    }

    static String trackingLink(Carrier carrier, String number) {
        return switch (carrier) {
            case YURTICI -> "https://www.yurticikargo.com/tr/online-servisler/gonderi-sorgula?code=" + number;
            case ARAS -> "https://kargotakip.araskargo.com.tr/mainpage.aspx?code=" + number;
            case MNG -> "https://kargotakip.dhlecommerce.com.tr/?takipNo=" + number;
            case PTT -> "https://gonderitakip.ptt.gov.tr/Track/Verify?q=" + number;
            case HEPSIJET -> "https://www.hepsijet.com/gonderi-takibi/" + number;
            case SURAT -> "https://www.suratkargo.com.tr/KargoTakip/?kargotakipno=" + number;
            case UPS -> "https://www.ups.com/track?tracknum=" + number;
            case DHL -> "https://www.dhl.com/tr-tr/home/tracking.html?tracking-id=" + number;
        };
    }

    static String warehouse() {
        return WAREHOUSE;
    }
}
