package dev.akis.sim.bench;

import dev.akis.engine.ConversationStart;
import dev.akis.engine.ConversationState;
import dev.akis.engine.Engine;
import dev.akis.engine.TurnResult;
import dev.akis.engine.message.ChoiceOption;
import dev.akis.engine.message.InboundEvent;
import dev.akis.engine.message.OutgoingMessage;
import dev.akis.sim.SimulatedConversation;
import dev.akis.sim.script.ConversationScript;
import dev.akis.sim.script.ScriptStep;
import dev.akis.time.VirtualClock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A conversation test reduced to its actions, replayed straight against an engine as fast as it goes: checks
 * are left out (the benchmark plays each test once through the script runner first), each turn is timed with
 * {@link System#nanoTime()} around {@link Engine#handle} alone, and what the customer types or taps can be
 * adapted to another customer. A "tap:" naming an option the other customer is not offered takes the first
 * option offered instead, so every customer finishes a conversation.
 */
public final class ConversationReplay {

    private sealed interface Action {
    }

    private record Say(String text) implements Action {
    }

    private record Tap(String choice) implements Action {
    }

    private record Pass(Duration duration) implements Action {
    }

    private record Send(InboundEvent event) implements Action {
    }

    private record SetProperty(String name, String value) implements Action {
    }

    private record StartAt(String blockId) implements Action {
    }

    private record Restart() implements Action {
    }

    /** Who writes in one round, and the text to put in place of the script customer's e-mail (null: none). */
    public record Customer(String phone, String name, String language, String email) {
    }

    private final List<Action> actions;
    private final String scriptEmail;

    private ConversationReplay(List<Action> actions, String scriptEmail) {
        this.actions = List.copyOf(actions);
        this.scriptEmail = scriptEmail;
    }

    /**
     * The actions of a script. A script that switches faults on is not a main path and is refused: it would
     * measure the fault's time-outs, not the engine.
     */
    public static ConversationReplay of(ConversationScript script) {
        List<Action> actions = new ArrayList<>();
        for (ScriptStep step : script.steps()) {
            if (step instanceof ScriptStep.Say say) {
                actions.add(new Say(say.message()));
            } else if (step instanceof ScriptStep.Tap tap) {
                actions.add(new Tap(tap.choice()));
            } else if (step instanceof ScriptStep.Wait wait) {
                actions.add(new Pass(wait.duration()));
            } else if (step instanceof ScriptStep.Event event) {
                actions.add(new Send(event.event()));
            } else if (step instanceof ScriptStep.SetProperty set) {
                actions.add(new SetProperty(set.name(), set.value()));
            } else if (step instanceof ScriptStep.StartAt start) {
                actions.add(new StartAt(start.blockId()));
            } else if (step instanceof ScriptStep.Restart) {
                actions.add(new Restart());
            } else if (step instanceof ScriptStep.Fault || step instanceof ScriptStep.Slow) {
                throw new IllegalArgumentException(script.source() + ":" + step.line() + ": " + step.text());
            }
        }
        String customer = script.customer();
        return new ConversationReplay(actions, customer != null && customer.contains("@") ? customer.strip() : null);
    }

    /** The number of turns one round plays. */
    public int turnsPerRound() {
        int turns = 0;
        for (Action action : actions) {
            if (!(action instanceof SetProperty) && !(action instanceof Restart)) {
                turns++;
            }
        }
        return turns;
    }

    /**
     * Plays one round: a new conversation (clock back at {@code reference}), every action in order, each turn's
     * latency into {@code latencies}. Returns the number of turns played.
     */
    public int play(Engine engine, VirtualClock clock, Instant reference, String conversationId, Customer customer,
                    LatencyHistogram latencies) {
        clock.set(reference);
        ConversationStart start = new ConversationStart(conversationId, "api", customer.phone(), customer.name(),
                customer.language());
        ConversationState state = engine.newConversation(start);
        List<ChoiceOption> offered = List.of();
        int turns = 0;
        for (Action action : actions) {
            InboundEvent event = null;
            if (action instanceof Say say) {
                String text = scriptEmail != null && customer.email() != null
                        ? say.text().replace(scriptEmail, customer.email()) : say.text();
                event = InboundEvent.text(text);
            } else if (action instanceof Tap tap) {
                Optional<ChoiceOption> option = SimulatedConversation.find(offered, tap.choice());
                if (option.isEmpty() && !offered.isEmpty()) {
                    option = Optional.of(offered.get(0));
                }
                event = option.map(o -> InboundEvent.choice(o.id(), o.title())).orElse(InboundEvent.text(tap.choice()));
            } else if (action instanceof Pass pass) {
                clock.advance(pass.duration());
                event = InboundEvent.tick();
            } else if (action instanceof Send send) {
                event = send.event();
            } else if (action instanceof SetProperty set) {
                state = state.toBuilder().property(set.name(), set.value()).build();
                continue;
            } else if (action instanceof Restart) {
                state = engine.newConversation(start);
                offered = List.of();
                continue;
            }
            long started = System.nanoTime();
            TurnResult result = action instanceof StartAt at ? engine.startAt(state, at.blockId()) : engine.handle(state, event);
            latencies.record(System.nanoTime() - started);
            turns++;
            state = result.state();
            List<ChoiceOption> options = lastOptions(result.messages());
            if (!options.isEmpty()) {
                offered = options;
            }
        }
        return turns;
    }

    private static List<ChoiceOption> lastOptions(List<OutgoingMessage> messages) {
        for (int i = messages.size() - 1; i >= 0; i--) {
            List<ChoiceOption> options = messages.get(i).options();
            if (!options.isEmpty()) {
                return options;
            }
        }
        return List.of();
    }
}
