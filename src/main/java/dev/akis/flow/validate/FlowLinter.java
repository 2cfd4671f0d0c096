package dev.akis.flow.validate;

import dev.akis.blocks.BlockCatalog;
import dev.akis.flow.FlowDocument;
import java.util.List;

/**
 * Checks a flow against the block catalog and WhatsApp's limits; see {@link ProblemCode}. Pure and roughly
 * linear in the size of the flow, so the studio can run it on every edit.
 */
public final class FlowLinter {

    private final BlockCatalog catalog;

    public FlowLinter(BlockCatalog catalog) {
        this.catalog = catalog;
    }

    /** Every problem of the document, ordered by the position of the element in the document. */
    public List<Problem> lint(FlowDocument document) {
        return new LintRun(catalog, document).run();
    }

    BlockCatalog catalog() {
        return catalog;
    }
}
