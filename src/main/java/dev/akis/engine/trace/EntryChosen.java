package dev.akis.engine.trace;

/** A new conversation (or a fresh start after End) entered the flow through this entry point. */
public record EntryChosen(String entryId, String kind, String target) implements TraceEntry {

    @Override
    public String blockId() {
        return target;
    }
}
