package dev.akis.blocks;

/** Palette sections, in the order the palette shows them. */
public enum BlockCategory {
    CONVERSATION("conversation", "mdi2c-chat-outline"),
    IKAS("ikas", "mdi2s-storefront-outline"),
    CARGO("cargo", "mdi2t-truck-outline"),
    SALES("sales", "mdi2s-shopping-outline"),
    INTEGRATION("integration", "mdi2a-api");

    private final String id;
    private final String icon;

    BlockCategory(String id, String icon) {
        this.id = id;
        this.icon = icon;
    }

    public String id() {
        return id;
    }

    /** An Ikonli Material Design 2 icon literal. */
    public String icon() {
        return icon;
    }
}
