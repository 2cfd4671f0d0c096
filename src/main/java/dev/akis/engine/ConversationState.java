package dev.akis.engine;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Everything the engine needs to continue a conversation, as plain data: where it waits, its properties, the
 * memory of the waiting block (retries, the page shown), its pending timers, and whether people have taken
 * over. Immutable; each turn returns a new state. It round-trips through JSON ({@link ConversationStateJson})
 * with a format version, so a server can store thousands of them and resume after a restart or an upgrade.
 */
public final class ConversationState {

    /** The version of the JSON form written by this build. */
    public static final int FORMAT_VERSION = 1;

    /** Where the conversation stands between turns. */
    public enum Status {
        /** Not inside the flow: new, or ended; the next customer message picks an entry point. */
        IDLE,
        /** Waiting at {@link #currentBlock()} for the customer, a timer or the shop. */
        WAITING,
        /** People have taken over; the bot stays silent until it is given the conversation back. */
        HANDED_OFF
    }

    /** A timer a waiting block started; fires when the clock reaches {@code dueAt}. */
    public record PendingTimer(String blockId, String name, Instant dueAt) {
        public PendingTimer {
            Objects.requireNonNull(blockId, "blockId");
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(dueAt, "dueAt");
        }
    }

    static final Comparator<PendingTimer> BY_DUE_TIME = Comparator.comparing(PendingTimer::dueAt);

    private final String conversationId;
    private final String flowId;
    private final String language;
    private final String channel;
    private final Status status;
    private final String currentBlock;
    private final String entryId;
    private final Map<String, String> properties;
    private final Map<String, String> blockMemory;
    private final List<PendingTimer> timers;
    private final String handoffTeam;
    private final String handoffReason;
    private final Instant startedAt;
    private final Instant lastActivityAt;
    private final long turns;
    private final long idCounter;

    private ConversationState(Builder b) {
        this.conversationId = Objects.requireNonNull(b.conversationId, "conversationId");
        this.flowId = b.flowId == null ? "" : b.flowId;
        this.language = Objects.requireNonNull(b.language, "language");
        this.channel = b.channel == null ? "api" : b.channel;
        this.status = Objects.requireNonNull(b.status, "status");
        this.currentBlock = status == Status.WAITING ? Objects.requireNonNull(b.currentBlock, "currentBlock") : null;
        this.entryId = b.entryId;
        this.properties = Collections.unmodifiableMap(new LinkedHashMap<>(b.properties));
        this.blockMemory = Collections.unmodifiableMap(new LinkedHashMap<>(b.blockMemory));
        List<PendingTimer> sorted = new ArrayList<>(b.timers);
        sorted.sort(BY_DUE_TIME);
        this.timers = List.copyOf(sorted);
        this.handoffTeam = status == Status.HANDED_OFF ? b.handoffTeam : null;
        this.handoffReason = status == Status.HANDED_OFF ? b.handoffReason : null;
        this.startedAt = b.startedAt;
        this.lastActivityAt = b.lastActivityAt;
        this.turns = b.turns;
        this.idCounter = b.idCounter;
    }

    /**
     * The state a turn leaves: {@code before} with what the turn changed. The turn hands over collections that
     * only it held (its working copies, already in due-time order), so they are wrapped, not copied again: a
     * turn's cost should not grow with three copies of every property.
     */
    static ConversationState afterTurn(ConversationState before, Status status, String currentBlock, String entryId,
                                       Map<String, String> properties, Map<String, String> blockMemory,
                                       List<PendingTimer> timers, String handoffTeam, String handoffReason,
                                       Instant lastActivityAt, long idCounter) {
        return new ConversationState(before, status, currentBlock, entryId, properties, blockMemory, timers,
                handoffTeam, handoffReason, lastActivityAt, idCounter);
    }

    private ConversationState(ConversationState before, Status status, String currentBlock, String entryId,
                              Map<String, String> properties, Map<String, String> blockMemory,
                              List<PendingTimer> timers, String handoffTeam, String handoffReason,
                              Instant lastActivityAt, long idCounter) {
        this.conversationId = before.conversationId;
        this.flowId = before.flowId;
        this.language = before.language;
        this.channel = before.channel;
        this.status = Objects.requireNonNull(status, "status");
        this.currentBlock = status == Status.WAITING ? Objects.requireNonNull(currentBlock, "currentBlock") : null;
        this.entryId = entryId;
        this.properties = Collections.unmodifiableMap(properties);
        this.blockMemory = Collections.unmodifiableMap(blockMemory);
        this.timers = Collections.unmodifiableList(timers);
        this.handoffTeam = status == Status.HANDED_OFF ? handoffTeam : null;
        this.handoffReason = status == Status.HANDED_OFF ? handoffReason : null;
        this.startedAt = before.startedAt;
        this.lastActivityAt = lastActivityAt;
        this.turns = before.turns + 1;
        this.idCounter = idCounter;
    }

    public static Builder builder(String conversationId, String language) {
        Builder b = new Builder();
        b.conversationId = conversationId;
        b.language = language;
        return b;
    }

    public Builder toBuilder() {
        Builder b = new Builder();
        b.conversationId = conversationId;
        b.flowId = flowId;
        b.language = language;
        b.channel = channel;
        b.status = status;
        b.currentBlock = currentBlock;
        b.entryId = entryId;
        b.properties = new LinkedHashMap<>(properties);
        b.blockMemory = new LinkedHashMap<>(blockMemory);
        b.timers = new ArrayList<>(timers);
        b.handoffTeam = handoffTeam;
        b.handoffReason = handoffReason;
        b.startedAt = startedAt;
        b.lastActivityAt = lastActivityAt;
        b.turns = turns;
        b.idCounter = idCounter;
        return b;
    }

    public String conversationId() {
        return conversationId;
    }

    /** The id of the flow the conversation runs (informational: a server may check it after deploying a new flow). */
    public String flowId() {
        return flowId;
    }

    public String language() {
        return language;
    }

    public String channel() {
        return channel;
    }

    public Status status() {
        return status;
    }

    /** The block the conversation waits at; null unless {@link Status#WAITING}. */
    public String currentBlock() {
        return currentBlock;
    }

    /** The entry point the current run of the flow started from, or null. */
    public String entryId() {
        return entryId;
    }

    /** Every property with a value, canonical forms (see {@code PropertyValues}). */
    public Map<String, String> properties() {
        return properties;
    }

    public String property(String name) {
        return properties.get(name);
    }

    /** What the waiting block remembers (retries, the page or options it showed). */
    public Map<String, String> blockMemory() {
        return blockMemory;
    }

    /** Pending timers, soonest first. */
    public List<PendingTimer> timers() {
        return timers;
    }

    /** When the soonest timer is due: a server schedules a {@code TIME_PASSED} event for then. */
    public Optional<Instant> nextTimerDue() {
        return timers.isEmpty() ? Optional.empty() : Optional.of(timers.get(0).dueAt());
    }

    public String handoffTeam() {
        return handoffTeam;
    }

    public String handoffReason() {
        return handoffReason;
    }

    public Instant startedAt() {
        return startedAt;
    }

    public Instant lastActivityAt() {
        return lastActivityAt;
    }

    /** How many turns the conversation has had. */
    public long turns() {
        return turns;
    }

    /** The last number handed out for ids made within the conversation (checkout ids). */
    public long idCounter() {
        return idCounter;
    }

    public boolean isWaiting() {
        return status == Status.WAITING;
    }

    public boolean isHandedOff() {
        return status == Status.HANDED_OFF;
    }

    @Override
    public boolean equals(Object other) {
        if (this == other) {
            return true;
        }
        if (!(other instanceof ConversationState that)) {
            return false;
        }
        return turns == that.turns && idCounter == that.idCounter && conversationId.equals(that.conversationId)
                && flowId.equals(that.flowId) && language.equals(that.language) && channel.equals(that.channel)
                && status == that.status && Objects.equals(currentBlock, that.currentBlock)
                && Objects.equals(entryId, that.entryId) && properties.equals(that.properties)
                && blockMemory.equals(that.blockMemory) && timers.equals(that.timers)
                && Objects.equals(handoffTeam, that.handoffTeam) && Objects.equals(handoffReason, that.handoffReason)
                && Objects.equals(startedAt, that.startedAt) && Objects.equals(lastActivityAt, that.lastActivityAt);
    }

    @Override
    public int hashCode() {
        return Objects.hash(conversationId, status, currentBlock, properties, turns);
    }

    @Override
    public String toString() {
        return "ConversationState[" + conversationId + ", " + status
                + (currentBlock == null ? "" : " at " + currentBlock) + ", " + properties.size() + " properties]";
    }

    /** Assembles a state; used by the engine, the JSON reader and tests. */
    public static final class Builder {
        private String conversationId;
        private String flowId;
        private String language;
        private String channel;
        private Status status = Status.IDLE;
        private String currentBlock;
        private String entryId;
        private Map<String, String> properties = new LinkedHashMap<>();
        private Map<String, String> blockMemory = new LinkedHashMap<>();
        private List<PendingTimer> timers = new ArrayList<>();
        private String handoffTeam;
        private String handoffReason;
        private Instant startedAt;
        private Instant lastActivityAt;
        private long turns;
        private long idCounter;

        private Builder() {
        }

        public Builder flowId(String value) {
            this.flowId = value;
            return this;
        }

        public Builder channel(String value) {
            this.channel = value;
            return this;
        }

        public Builder status(Status value) {
            this.status = value;
            return this;
        }

        public Builder currentBlock(String value) {
            this.currentBlock = value;
            return this;
        }

        public Builder entryId(String value) {
            this.entryId = value;
            return this;
        }

        public Builder properties(Map<String, String> value) {
            this.properties = new LinkedHashMap<>(value);
            return this;
        }

        public Builder property(String name, String value) {
            if (value == null) {
                this.properties.remove(name);
            } else {
                this.properties.put(name, value);
            }
            return this;
        }

        public Builder blockMemory(Map<String, String> value) {
            this.blockMemory = new LinkedHashMap<>(value);
            return this;
        }

        public Builder timers(List<PendingTimer> value) {
            this.timers = new ArrayList<>(value);
            return this;
        }

        public Builder handoff(String team, String reason) {
            this.handoffTeam = team;
            this.handoffReason = reason;
            return this;
        }

        public Builder startedAt(Instant value) {
            this.startedAt = value;
            return this;
        }

        public Builder lastActivityAt(Instant value) {
            this.lastActivityAt = value;
            return this;
        }

        public Builder turns(long value) {
            this.turns = value;
            return this;
        }

        public Builder idCounter(long value) {
            this.idCounter = value;
            return this;
        }

        public ConversationState build() {
            return new ConversationState(this);
        }
    }
}
