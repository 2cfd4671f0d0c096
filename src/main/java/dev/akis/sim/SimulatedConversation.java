package dev.akis.sim;

import dev.akis.engine.ConversationStart;
import dev.akis.engine.ConversationState;
import dev.akis.engine.Engine;
import dev.akis.engine.TurnResult;
import dev.akis.engine.message.ChoiceOption;
import dev.akis.engine.message.InboundEvent;
import dev.akis.engine.message.OutgoingMessage;
import dev.akis.engine.spi.TextMatching;
import dev.akis.engine.trace.Trace;
import dev.akis.time.VirtualClock;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

/**
 * One conversation played by hand or by a script against an engine and a virtual clock: the customer writes,
 * taps offered options, lets time pass, and the shop reports payments. Keeps the state between turns, the
 * exchanges (each action as a script line with its result, for "Save as test"), and the path of blocks run.
 * The studio simulator, the {@code simulate} command and the conversation-test runner all drive this class.
 */
public final class SimulatedConversation {

    /**
     * The id of every simulated conversation: the studio simulator's, the terminal chat's and a conversation
     * test's. Ids the engine makes from it ({@code chk-<conversation id>-<n>} for a checkout) then agree, so a
     * shop event saved from the simulator names the checkout the replayed test makes too.
     */
    public static final String CONVERSATION_ID = "simulator";

    /** One action and what the engine answered. {@code action} is the action as a script line. */
    public record Exchange(String action, TurnResult result) {
    }

    /** The customer tapped something the bot did not offer. */
    public static final class NoSuchOptionException extends Exception {
        private static final long serialVersionUID = 1L;
        private final List<ChoiceOption> offered;

        public NoSuchOptionException(String choice, List<ChoiceOption> offered) {
            super("No option " + choice + " was offered");
            this.offered = List.copyOf(offered);
        }

        public List<ChoiceOption> offered() {
            return offered;
        }
    }

    private final Engine engine;
    private final VirtualClock clock;
    private final ConversationStart start;
    private final List<Exchange> exchanges = new ArrayList<>();
    private final List<String> path = new ArrayList<>();
    private ConversationState state;
    private TurnResult last;
    private int restarts;

    public SimulatedConversation(Engine engine, VirtualClock clock, ConversationStart start) {
        this.engine = engine;
        this.clock = clock;
        this.start = start;
        this.state = engine.newConversation(start);
    }

    public TurnResult say(String text) {
        return play("> " + text, InboundEvent.text(text));
    }

    /** Taps an option of the latest message that offered some: by id, by title (any case), or by number. */
    public TurnResult tap(String choice) throws NoSuchOptionException {
        List<ChoiceOption> options = offeredOptions();
        ChoiceOption option = find(options, choice)
                .orElseThrow(() -> new NoSuchOptionException(choice, options));
        return play("tap: " + choice, InboundEvent.choice(option.id(), option.title()));
    }

    /**
     * Moves the clock on and lets due timers fire, in time order. The clock stops at each timer's due time on
     * the way (a timer started by a timer included) and the engine gets a tick there, so passing three days at
     * once ends exactly where passing them hour by hour does, and services that read the clock (a parcel
     * becoming late) see the moment the timer fell due. The ticks' results are returned as one reply.
     *
     * @throws IllegalArgumentException when the duration is negative or longer than {@link DurationText#LONGEST}
     *     (the clock would run past its range); the conversation is left as it was
     */
    public TurnResult pass(Duration duration) {
        if (duration.isNegative() || duration.compareTo(DurationText.LONGEST) > 0) {
            throw new IllegalArgumentException("Cannot let " + duration + " pass: at most "
                    + DurationText.format(DurationText.LONGEST) + " at once");
        }
        Instant target;
        try {
            target = clock.instant().plus(duration);
        } catch (DateTimeException | ArithmeticException e) {
            throw new IllegalArgumentException("Cannot let " + duration + " pass: the clock would leave its range", e);
        }
        List<TurnResult> parts = new ArrayList<>();
        ConversationState current = state;
        Optional<Instant> due = current.nextTimerDue();
        while (due.isPresent() && !due.get().isAfter(target)) {
            Instant at = due.get().isBefore(clock.instant()) ? clock.instant() : due.get();
            clock.set(at);
            TurnResult part = engine.handle(current, InboundEvent.tick());
            parts.add(part);
            current = part.state();
            Optional<Instant> next = current.nextTimerDue();
            if (next.isPresent() && !next.get().isAfter(at)) {
                break; // the engine did not take the timer (nothing waits for it); the final tick settles it
            }
            due = next;
        }
        clock.set(target);
        parts.add(engine.handle(current, InboundEvent.tick()));
        TurnResult result = TurnResults.combine(parts);
        record("wait: " + DurationText.format(duration), result);
        return result;
    }

    /** Any other event; {@code scriptLine} is how a script writes it ("event: payment-succeeded order=1099"). */
    public TurnResult send(InboundEvent event, String scriptLine) {
        return play(scriptLine, event);
    }

    /** Runs from a block, as the studio's "start from the selected block". */
    public TurnResult startAt(String blockId) {
        TurnResult result = engine.startAt(state, blockId);
        record("start: " + blockId, result);
        return result;
    }

    /** A new conversation with the same customer; contact properties are not kept. */
    public void restart() {
        restarts++;
        String id = start.conversationId() == null ? null : start.conversationId() + "-" + (restarts + 1);
        state = engine.newConversation(new ConversationStart(id, start.channel(), start.contactPhone(),
                start.contactName(), start.language(), start.sourceTag()));
        last = null;
        exchanges.add(new Exchange("restart", null));
    }

    /** Keeps a script line that runs no turn ("fault: ikas slow 2s"), so "Save as test" writes it in its place. */
    public void recordLine(String scriptLine) {
        exchanges.add(new Exchange(scriptLine, null));
    }

    /** Gives a property a value before or between turns (scripts' "set:"). */
    public void setProperty(String name, String value) {
        state = state.toBuilder().property(name, value).build();
        exchanges.add(new Exchange("set: " + name + " = " + (value == null ? "" : value), null));
    }

    private TurnResult play(String action, InboundEvent event) {
        TurnResult result = engine.handle(state, event);
        record(action, result);
        return result;
    }

    private void record(String action, TurnResult result) {
        state = result.state();
        last = result;
        path.addAll(result.trace().blocksVisited());
        exchanges.add(new Exchange(action, result));
    }

    /** The options of the latest bot message that offered any (WhatsApp keeps older buttons tappable). */
    public List<ChoiceOption> offeredOptions() {
        for (int i = exchanges.size() - 1; i >= 0; i--) {
            TurnResult result = exchanges.get(i).result();
            if (result == null) {
                if ("restart".equals(exchanges.get(i).action())) {
                    return List.of();
                }
                continue;
            }
            for (int m = result.messages().size() - 1; m >= 0; m--) {
                List<ChoiceOption> options = result.messages().get(m).options();
                if (!options.isEmpty()) {
                    return options;
                }
            }
        }
        return List.of();
    }

    /** The option a script's "tap:" names: by id, by title (any case, Turkish letters folded), or by number. */
    public static Optional<ChoiceOption> find(List<ChoiceOption> options, String choice) {
        String wanted = choice.strip();
        for (ChoiceOption option : options) {
            if (option.id().equals(wanted)) {
                return Optional.of(option);
            }
        }
        String key = TextMatching.fold(wanted);
        for (ChoiceOption option : options) {
            if (TextMatching.fold(option.title()).equals(key)) {
                return Optional.of(option);
            }
        }
        if (wanted.matches("\\d{1,2}")) {
            int number = Integer.parseInt(wanted);
            if (number >= 1 && number <= options.size()) {
                return Optional.of(options.get(number - 1));
            }
        }
        return Optional.empty();
    }

    public Engine engine() {
        return engine;
    }

    public VirtualClock clock() {
        return clock;
    }

    public ConversationState state() {
        return state;
    }

    /** The latest turn's result, or null before the first turn (and after a restart). */
    public TurnResult last() {
        return last;
    }

    /** The latest turn's messages (empty before the first turn). */
    public List<OutgoingMessage> lastMessages() {
        return last == null ? List.of() : last.messages();
    }

    public Trace lastTrace() {
        return last == null ? Trace.empty() : last.trace();
    }

    public List<Exchange> exchanges() {
        return Collections.unmodifiableList(exchanges);
    }

    /** Every block run so far, in order. */
    public List<String> path() {
        return Collections.unmodifiableList(path);
    }

    public ConversationStart start() {
        return start;
    }
}
