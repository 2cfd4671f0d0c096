package dev.akis.blocks;

/** How badly an output port needs a connection; the linter reports unconnected ports accordingly. */
public enum PortNeed {
    /** Unconnected is an error (the conversation would stop without an answer). */
    REQUIRED,
    /** Unconnected is a warning (typically error ports). */
    RECOMMENDED,
    /** May stay unconnected (typically ports with a fallback). */
    OPTIONAL
}
