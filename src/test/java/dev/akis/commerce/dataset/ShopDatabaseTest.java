package dev.akis.commerce.dataset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.akis.commerce.Carrier;
import dev.akis.commerce.ShipmentStatus;
import dev.akis.commerce.mock.ParcelEvent;
import dev.akis.commerce.mock.ParcelRecord;
import dev.akis.flow.json.FlowFiles;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The studio's data view browses, edits, resets, reloads and exports the mock shop. */
class ShopDatabaseTest {

    private ShopDatabase database;

    @BeforeEach
    void open() {
        database = ShopDatabase.openDefault();
    }

    @AfterEach
    void close() {
        database.close();
    }

    private MemberRow member(String fullName) {
        return database.members().stream().map(MemberSummary::member).filter(m -> m.fullName().equals(fullName))
                .findFirst().orElseThrow();
    }

    @Test
    void whatIsLoadedIsWhatIsReadBackRowForRow() {
        assertThat(database.snapshot()).isEqualTo(DatasetReader.readDefault());
    }

    @Test
    void theMemberListShowsOrderCountsAndPersonas() {
        List<MemberSummary> members = database.members();
        assertThat(members).hasSize(database.loaded().members().size());
        MemberSummary ayse = members.get(0);
        assertThat(ayse.member().fullName()).isEqualTo("Ayşe Yılmaz");
        assertThat(ayse.orderCount()).isEqualTo(3);
        assertThat(ayse.persona().tr()).isEqualTo(ayse.member().persona().tr());
        assertThat(members).anyMatch(m -> m.orderCount() == 0 && m.persona().tr().equals("Siparişi yok"));
    }

    @Test
    void aMerchantFixesAPhoneNumberAndTheShopFindsTheMemberByIt() throws Exception {
        MemberRow elif = member("Elif Çelik");
        MemberRow changed = new MemberRow(elif.id(), elif.firstName(), elif.lastName(), elif.email(), "+905551112233",
                elif.preferredLanguage(), elif.city(), elif.district(), elif.createdAt(), elif.persona());
        long before = database.revision();
        database.updateMember(changed);
        assertThat(database.revision()).isGreaterThan(before);
        assertThat(new H2ShopService(database).findMemberByPhone("+905551112233")).get()
                .extracting(dev.akis.commerce.Member::id).isEqualTo(elif.id());
        assertThat(new H2ShopService(database).findMemberByPhone(elif.phone())).isEmpty();
    }

    @Test
    void anEditThatWouldBreakTheDataIsRefusedNamingTheRowAndChangesNothing() {
        MemberRow elif = member("Elif Çelik");
        MemberRow ayse = member("Ayşe Yılmaz");
        MemberRow clash = new MemberRow(elif.id(), elif.firstName(), elif.lastName(), ayse.email().toUpperCase(Locale.ROOT),
                elif.phone(), elif.preferredLanguage(), elif.city(), elif.district(), elif.createdAt(), elif.persona());
        ShopDataset before = database.snapshot();
        assertThatThrownBy(() -> database.updateMember(clash))
                .isInstanceOf(DatasetException.class)
                .hasMessageContaining("members[4] (member m-005): e-mail \"" + ayse.email().toUpperCase(Locale.ROOT)
                        + "\" also belongs to members[0]");
        assertThat(database.snapshot()).isEqualTo(before);
    }

    @Test
    void aCarrierEventAddedInTheDataViewIsWhatTheMockCarrierSees() throws Exception {
        MemberRow ayse = member("Ayşe Yılmaz");
        OrderView delayedOrder = database.ordersOf(ayse.id()).stream()
                .filter(o -> o.order().packages().stream().anyMatch(p -> p.carrier() == Carrier.YURTICI))
                .findFirst().orElseThrow();
        PackageRow pkg = delayedOrder.order().packages().get(0);
        H2ParcelRecords records = new H2ParcelRecords(database);
        ParcelRecord before = records.find(Carrier.YURTICI, pkg.trackingNumber()).orElseThrow();
        assertThat(ParcelStatusReader.read(before, LocalDate.of(2026, 11, 25), ParcelStatusReader.SAMPLE_FLOWS_PROMISE_DAYS)).isEqualTo(ShipmentStatus.DELAYED);

        database.addParcelEvent(Carrier.YURTICI, pkg.trackingNumber(), new ParcelEvent(
                Instant.parse("2026-11-25T08:30:00Z"), "DLV", "Teslim Edildi", "İstanbul / Kadıköy",
                Map.of("reasonName", "Sorun Yok")));

        ParcelRecord after = records.find(Carrier.YURTICI, pkg.trackingNumber()).orElseThrow();
        assertThat(after.events()).hasSize(before.events().size() + 1);
        assertThat(ParcelStatusReader.read(after, LocalDate.of(2026, 11, 25), ParcelStatusReader.SAMPLE_FLOWS_PROMISE_DAYS)).isEqualTo(ShipmentStatus.DELIVERED);
        assertThat(database.suggestedPersona(ayse.id()).en()).doesNotContain("delayed");
    }

    @Test
    void anEventOlderThanTheLastOneIsRefused() {
        ParcelRecord parcel = database.parcels().get(0);
        assertThatThrownBy(() -> database.addParcelEvent(parcel.carrier(), parcel.trackingNumber(),
                new ParcelEvent(Instant.parse("2020-01-01T00:00:00Z"), "1", "x", null, Map.of())))
                .isInstanceOf(DatasetException.class)
                .hasMessageContaining("parcels[0] (parcel " + parcel.carrier().code() + " " + parcel.trackingNumber() + ")")
                .hasMessageContaining("earlier than the event before it");
    }

    @Test
    void resetThrowsAwayEveryEdit() throws Exception {
        OrderView order = database.findOrder("o-1001").orElseThrow();
        database.updateOrderStatuses("o-1001", "CANCELLED", "REFUNDED", "CANCELLED");
        database.updateStock(order.lines().get(0).line().variantId(), 0);
        assertThat(database.findOrder("o-1001").orElseThrow().order().status()).isEqualTo("CANCELLED");

        database.reset();

        assertThat(database.snapshot()).isEqualTo(DatasetReader.readDefault());
    }

    @Test
    void exportWritesTheEditedDataAtomicallyAndItLoadsBack(@TempDir Path folder) throws Exception {
        Path file = folder.resolve("my-shop.json");
        Files.writeString(file, "previous content");
        database.updateOrderStatuses("o-1002", "REFUND_REQUESTED", "PAID", "REFUND_REQUESTED");

        database.export(file);

        assertThat(Files.readString(FlowFiles.backupOf(file))).isEqualTo("previous content");
        try (ShopDatabase reloaded = ShopDatabase.open(file)) {
            assertThat(reloaded.findOrder("o-1002").orElseThrow().order().status()).isEqualTo("REFUND_REQUESTED");
            assertThat(reloaded.loadedFrom()).isEqualTo(file.toString());
        }
    }

    @Test
    void aBadFileIsRefusedWithItsRowAndTheCurrentDataStays(@TempDir Path folder) throws Exception {
        Path file = folder.resolve("broken.json");
        String text = new DatasetWriter().write(database.loaded()).replace("\"memberId\": \"m-001\"",
                "\"memberId\": \"m-999\"");
        Files.writeString(file, text);
        database.updateOrderStatuses("o-1003", "CANCELLED", "REFUNDED", "CANCELLED");
        ShopDataset before = database.snapshot();

        assertThatThrownBy(() -> database.load(file))
                .isInstanceOf(DatasetException.class)
                .hasMessageMatching("(?s).*broken\\.json:\\d+:\\d+: orders\\[\\d+\\] \\(order \\d+\\): member \"m-999\" does not exist.*");
        assertThat(database.snapshot()).isEqualTo(before);
    }

    @Test
    void loadingAnotherFileReplacesTheShopAndResetReturnsToIt(@TempDir Path folder) throws Exception {
        ShopDataset small = new ShopDataset(database.loaded().referenceTime(), new ShopInfo("Küçük Dükkan", null, "TRY"),
                database.loaded().members().subList(0, 2), database.loaded().products(), List.of(), List.of());
        Path file = folder.resolve("small.json");
        new DatasetWriter().write(small, file);
        AtomicInteger notified = new AtomicInteger();
        database.addChangeListener(notified::incrementAndGet);

        database.load(file);
        database.updateStock(small.products().get(0).variants().get(1).id(), 99);
        database.reset();

        assertThat(notified).hasValue(3);
        assertThat(database.snapshot()).isEqualTo(small);
        assertThat(database.members()).hasSize(2).allMatch(m -> m.orderCount() == 0);
        assertThat(database.shop().name()).isEqualTo("Küçük Dükkan");
    }

    @Test
    void aDatasetWithoutPersonasGetsThemFromItsData() throws Exception {
        ShopDataset data = database.loaded();
        List<MemberRow> bare = data.members().stream().map(m -> m.withPersona(null)).toList();
        database.load(new ShopDataset(data.referenceTime(), data.shop(), bare, data.products(), data.orders(),
                data.parcels()));
        assertThat(database.members()).allSatisfy(summary -> assertThat(summary.persona())
                .isEqualTo(data.members().stream().filter(m -> m.id().equals(summary.member().id())).findFirst()
                        .orElseThrow().persona()));
    }

    @Test
    void aPersonaPickerFindsMembersWithADelayedParcelWithoutReadingText() {
        List<MemberSummary> delayed = database.members().stream().filter(m -> m.has(Personas.Trait.DELAYED)).toList();
        assertThat(delayed).extracting(m -> m.member().fullName()).contains("Ayşe Yılmaz").hasSizeGreaterThanOrEqualTo(4);
        Map<String, ParcelRecord> parcels = Personas.parcelsByKey(database.parcels());
        for (MemberSummary member : delayed) {
            assertThat(database.ordersOf(member.member().id()).stream().flatMap(o -> o.order().packages().stream())
                    .filter(PackageRow::hasTracking)
                    .map(p -> parcels.get(Personas.key(p.carrier(), p.trackingNumber())))
                    .filter(java.util.Objects::nonNull)
                    .map(p -> ParcelStatusReader.read(p, LocalDate.of(2026, 11, 25), ParcelStatusReader.SAMPLE_FLOWS_PROMISE_DAYS)))
                    .as(member.member().fullName()).contains(ShipmentStatus.DELAYED);
        }
        assertThat(database.members()).filteredOn(m -> m.orderCount() == 0).allMatch(m -> m.traits().isEmpty());
    }

    @Test
    void theHoodieCampaignTagFindsItsProducts() {
        assertThat(database.productsTagged("IG_Hoodie_01")).extracting(ProductRow::id)
                .containsExactly("p-hoodie-oversize", "p-hoodie-zip");
    }
}
