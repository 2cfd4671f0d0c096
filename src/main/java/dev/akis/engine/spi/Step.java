package dev.akis.engine.spi;

import java.util.Objects;

/** What a block decided: leave through a port, continue elsewhere, wait, end, hand off, or not handle an event. */
public final class Step {

    /** The kinds of decision. */
    public enum Kind {
        /** Leave through an output port. */
        PORT,
        /** Continue at another block without a connection. */
        JUMP,
        /** Stay at this block until the customer, a timer or the shop says something. */
        WAIT,
        /** End the conversation. */
        END,
        /** Hand the conversation to a team of people. */
        HANDOFF,
        /** The block does not handle the event it was given. */
        DECLINE
    }

    private static final Step WAIT = new Step(Kind.WAIT, null, null);
    private static final Step END = new Step(Kind.END, null, null);
    private static final Step DECLINE = new Step(Kind.DECLINE, null, null);

    private final Kind kind;
    private final String value;
    private final String detail;

    private Step(Kind kind, String value, String detail) {
        this.kind = kind;
        this.value = value;
        this.detail = detail;
    }

    public static Step port(String portId) {
        return new Step(Kind.PORT, Objects.requireNonNull(portId, "portId"), null);
    }

    public static Step jump(String blockId) {
        return new Step(Kind.JUMP, Objects.requireNonNull(blockId, "blockId"), null);
    }

    public static Step waitHere() {
        return WAIT;
    }

    public static Step end() {
        return END;
    }

    public static Step handoff(String team, String reason) {
        return new Step(Kind.HANDOFF, team == null ? "" : team, reason == null ? "" : reason);
    }

    public static Step decline() {
        return DECLINE;
    }

    public Kind kind() {
        return kind;
    }

    /** The port for {@link Kind#PORT}. */
    public String port() {
        return kind == Kind.PORT ? value : null;
    }

    /** The target block for {@link Kind#JUMP}. */
    public String target() {
        return kind == Kind.JUMP ? value : null;
    }

    /** The team for {@link Kind#HANDOFF}. */
    public String team() {
        return kind == Kind.HANDOFF ? value : null;
    }

    /** The reason for {@link Kind#HANDOFF}. */
    public String reason() {
        return kind == Kind.HANDOFF ? detail : null;
    }

    @Override
    public String toString() {
        return value == null ? kind.name() : kind + "(" + value + ")";
    }
}
