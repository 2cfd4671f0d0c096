package dev.akis.docs;

import static org.assertj.core.api.Assertions.assertThat;

import dev.akis.blocks.BlockCatalog;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * docs/flow-format.md and the code must tell the same story: the block reference, the setting kinds, the system
 * properties and the problem codes in the document are what {@link FlowFormatReference} renders from the
 * catalog. After changing the catalog, run {@code mvn test -Dtest=FlowFormatDocTest -Dakis.updateDocs=true}
 * and review the diff.
 */
class FlowFormatDocTest {

    static final Path DOC = Path.of("docs", "flow-format.md");

    @Test
    void theFormatDocumentMatchesTheCatalog() throws IOException {
        String doc = Files.readString(DOC, StandardCharsets.UTF_8);
        String updated = doc;
        Map<String, String> sections = new FlowFormatReference(BlockCatalog.standard()).sections();
        for (Map.Entry<String, String> section : sections.entrySet()) {
            String start = "<!-- generated:" + section.getKey() + " -->\n";
            String end = "<!-- end:" + section.getKey() + " -->";
            int from = updated.indexOf(start);
            int to = updated.indexOf(end);
            assertThat(from).as("marker %s in %s", start.strip(), DOC).isNotNegative();
            assertThat(to).as("marker %s in %s", end, DOC).isGreaterThan(from);
            updated = updated.substring(0, from + start.length()) + section.getValue() + updated.substring(to);
        }
        if (Boolean.getBoolean("akis.updateDocs") && !updated.equals(doc)) {
            Files.writeString(DOC, updated, StandardCharsets.UTF_8);
            return;
        }
        assertThat(doc).as("%s is out of date; run with -Dakis.updateDocs=true and review", DOC).isEqualTo(updated);
    }

    @Test
    void everyBlockTypeOfTheCatalogHasItsOwnSection() throws IOException {
        String doc = Files.readString(DOC, StandardCharsets.UTF_8);
        BlockCatalog.standard().all().forEach(type -> assertThat(doc).contains("### `" + type.id() + "` — "));
    }
}
