package dev.akis.studio.files;

import static org.assertj.core.api.Assertions.assertThat;

import dev.akis.flow.json.FlowFiles;
import dev.akis.studio.support.SampleFlows;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SampleGalleryTest {

    @TempDir
    Path folder;

    @Test
    void anEmptyOrMissingSamplesFolderGivesAnEmptyGallery() {
        assertThat(new SampleGallery(false, List.of(folder)).load()).isEmpty();
        assertThat(new SampleGallery(false, List.of(folder.resolve("missing"))).load()).isEmpty();
    }

    @Test
    void readableSamplesAreListedAndBrokenOnesLeftOut() throws Exception {
        FlowFiles.save(folder.resolve("order-lookup.json"), SampleFlows.orderLookup());
        Files.writeString(folder.resolve("broken.json"), "{ \"schemaVersion\": 1, ");
        Files.writeString(folder.resolve("readme.txt"), "not a flow");

        List<SampleGallery.Sample> samples = new SampleGallery(false, List.of(folder)).load();

        assertThat(samples).extracting(SampleGallery.Sample::fileName).containsExactly("order-lookup.json");
        assertThat(samples.get(0).document().name().get("tr")).isEqualTo("Siparişim nerede?");
    }

    @Test
    void samplesBundledOnTheClasspathComeFirst() throws Exception {
        FlowFiles.save(folder.resolve("test-bundled-order-lookup.json"), SampleFlows.orderLookup().withName(
                dev.akis.flow.LocalizedText.of("en", "from the folder")));
        List<SampleGallery.Sample> samples = new SampleGallery(true, List.of(folder)).load();
        SampleGallery.Sample bundled = samples.stream()
                .filter(s -> s.fileName().equals("test-bundled-order-lookup.json")).findFirst().orElseThrow();
        assertThat(bundled.document().name().get("en")).isEqualTo("Where is my order?");
        assertThat(samples).filteredOn(s -> s.fileName().equals("test-bundled-order-lookup.json")).hasSize(1);
    }
}
