package dev.akis.flow.validate;

import dev.akis.blocks.BlockCatalog;
import dev.akis.flow.FlowDocument;
import java.util.List;

/** Checks a flow against the block catalog and WhatsApp's limits; see {@link ProblemCode}. */
public final class FlowLinter {

    private final BlockCatalog catalog;

    public FlowLinter(BlockCatalog catalog) {
        this.catalog = catalog;
    }

    /** Every problem of the document, ordered by the position of the element in the document. */
    public List<Problem> lint(FlowDocument document) {
        // Filled in by the linter work (issue #2); the API is fixed so the studio can be built against it.
        return List.of();
    }

    BlockCatalog catalog() {
        return catalog;
    }
}
