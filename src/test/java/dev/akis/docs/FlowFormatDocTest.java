package dev.akis.docs;

import static org.assertj.core.api.Assertions.assertThat;

import dev.akis.blocks.BlockCatalog;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
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
        GeneratedSections.check(DOC, new FlowFormatReference(BlockCatalog.standard()).sections());
    }

    @Test
    void everyBlockTypeOfTheCatalogHasItsOwnSection() throws IOException {
        String doc = Files.readString(DOC, StandardCharsets.UTF_8);
        BlockCatalog.standard().all().forEach(type -> assertThat(doc).contains("### `" + type.id() + "` — "));
    }
}
