package dev.akis.studio.inspector;

/** Picks the editor for a field by its kind; one editor class per {@link dev.akis.blocks.FieldType}. */
final class FieldEditors {

    private FieldEditors() {
    }

    static FieldEditor create(FieldContext context) {
        return switch (context.field.type()) {
            case TEXT -> new SimpleEditors.Text(context);
            case LOCALIZED_TEXT -> new SimpleEditors.Localized(context);
            case INTEGER -> new SimpleEditors.Number(context, true);
            case DECIMAL -> new SimpleEditors.Number(context, false);
            case BOOLEAN -> new SimpleEditors.Toggle(context);
            case ENUM -> new SimpleEditors.Choice(context);
            case DURATION -> new SimpleEditors.DurationInput(context);
            case PROPERTY -> new SimpleEditors.Property(context);
            case BLOCK_REF -> new SimpleEditors.BlockRef(context);
            case CHOICES -> new ItemsEditors.Choices(context);
            case BRANCHES -> new ItemsEditors.Branches(context);
            case ASSIGNMENTS -> new ItemsEditors.Pairs(context, "property", "inspector.property", true,
                    "value", "inspector.value", false);
            case KEY_VALUES -> new ItemsEditors.Pairs(context, "name", "inspector.name", false,
                    "value", "inspector.value", false);
            case RESPONSE_MAPPINGS -> new ItemsEditors.Pairs(context, "path", "inspector.jsonPath", false,
                    "property", "inspector.property", true);
            case PRODUCT_IDS -> new ItemsEditors.ProductIds(context);
        };
    }
}
