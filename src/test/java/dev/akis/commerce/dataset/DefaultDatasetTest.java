package dev.akis.commerce.dataset;

import static org.assertj.core.api.Assertions.assertThat;

import dev.akis.commerce.Carrier;
import dev.akis.commerce.PhoneNumbers;
import dev.akis.commerce.ShipmentStatus;
import dev.akis.commerce.mock.ParcelEvent;
import dev.akis.commerce.mock.ParcelRecord;
import dev.akis.time.VirtualClock;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** What the shipped mock shop promises its users: enough, varied, realistic data, and personas that are true. */
class DefaultDatasetTest {

    private static final ShopDataset DATA = DatasetReader.readDefault();
    private static final LocalDate TODAY = LocalDate.ofInstant(DATA.referenceTime(), VirtualClock.ISTANBUL);
    private static final Map<String, ParcelRecord> PARCELS = Personas.parcelsByKey(DATA.parcels());

    private static List<PackageRow> packages() {
        return DATA.orders().stream().flatMap(o -> o.packages().stream()).toList();
    }

    private static Optional<ShipmentStatus> statusOf(PackageRow pkg) {
        if (!pkg.hasTracking()) {
            return Optional.empty();
        }
        return Optional.ofNullable(PARCELS.get(Personas.key(pkg.carrier(), pkg.trackingNumber())))
                .map(parcel -> ParcelStatusReader.read(parcel, TODAY, ParcelStatusReader.SAMPLE_FLOWS_PROMISE_DAYS));
    }

    private static List<OrderRow> ordersOf(String memberId) {
        return DATA.orders().stream().filter(o -> o.memberId().equals(memberId)).toList();
    }

    @Test
    void theShopHasEnoughMembersOrdersAndPackagesToPlayWith() {
        assertThat(DATA.members()).hasSizeGreaterThanOrEqualTo(30);
        assertThat(DATA.orders()).hasSizeGreaterThanOrEqualTo(80);
        assertThat(packages()).hasSizeGreaterThanOrEqualTo(100);
        assertThat(DATA.products()).hasSizeGreaterThanOrEqualTo(12);
        assertThat(DATA.referenceTime()).hasToString("2026-11-25T09:00:00Z");
    }

    @Test
    void orderNumbersStartAt1001AndFollowTheOrderDates() {
        List<OrderRow> orders = DATA.orders();
        for (int i = 0; i < orders.size(); i++) {
            assertThat(orders.get(i).orderNumber()).isEqualTo(String.valueOf(1001 + i));
            assertThat(orders.get(i).orderedAt()).isBefore(DATA.referenceTime());
            if (i > 0) {
                assertThat(orders.get(i).orderedAt()).isAfterOrEqualTo(orders.get(i - 1).orderedAt());
            }
        }
    }

    @Test
    void membersLookTurkishWithMobileNumbersAndSomePreferEnglish() {
        assertThat(DATA.members()).allSatisfy(m -> assertThat(PhoneNumbers.isE164(m.phone())).isTrue());
        long turkishMobiles = DATA.members().stream().filter(m -> m.phone().matches("\\+905\\d{9}")).count();
        assertThat(turkishMobiles).isGreaterThanOrEqualTo(30);
        assertThat(DATA.members().stream().map(MemberRow::fullName))
                .anyMatch(name -> name.matches(".*[çğıöşüÇĞİÖŞÜ].*"));
        assertThat(DATA.members().stream().map(MemberRow::city).collect(Collectors.toSet()))
                .contains("İstanbul", "Ankara", "İzmir").hasSizeGreaterThanOrEqualTo(10);
        assertThat(DATA.members()).anyMatch(m -> m.preferredLanguage().equals("en"));
    }

    @Test
    void parcelsCoverEveryNormalizedStatusAcrossAllEightCarriers() {
        Map<ShipmentStatus, Set<Carrier>> seen = new EnumMap<>(ShipmentStatus.class);
        for (PackageRow pkg : packages()) {
            statusOf(pkg).ifPresent(status -> seen.computeIfAbsent(status, s -> EnumSet.noneOf(Carrier.class))
                    .add(pkg.carrier()));
        }
        assertThat(seen.keySet()).containsExactlyInAnyOrder(ShipmentStatus.values());
        assertThat(seen.values().stream().flatMap(Set::stream).collect(Collectors.toSet()))
                .containsExactlyInAnyOrder(Carrier.values());
        // Delayed is reached by the sample flows' promise, by a carrier's passed estimate and by its own late flags.
        assertThat(seen.get(ShipmentStatus.DELAYED)).hasSizeGreaterThanOrEqualTo(4);
    }

    @Test
    void everyParcelBelongsToAPackageAndOnePackageHasANumberItsCarrierDoesNotKnow() {
        Set<String> packageKeys = packages().stream().filter(PackageRow::hasTracking)
                .map(p -> Personas.key(p.carrier(), p.trackingNumber())).collect(Collectors.toSet());
        assertThat(DATA.parcels()).allSatisfy(parcel ->
                assertThat(packageKeys).contains(Personas.key(parcel.carrier(), parcel.trackingNumber())));
        assertThat(packageKeys.stream().filter(key -> !PARCELS.containsKey(key))).hasSize(1);
    }

    @Test
    void rawEventsUseEachCarriersOwnVocabulary() {
        Map<Carrier, Set<String>> codes = new EnumMap<>(Carrier.class);
        for (ParcelRecord parcel : DATA.parcels()) {
            for (ParcelEvent event : parcel.events()) {
                codes.computeIfAbsent(parcel.carrier(), c -> new HashSet<>()).add(event.code());
            }
        }
        assertThat(codes.get(Carrier.YURTICI)).isSubsetOf("NOP", "IND", "ISR", "CNL", "ISC", "DLV", "BI");
        assertThat(codes.get(Carrier.ARAS)).isSubsetOf("1", "2", "3", "4", "5", "6", "7");
        assertThat(codes.get(Carrier.MNG)).isSubsetOf("0", "1", "2", "3", "4", "5", "6", "7");
        assertThat(codes.get(Carrier.SURAT)).containsOnly("");
        assertThat(codes.get(Carrier.UPS)).isSubsetOf("M", "P", "I", "O", "D", "X", "RS");
        assertThat(codes.get(Carrier.DHL)).isSubsetOf("pre-transit", "transit", "delivered", "failure", "unknown");
        assertThat(DATA.parcels()).allSatisfy(parcel -> assertThat(parcel.events()).isNotEmpty());
    }

    @Test
    void ordersCoverSplitShipmentsCashOnDeliveryCancellationsRefundsAndUnshippedOrders() {
        assertThat(DATA.orders()).anyMatch(o -> o.packages().size() == 2);
        assertThat(DATA.orders()).anyMatch(o -> o.packages().size() == 3);
        assertThat(DATA.orders()).anyMatch(o -> o.packages().stream().map(PackageRow::carrier).distinct().count() > 1);
        assertThat(DATA.orders()).anyMatch(o -> o.paymentMethod().equals("CASH_ON_DELIVERY")
                && o.paymentStatus().equals("WAITING"));
        assertThat(DATA.orders()).anyMatch(o -> o.status().equals("CANCELLED") && o.packages().isEmpty());
        assertThat(DATA.orders()).anyMatch(o -> o.status().equals("REFUNDED") && o.paymentStatus().equals("REFUNDED"));
        assertThat(DATA.orders()).anyMatch(o -> o.packages().isEmpty() && o.status().equals("CREATED"));
        assertThat(DATA.orders()).anyMatch(o -> !o.packages().isEmpty()
                && o.packages().stream().noneMatch(PackageRow::hasTracking));
        assertThat(DATA.orders()).anyMatch(o -> o.lines().stream().anyMatch(l -> l.discount().signum() > 0));
    }

    @Test
    void theIkasEnumValuesTheDocsClaimAreAllUsed() {
        assertThat(DATA.orders().stream().map(OrderRow::status).collect(Collectors.toSet()))
                .containsExactlyInAnyOrder("CREATED", "CANCELLED", "REFUNDED", "PARTIALLY_REFUNDED", "REFUND_REQUESTED");
        assertThat(DATA.orders().stream().map(OrderRow::paymentStatus).collect(Collectors.toSet()))
                .containsExactlyInAnyOrder("PAID", "WAITING", "REFUNDED");
        assertThat(DATA.orders().stream().map(OrderRow::paymentMethod).collect(Collectors.toSet()))
                .containsExactlyInAnyOrder("CREDIT_CARD", "CASH_ON_DELIVERY", "MONEY_ORDER");
        assertThat(DATA.orders().stream().map(OrderRow::packageStatus).collect(Collectors.toSet()))
                .contains("DELIVERED", "PARTIALLY_DELIVERED", "FULFILLED", "UNFULFILLED", "READY_FOR_SHIPMENT",
                        "CANCELLED", "REFUNDED", "PARTIALLY_REFUNDED", "REFUND_REQUESTED", "UNABLE_TO_DELIVER",
                        "REFUND_IN_TRANSIT");
        assertThat(packages().stream().map(PackageRow::fulfillStatus).collect(Collectors.toSet()))
                .contains("DELIVERED", "FULFILLED", "WAITING_FOR_PACKAGING", "CANCELLED", "REFUNDED",
                        "REFUND_REQUESTED", "RETURN_IN_TRANSIT", "UNABLE_TO_DELIVER");
    }

    @Test
    void productsHaveVariantsStockOutsAndAHoodieForTheInstagramCampaign() {
        assertThat(DATA.products().stream().filter(p -> p.variants().size() > 1)).hasSizeGreaterThanOrEqualTo(12);
        assertThat(DATA.products()).anyMatch(p -> p.variantTypes().containsAll(List.of("Renk", "Beden")));
        ProductRow soldOut = DATA.products().stream().filter(p -> p.variants().stream().allMatch(v -> v.stock() == 0))
                .findFirst().orElseThrow();
        assertThat(soldOut.alternatives()).isNotEmpty();
        Map<String, ProductRow> byId = DATA.products().stream().collect(Collectors.toMap(ProductRow::id, p -> p));
        assertThat(soldOut.alternatives()).allSatisfy(id ->
                assertThat(byId.get(id).variants()).anyMatch(v -> v.stock() > 0));
        assertThat(DATA.products()).anyMatch(p -> p.variants().stream().anyMatch(v -> v.stock() == 0)
                && p.variants().stream().anyMatch(v -> v.stock() > 0));
        ProductRow hoodie = DATA.products().stream().filter(p -> p.tags().contains("IG_Hoodie_01")).findFirst().orElseThrow();
        assertThat(hoodie.name()).containsIgnoringCase("kapüşonlu");
        assertThat(hoodie.variants()).anyMatch(v -> v.stock() > 0);
    }

    @Test
    void someMembersHaveNoOrdersAndEveryOtherMemberHasSome() {
        List<MemberRow> withoutOrders = DATA.members().stream().filter(m -> ordersOf(m.id()).isEmpty()).toList();
        assertThat(withoutOrders).isNotEmpty();
        assertThat(withoutOrders).allSatisfy(m -> assertThat(m.persona().en()).isEqualTo("No orders"));
    }

    @Test
    void ayseYilmazHasThreeOrdersOneOfThemStuckAtYurticiPastItsPromisedDate() {
        MemberRow ayse = DATA.members().stream().filter(m -> m.fullName().equals("Ayşe Yılmaz")).findFirst().orElseThrow();
        List<OrderRow> orders = ordersOf(ayse.id());
        assertThat(orders).hasSize(3);
        List<ParcelRecord> yurtici = orders.stream().flatMap(o -> o.packages().stream())
                .filter(p -> p.carrier() == Carrier.YURTICI)
                .map(p -> PARCELS.get(Personas.key(p.carrier(), p.trackingNumber()))).toList();
        assertThat(yurtici).singleElement().satisfies(parcel -> {
            assertThat(ParcelStatusReader.read(parcel, LocalDate.of(2026, 11, 25), ParcelStatusReader.SAMPLE_FLOWS_PROMISE_DAYS))
                    .as("late against the sample flows' promise").isEqualTo(ShipmentStatus.DELAYED);
            assertThat(parcel.events().get(parcel.events().size() - 1).code()).isNotIn("DLV", "CNL", "ISC", "BI");
        });
        assertThat(ayse.persona().tr()).startsWith("3 sipariş").contains("Yurtiçi Kargo'da gecikmiş");
        assertThat(ayse.persona().en()).startsWith("3 orders").contains("delayed at Yurtiçi Kargo");
    }

    /** Each claim a persona can make, as the English text says it, and the status it claims. */
    private static final Map<Pattern, ShipmentStatus> CLAIMS = Map.of(
            Pattern.compile("delayed at ([^,]+)"), ShipmentStatus.DELAYED,
            Pattern.compile("failed delivery attempt by ([^,]+)"), ShipmentStatus.FAILED_ATTEMPT,
            Pattern.compile("with a problem at ([^,]+)"), ShipmentStatus.EXCEPTION,
            Pattern.compile("out for delivery with ([^,]+)"), ShipmentStatus.OUT_FOR_DELIVERY,
            Pattern.compile("waiting for pickup at a branch of ([^,]+)"), ShipmentStatus.AVAILABLE_FOR_PICKUP,
            Pattern.compile("on its way back to the shop with ([^,]+)"), ShipmentStatus.RETURN_IN_TRANSIT,
            Pattern.compile("returned to the shop by ([^,]+)"), ShipmentStatus.RETURNED_TO_SENDER,
            Pattern.compile("unclear status at ([^,]+)"), ShipmentStatus.UNKNOWN,
            Pattern.compile("shipment cancelled by ([^,]+)"), ShipmentStatus.CANCELLED,
            Pattern.compile("delivered by ([^,]+)"), ShipmentStatus.DELIVERED);

    @Test
    void everyPersonaStatesTheRightOrderCountAndOnlyTrueShipmentClaims() {
        Map<String, Carrier> byName = new HashMap<>();
        for (Carrier carrier : Carrier.values()) {
            byName.put(carrier.displayName(), carrier);
        }
        int claimsChecked = 0;
        for (MemberRow member : DATA.members()) {
            List<OrderRow> orders = ordersOf(member.id());
            Persona persona = member.persona();
            if (orders.isEmpty()) {
                assertThat(persona.tr()).isEqualTo("Siparişi yok");
                continue;
            }
            assertThat(persona.tr()).startsWith(orders.size() + " sipariş");
            assertThat(persona.en()).startsWith(orders.size() + (orders.size() == 1 ? " order" : " orders"));
            for (Map.Entry<Pattern, ShipmentStatus> claim : CLAIMS.entrySet()) {
                Matcher matcher = claim.getKey().matcher(persona.en());
                while (matcher.find()) {
                    Carrier carrier = byName.get(matcher.group(1).trim());
                    assertThat(carrier).as("carrier named in %s", persona.en()).isNotNull();
                    boolean true_ = orders.stream().flatMap(o -> o.packages().stream())
                            .anyMatch(p -> p.carrier() == carrier && statusOf(p).orElse(null) == claim.getValue());
                    assertThat(true_).as("%s: %s", member.fullName(), persona.en()).isTrue();
                    claimsChecked++;
                }
            }
            if (persona.en().contains("not shipped yet")) {
                assertThat(orders).anyMatch(o -> o.packages().stream().noneMatch(PackageRow::hasTracking));
            }
            Matcher split = Pattern.compile("split into (\\d) packages").matcher(persona.en());
            if (split.find()) {
                int count = Integer.parseInt(split.group(1));
                assertThat(orders).anyMatch(o -> o.packages().size() == count);
            }
            if (persona.en().contains("cash on delivery")) {
                assertThat(orders).anyMatch(o -> o.paymentMethod().equals("CASH_ON_DELIVERY"));
            }
            if (persona.en().contains("refunded")) {
                assertThat(orders).anyMatch(o -> o.status().contains("REFUNDED"));
            }
        }
        assertThat(claimsChecked).isGreaterThan(30);
    }
}
