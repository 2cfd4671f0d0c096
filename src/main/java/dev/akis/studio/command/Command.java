package dev.akis.studio.command;

import dev.akis.flow.FlowDocument;
import java.util.Locale;

/**
 * One named edit of a flow. The flow model is immutable, so a command only computes the next document; the
 * {@link CommandStack} keeps the previous one for undo.
 */
public interface Command {

    /** What the edit does, for the Edit menu ("Move 3 blocks"). */
    String description(Locale locale);

    /** The document after the edit; returning the same instance means "nothing changed". */
    FlowDocument apply(FlowDocument document);

    /**
     * Commands with the same non-null key that directly follow each other become one undo step, so typing a
     * word in the inspector is undone at once. Keys are compared with {@code equals}.
     */
    default Object mergeKey() {
        return null;
    }
}
