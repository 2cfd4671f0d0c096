package dev.akis.studio.inspector;

import com.fasterxml.jackson.databind.JsonNode;
import javafx.scene.Node;

/** The editor of one setting of a block; one subclass per {@link dev.akis.blocks.FieldType}. */
abstract class FieldEditor {

    protected final FieldContext context;
    protected boolean updating;

    FieldEditor(FieldContext context) {
        this.context = context;
    }

    abstract Node node();

    /** Shows the model's value (null when unset); must not commit and should leave equal content alone. */
    abstract void show(JsonNode value);

    /** The control that receives focus when the field is opened from the problems panel or the canvas. */
    abstract Node focusTarget();

    /** True when the editor shows the field's label itself (a check box). */
    boolean showsOwnLabel() {
        return false;
    }

    protected void commit(JsonNode value, Object mergeKey) {
        if (!updating) {
            context.commit(value, mergeKey);
        }
    }

    protected static boolean isUnset(JsonNode value) {
        return value == null || value.isNull() || value.isMissingNode();
    }
}
