package dev.akis.commerce.dataset;

import static org.assertj.core.api.Assertions.assertThat;

import dev.akis.commerce.Carrier;
import dev.akis.commerce.ShipmentStatus;
import dev.akis.commerce.mock.ParcelRecord;
import dev.akis.time.VirtualClock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * docs/mock-data.md shows the personas and status coverage of the shipped dataset; this keeps the tables in
 * step with the file. After a deliberate change to the dataset, run {@link #main} and paste its output.
 */
class MockDataDocsTest {

    static String personaTable(ShopDataset data) {
        Map<String, Integer> orders = new java.util.HashMap<>();
        data.orders().forEach(o -> orders.merge(o.memberId(), 1, Integer::sum));
        StringBuilder out = new StringBuilder("| Member | Name | E-mail | Phone | Lang | Persona (tr) | Persona (en) |\n");
        out.append("|---|---|---|---|---|---|---|\n");
        for (MemberRow m : data.members()) {
            out.append("| ").append(m.id()).append(" | ").append(m.fullName()).append(" | ").append(m.email())
                    .append(" | ").append(m.phone()).append(" | ").append(m.preferredLanguage()).append(" | ")
                    .append(m.persona().tr()).append(" | ").append(m.persona().en()).append(" |\n");
        }
        return out.toString();
    }

    static String coverageTable(ShopDataset data) {
        LocalDate today = LocalDate.ofInstant(data.referenceTime(), VirtualClock.ISTANBUL);
        Map<String, ParcelRecord> parcels = Personas.parcelsByKey(data.parcels());
        Map<ShipmentStatus, Map<Carrier, Integer>> counts = new EnumMap<>(ShipmentStatus.class);
        for (OrderRow order : data.orders()) {
            for (PackageRow pkg : order.packages()) {
                ParcelRecord parcel = pkg.hasTracking() ? parcels.get(Personas.key(pkg.carrier(), pkg.trackingNumber())) : null;
                if (parcel != null) {
                    counts.computeIfAbsent(ParcelStatusReader.read(parcel, today, ParcelStatusReader.SAMPLE_FLOWS_PROMISE_DAYS), s -> new EnumMap<>(Carrier.class))
                            .merge(pkg.carrier(), 1, Integer::sum);
                }
            }
        }
        StringBuilder out = new StringBuilder("| Status |");
        for (Carrier carrier : Carrier.values()) {
            out.append(' ').append(carrier.displayName()).append(" |");
        }
        out.append("\n|---|").append("---|".repeat(Carrier.values().length)).append('\n');
        for (ShipmentStatus status : ShipmentStatus.values()) {
            out.append("| ").append(status.id()).append(" |");
            for (Carrier carrier : Carrier.values()) {
                int n = counts.getOrDefault(status, Map.of()).getOrDefault(carrier, 0);
                out.append(' ').append(n == 0 ? "" : String.valueOf(n)).append(" |");
            }
            out.append('\n');
        }
        return out.toString();
    }

    public static void main(String[] args) {
        ShopDataset data = DatasetReader.readDefault();
        System.out.println(personaTable(data));
        System.out.println(coverageTable(data));
        System.out.println(new TreeSet<>(data.orders().stream().map(OrderRow::status).toList()));
    }

    @Test
    void theDocumentShowsTheCurrentPersonasAndCoverage() throws Exception {
        String document = Files.readString(Path.of("docs/mock-data.md"));
        ShopDataset data = DatasetReader.readDefault();
        assertThat(document).contains(personaTable(data)).contains(coverageTable(data));
        assertThat(document).contains("## Carrier tracking data");
    }

    @Test
    void theFormatExampleInTheDocumentIsAValidDataset() throws Exception {
        String document = Files.readString(Path.of("docs/mock-data.md"));
        int start = document.indexOf("```json\n") + "```json\n".length();
        String example = document.substring(start, document.indexOf("```", start));
        ShopDataset data = new DatasetReader().read(example, "docs/mock-data.md example");
        assertThat(data.members()).hasSize(1);
        try (ShopDatabase database = ShopDatabase.open(data)) {
            H2ShopService shop = new H2ShopService(database);
            assertThat(shop.findMemberByPhone("0532 145 67 81")).isPresent();
            assertThat(shop.getOrder("o-1001").orElseThrow().total().format("tr")).isEqualTo("949,80 TL");
            assertThat(Personas.describeAll(data).get("m-001")).isEqualTo(data.members().get(0).persona());
        }
    }
}
