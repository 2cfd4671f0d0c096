package dev.akis.sim.script;

import dev.akis.commerce.mock.Faults;
import dev.akis.engine.ConversationStart;
import dev.akis.engine.Engine;
import dev.akis.engine.TurnResult;
import dev.akis.engine.message.ChoiceOption;
import dev.akis.engine.trace.Trace;
import dev.akis.flow.FlowDocument;
import dev.akis.sim.CommerceEnvironment;
import dev.akis.sim.CommerceEnvironments;
import dev.akis.sim.CustomerProfile;
import dev.akis.sim.DurationText;
import dev.akis.sim.SimulatedConversation;
import dev.akis.sim.TranscriptFormatter;
import dev.akis.sim.UnknownCustomerException;
import dev.akis.sim.UnknownDatasetException;
import java.io.IOException;
import java.nio.file.NoSuchFileException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Plays a conversation test through the engine: opens the script's dataset (its clock starts at the dataset's
 * reference time), resolves the customer, performs each action, checks each expectation against the latest
 * turn, and stops at the first check that does not hold. Setup problems (unknown dataset, customer or service)
 * are thrown as {@link ScriptSyntaxException} with the script line, since they mean the script cannot run.
 */
public final class ScriptRunner {

    /** Opens an environment for a dataset name. */
    @FunctionalInterface
    public interface EnvironmentOpener {
        CommerceEnvironment open(String dataset) throws UnknownDatasetException, IOException;
    }

    private final EnvironmentOpener opener;
    private final boolean withTrace;

    /** A runner over the installed environments ({@link CommerceEnvironments}). */
    public ScriptRunner() {
        this(CommerceEnvironments::open, false);
    }

    public ScriptRunner(EnvironmentOpener opener, boolean withTrace) {
        this.opener = opener;
        this.withTrace = withTrace;
    }

    public ScriptResult run(FlowDocument flow, ConversationScript script, Locale locale) throws ScriptSyntaxException {
        checkBlocksExist(flow, script);
        CommerceEnvironment environment;
        try {
            environment = opener.open(script.dataset());
        } catch (UnknownDatasetException e) {
            throw new ScriptSyntaxException(script.source(), script.datasetLine(), "setup.unknownDataset",
                    e.dataset(), String.join(", ", e.available()));
        } catch (NoSuchFileException e) {
            throw new ScriptSyntaxException(script.source(), script.datasetLine(), "setup.datasetFileNotFound",
                    e.getFile());
        } catch (IOException e) {
            throw new ScriptSyntaxException(script.source(), script.datasetLine(), "setup.datasetFailed",
                    script.dataset(), CommerceEnvironments.reason(e, locale));
        }
        try (environment) {
            return play(flow, script, environment, locale);
        }
    }

    /**
     * A block id the flow does not have, in "start:" or "expect block:", is a mistake in the test (a typo, a block
     * renamed since), not a failed check: reported before anything runs, with its line, like an unknown dataset.
     */
    private static void checkBlocksExist(FlowDocument flow, ConversationScript script) throws ScriptSyntaxException {
        for (ScriptStep step : script.steps()) {
            String blockId = null;
            if (step instanceof ScriptStep.StartAt start) {
                blockId = start.blockId();
            } else if (step instanceof ScriptStep.Expect expect
                    && expect.expectation() instanceof Expectation.BlockReached reached) {
                blockId = reached.blockId();
            }
            if (blockId != null && flow.block(blockId).isEmpty()) {
                throw new ScriptSyntaxException(script.source(), step.line(), "setup.unknownBlock", blockId);
            }
        }
    }

    private ScriptResult play(FlowDocument flow, ConversationScript script, CommerceEnvironment environment,
                              Locale locale) throws ScriptSyntaxException {
        CustomerProfile customer;
        try {
            customer = environment.customer(script.customer());
        } catch (UnknownCustomerException e) {
            throw new ScriptSyntaxException(script.source(), script.customerLine(), "setup.unknownCustomer",
                    script.customer(), script.dataset());
        }
        String language = script.language() != null ? script.language()
                : customer.preferredLanguage() != null && flow.languages().contains(customer.preferredLanguage())
                ? customer.preferredLanguage() : flow.defaultLanguage();
        Engine engine = new Engine(flow, environment.engineServices());
        SimulatedConversation conversation = new SimulatedConversation(engine, environment.clock(),
                new ConversationStart(SimulatedConversation.CONVERSATION_ID, script.channel(), customer.phone(), customer.name(), language));
        List<String> transcript = new ArrayList<>();
        for (ScriptStep step : script.steps()) {
            if (step instanceof ScriptStep.Expect expect) {
                Expectation expectation = expect.expectation();
                String actual = expectation.check(conversation, locale);
                if (actual != null) {
                    // The run stops here, so the conversation stays as it was: the same check words it again in
                    // another language when asked.
                    return new ScriptResult(script, transcript, new ScriptResult.Failure(script.source(), step.line(),
                            step.text(), actual, other -> expectation.check(conversation, other)));
                }
                continue;
            }
            ScriptResult.Failure failure = act(step, conversation, environment, flow, script, transcript, locale);
            if (failure != null) {
                return new ScriptResult(script, transcript, failure);
            }
        }
        return new ScriptResult(script, transcript, null);
    }

    /** Performs one action and writes it and the reply to the transcript; a failure when it cannot be done. */
    private ScriptResult.Failure act(ScriptStep step, SimulatedConversation conversation,
                                     CommerceEnvironment environment, FlowDocument flow, ConversationScript script,
                                     List<String> transcript, Locale locale) throws ScriptSyntaxException {
        TurnResult result = null;
        if (step instanceof ScriptStep.Say say) {
            transcript.add("> " + say.message());
            result = conversation.say(say.message());
        } else if (step instanceof ScriptStep.Tap tap) {
            transcript.add(ScriptSyntaxException.TEXTS.get(locale, "transcript.tap", tap.choice()));
            try {
                result = conversation.tap(tap.choice());
            } catch (SimulatedConversation.NoSuchOptionException e) {
                List<String> offered = new ArrayList<>();
                for (ChoiceOption option : e.offered()) {
                    offered.add(option.title() + " (" + option.id() + ")");
                }
                java.util.function.Function<Locale, String> actual = in -> offered.isEmpty()
                        ? ScriptSyntaxException.TEXTS.get(in, "actual.noOptions")
                        : ScriptSyntaxException.TEXTS.get(in, "actual.options", String.join(", ", offered));
                return new ScriptResult.Failure(script.source(), step.line(), step.text(), actual.apply(locale), actual);
            }
        } else if (step instanceof ScriptStep.Wait wait) {
            transcript.add(ScriptSyntaxException.TEXTS.get(locale, "transcript.wait", DurationText.format(wait.duration())));
            result = conversation.pass(wait.duration());
        } else if (step instanceof ScriptStep.Event event) {
            transcript.add("! " + event.text().substring(event.text().indexOf(':') + 1).strip());
            result = conversation.send(event.event(), event.text());
        } else if (step instanceof ScriptStep.Fault || step instanceof ScriptStep.Slow) {
            if (!applyFault(step, environment)) {
                throw new ScriptSyntaxException(script.source(), step.line(), "setup.unknownService", faultService(step),
                        String.join(", ", environment.faultableServices()));
            }
            transcript.add("! " + step.text());
        } else if (step instanceof ScriptStep.Restart) {
            transcript.add("— restart —");
            conversation.restart();
        } else if (step instanceof ScriptStep.StartAt start) {
            if (flow.block(start.blockId()).isEmpty()) {
                throw new ScriptSyntaxException(script.source(), step.line(), "setup.unknownBlock", start.blockId());
            }
            transcript.add(ScriptSyntaxException.TEXTS.get(locale, "transcript.start", start.blockId()));
            result = conversation.startAt(start.blockId());
        } else if (step instanceof ScriptStep.SetProperty set) {
            conversation.setProperty(set.name(), set.value());
        }
        if (result != null) {
            transcript.addAll(TranscriptFormatter.lines(result.messages()));
            if (withTrace) {
                appendTrace(result.trace(), transcript, locale);
            }
        }
        return null;
    }

    /**
     * Switches a fault ({@code fault: ikas timeout}), an added latency ({@code fault: ikas slow 2s}) or clears them
     * all ({@code fault: clear}); the script runner and the terminal chat share it.
     *
     * @return false when the environment has no such service
     */
    public static boolean applyFault(ScriptStep step, CommerceEnvironment environment) {
        if (step instanceof ScriptStep.Fault fault && fault.service() == null) {
            for (String service : environment.faultableServices()) {
                environment.faults(service).ifPresent(Faults::clear);
            }
            return true;
        }
        Optional<Faults> faults = environment.faults(faultService(step));
        if (faults.isEmpty()) {
            return false;
        }
        if (step instanceof ScriptStep.Slow slow) {
            faults.get().setLatency(slow.latency());
        } else if (step instanceof ScriptStep.Fault fault) {
            faults.get().setMode(fault.mode());
        }
        return true;
    }

    private static String faultService(ScriptStep step) {
        if (step instanceof ScriptStep.Slow slow) {
            return slow.service();
        }
        return step instanceof ScriptStep.Fault fault ? fault.service() : null;
    }

    static void appendTrace(Trace trace, List<String> transcript, Locale locale) {
        for (String line : trace.describe(locale)) {
            transcript.add("    · " + line);
        }
    }
}
