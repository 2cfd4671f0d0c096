package dev.akis.studio.simulator;

import dev.akis.commerce.dataset.DatasetException;
import dev.akis.commerce.dataset.MemberSummary;
import dev.akis.commerce.mock.FaultMode;
import dev.akis.commerce.mock.Faults;
import dev.akis.engine.ConversationStart;
import dev.akis.engine.Engine;
import dev.akis.engine.TurnResult;
import dev.akis.engine.message.ChoiceOption;
import dev.akis.engine.message.InboundEvent;
import dev.akis.engine.spi.TextMatching;
import dev.akis.engine.trace.BlockStep;
import dev.akis.flow.Connection;
import dev.akis.flow.FlowDocument;
import dev.akis.i18n.Messages;
import dev.akis.sim.CustomerProfile;
import dev.akis.sim.DurationText;
import dev.akis.sim.MockCommerceEnvironment;
import dev.akis.sim.SimulatedConversation;
import dev.akis.sim.UnknownCustomerException;
import dev.akis.sim.script.ScriptParser;
import dev.akis.sim.script.ScriptSyntaxException;
import dev.akis.sim.script.ScriptWriter;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * The simulator's conversation, without any window: plays a flow through the engine against the mock İkas and
 * carrier servers of one {@link MockCommerceEnvironment} (opened on first use, replaced when another dataset is
 * loaded, closed with the session). Every action runs on one background thread, strictly in the order asked,
 * so service calls never block the interface; each result is then handed to {@code onTurn} on the interface's
 * executor. {@link #idle()} completes when everything asked so far has run and been handed over.
 *
 * <p>Conversation state (engine, conversation, path, customer) is touched only on the background thread.
 */
public final class SimulatorSession implements AutoCloseable {

    /** Opens the simulator's world: the shipped dataset for null, else a dataset file. */
    @FunctionalInterface
    public interface WorldOpener {
        MockCommerceEnvironment open(Path datasetFile) throws IOException, DatasetException;
    }

    /**
     * Who writes, in which language, previewed on which channel.
     *
     * @param customer "stranger", a member's e-mail or a phone
     * @param language "tr", "en", or null for the customer's preferred language (else the flow's default)
     */
    public record Setup(String customer, String language, ChannelPreview.Channel channel) {
        public Setup {
            customer = customer == null || customer.isBlank() ? CustomerProfile.STRANGER : customer.strip();
            channel = channel == null ? ChannelPreview.Channel.PLAIN : channel;
        }
    }

    /** The world's standard opener: the shipped dataset or a file. */
    public static final WorldOpener STANDARD_WORLD = file -> file == null
            ? MockCommerceEnvironment.openDefault() : MockCommerceEnvironment.open(file);

    private static final Messages TEXTS = Messages.bundle("dev.akis.studio.studio");

    private final ExecutorService worker = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "akis-simulator");
        thread.setDaemon(true);
        return thread;
    });
    private final Executor ui;
    private final Consumer<SimTurn> onTurn;
    private final WorldOpener opener;
    private final Supplier<Locale> locale;
    private CompletableFuture<?> tail = CompletableFuture.completedFuture(null);
    private volatile boolean closed;

    // Confined to the worker thread.
    private MockCommerceEnvironment world;
    private FlowDocument flow;
    private Engine engine;
    private Setup setup;
    private CustomerProfile profile;
    private String language;
    private SimulatedConversation conversation;
    private final List<String> path = new ArrayList<>();
    private final List<Connection> pathConnections = new ArrayList<>();
    /** Script lines that are not conversation actions (faults), with the number of exchanges before them. */
    private final List<Map.Entry<Integer, String>> sideLines = new ArrayList<>();
    private long datasetRevisionAtStart;

    public SimulatorSession(WorldOpener opener, Executor ui, Consumer<SimTurn> onTurn, Supplier<Locale> locale) {
        this.opener = opener;
        this.ui = ui;
        this.onTurn = onTurn;
        this.locale = locale;
    }

    // ---- actions ------------------------------------------------------------------------------------------

    /** Starts a new conversation with the flow (the world is opened first if needed). */
    public CompletableFuture<SimTurn> begin(FlowDocument document, Setup newSetup) {
        return submit(() -> start(document, newSetup));
    }

    /** A new conversation with the same customer on the same flow; the clock goes back to the dataset's time. */
    public CompletableFuture<SimTurn> restart() {
        return restart(null);
    }

    /** Restarts with another setup (null keeps the current one), e.g. after the channel preview changed. */
    public CompletableFuture<SimTurn> restart(Setup newSetup) {
        return submit(() -> {
            requireConversation();
            return start(flow, newSetup == null ? setup : newSetup);
        });
    }

    /** The customer writes. */
    public CompletableFuture<SimTurn> say(String text) {
        return submit(() -> {
            requireConversation();
            return turn(SimTurn.Action.SAY, text, conversation.say(text));
        });
    }

    /** The customer taps an option the bot offered. */
    public CompletableFuture<SimTurn> tap(ChoiceOption option) {
        return submit(() -> {
            requireConversation();
            String choice = tapLabel(option, conversation.offeredOptions());
            try {
                return turn(SimTurn.Action.TAP, option.title(), conversation.tap(choice));
            } catch (SimulatedConversation.NoSuchOptionException e) {
                return failure(text("sim.error.notOffered", option.title()));
            }
        });
    }

    /** Time passes on the virtual clock; due timers fire. */
    public CompletableFuture<SimTurn> pass(Duration duration) {
        return submit(() -> {
            requireConversation();
            return turn(SimTurn.Action.WAIT, null, conversation.pass(duration));
        });
    }

    /**
     * The shop or an agent reports something, written as in a conversation test after {@code event:}
     * ("paid order=1126", "failed", "abandoned", "resume").
     */
    public CompletableFuture<SimTurn> event(String description) {
        return submit(() -> {
            requireConversation();
            InboundEvent event;
            try {
                event = ScriptParser.event("simulator", 0, description);
            } catch (ScriptSyntaxException e) {
                return failure(e.describe(locale.get()));
            }
            return turn(SimTurn.Action.EVENT, null, conversation.send(event, "event: " + description));
        });
    }

    /** Runs the flow from a block ("start from the selected block"). */
    public CompletableFuture<SimTurn> startAt(String blockId) {
        return submit(() -> {
            requireConversation();
            if (!flow.hasBlock(blockId)) {
                return failure(text("sim.error.noBlock", blockId));
            }
            return turn(SimTurn.Action.START_AT, null, conversation.startAt(blockId));
        });
    }

    /** Makes a service misbehave from now on ({@link FaultMode#NONE} makes it behave again). */
    public CompletableFuture<SimTurn> fault(String service, FaultMode mode) {
        return submit(() -> {
            ensureWorld();
            Faults faults = world.faults(service).orElseThrow(() -> new IllegalArgumentException(service));
            faults.setMode(mode);
            String line = "fault: " + service + " " + mode.name().toLowerCase(Locale.ROOT).replace('_', '-');
            return sideLine(line);
        });
    }

    /** Adds latency to every answer of a service (zero for none); a saved test gets it as "fault: ikas slow 2s". */
    public CompletableFuture<SimTurn> slow(String service, Duration latency) {
        return submit(() -> {
            ensureWorld();
            world.faults(service).orElseThrow(() -> new IllegalArgumentException(service)).setLatency(latency);
            return sideLine("fault: " + service + " " + ScriptParser.SLOW + " " + DurationText.format(latency));
        });
    }

    /** Loads another dataset file into a new world (the old one stays if the file is refused), then restarts. */
    public CompletableFuture<SimTurn> loadDataset(Path file) {
        return submit(() -> {
            MockCommerceEnvironment replacement;
            try {
                replacement = opener.open(file);
            } catch (DatasetException e) {
                return failure(e.format(locale.get()));
            }
            if (world != null) {
                world.close();
            }
            world = replacement;
            return flow == null ? idleTurn() : start(flow, setup);
        });
    }

    /** Throws away edits made in the data view, then restarts the conversation. */
    public CompletableFuture<SimTurn> resetDataset() {
        return submit(() -> {
            ensureWorld();
            world.database().reset();
            return flow == null ? idleTurn() : start(flow, setup);
        });
    }

    /** The customers of the dataset with their personas, for the customer picker. */
    public CompletableFuture<List<MemberSummary>> members() {
        return call(() -> {
            ensureWorld();
            return world.database().members();
        });
    }

    /** The world, opened if needed (the data view edits its database). */
    public CompletableFuture<MockCommerceEnvironment> world() {
        return call(() -> {
            ensureWorld();
            return world;
        });
    }

    /**
     * The conversation since it last (re)started as a conversation test ({@link ScriptWriter}'s format), with
     * the faults switched on and the channel; empty before the conversation has started.
     */
    public CompletableFuture<Optional<SavedTest>> testText(String description) {
        return call(() -> {
            if (conversation == null) {
                return Optional.empty();
            }
            List<SimulatedConversation.Exchange> exchanges = new ArrayList<>();
            int side = 0;
            List<SimulatedConversation.Exchange> played = conversation.exchanges();
            for (int i = 0; i <= played.size(); i++) {
                while (side < sideLines.size() && sideLines.get(side).getKey() == i) {
                    exchanges.add(new SimulatedConversation.Exchange(sideLines.get(side).getValue(), null));
                    side++;
                }
                if (i < played.size()) {
                    exchanges.add(played.get(i));
                }
            }
            String text = ScriptWriter.write(description, world.dataset(), profile.spec(), language, exchanges);
            if (setup.channel() != ChannelPreview.Channel.PLAIN) {
                text = text.replaceFirst("(?m)^(language: .*\\n)",
                        "$1channel: " + setup.channel().conversationChannel() + "\n");
            }
            boolean edited = world.database().revision() != datasetRevisionAtStart;
            return Optional.of(new SavedTest(text, played.isEmpty(), edited));
        });
    }

    /**
     * A conversation test made from the simulator.
     *
     * @param empty       true when nothing was played yet
     * @param dataEdited  true when the mock data was edited during the conversation: the test replays against the
     *                    dataset file, not the edits
     */
    public record SavedTest(String text, boolean empty, boolean dataEdited) {
    }

    /** Completes when every action asked so far has run and its result reached the interface. */
    public synchronized CompletableFuture<?> idle() {
        return tail;
    }

    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        CompletableFuture<?> last = idle();
        worker.execute(() -> {
            if (world != null) {
                world.close();
                world = null;
            }
        });
        worker.shutdown();
        last.cancel(false);
    }

    // ---- running ----------------------------------------------------------------------------------------

    private interface Work<T> {
        T run() throws Exception;
    }

    private synchronized CompletableFuture<SimTurn> submit(Work<SimTurn> work) {
        if (closed) {
            return CompletableFuture.failedFuture(new IllegalStateException("The simulator is closed"));
        }
        CompletableFuture<SimTurn> done = tail.handleAsync((ignored, previousFailure) -> {
            try {
                return work.run();
            } catch (NoConversationException e) {
                return failure(text("sim.error.noConversation"));
            } catch (Exception | LinkageError e) {
                return failure(text("sim.error.unexpected", e.getMessage() == null ? e.toString() : e.getMessage()));
            }
        }, worker).thenCompose(turn -> CompletableFuture.supplyAsync(() -> {
            onTurn.accept(turn);
            return turn;
        }, ui));
        tail = done;
        return done;
    }

    private synchronized <T> CompletableFuture<T> call(Work<T> work) {
        CompletableFuture<T> done = tail.handleAsync((ignored, previousFailure) -> {
            try {
                return work.run();
            } catch (RuntimeException e) {
                throw e;
            } catch (Exception e) {
                throw new IllegalStateException(e.getMessage(), e);
            }
        }, worker);
        tail = done.exceptionally(e -> null);
        return done;
    }

    private void ensureWorld() throws IOException, DatasetException {
        if (world == null) {
            world = opener.open(null);
        }
    }

    private void requireConversation() {
        if (conversation == null) {
            throw new NoConversationException();
        }
    }

    private SimTurn start(FlowDocument document, Setup newSetup) throws IOException, DatasetException {
        ensureWorld();
        CustomerProfile customer;
        try {
            customer = world.customer(newSetup.customer());
        } catch (UnknownCustomerException e) {
            return failure(text("sim.error.unknownCustomer", newSetup.customer()));
        }
        world.clock().set(world.database().referenceTime());
        flow = document;
        setup = newSetup;
        profile = customer;
        language = newSetup.language() != null && document.languages().contains(newSetup.language())
                ? newSetup.language()
                : customer.preferredLanguage() != null && document.languages().contains(customer.preferredLanguage())
                ? customer.preferredLanguage() : document.defaultLanguage();
        engine = new Engine(document, world.engineServices());
        conversation = new SimulatedConversation(engine, world.clock(), new ConversationStart("simulator",
                newSetup.channel().conversationChannel(), customer.phone(), customer.name(), language));
        path.clear();
        pathConnections.clear();
        sideLines.clear();
        datasetRevisionAtStart = world.database().revision();
        for (String service : world.faultableServices()) {
            world.faults(service).ifPresent(faults -> {
                if (faults.mode() != FaultMode.NONE) {
                    sideLines.add(Map.entry(0, "fault: " + service + " "
                            + faults.mode().name().toLowerCase(Locale.ROOT).replace('_', '-')));
                }
                if (!faults.latency().isZero()) {
                    sideLines.add(Map.entry(0, "fault: " + service + " " + ScriptParser.SLOW + " "
                            + DurationText.format(faults.latency())));
                }
            });
        }
        return snapshot(SimTurn.Action.BEGIN, null, null, null, true, null);
    }

    private SimTurn turn(SimTurn.Action action, String customerText, TurnResult result) {
        List<BlockStep> steps = result.trace().blockSteps();
        for (BlockStep step : steps) {
            path.add(step.blockId());
            if (step.result() == BlockStep.Result.PORT && step.target() != null) {
                Connection connection = Connection.of(step.blockId(), step.port(), step.target());
                if (!pathConnections.contains(connection)) {
                    pathConnections.add(connection);
                }
            }
        }
        List<SimulatedConversation.Exchange> exchanges = conversation.exchanges();
        String line = exchanges.isEmpty() ? null : exchanges.get(exchanges.size() - 1).action();
        return snapshot(action, line, customerText, result, false, null);
    }

    private SimTurn sideLine(String line) {
        if (conversation != null) {
            sideLines.add(Map.entry(conversation.exchanges().size(), line));
        }
        return snapshot(SimTurn.Action.FAULT, line, null, null, false, null);
    }

    private SimTurn idleTurn() {
        return snapshot(SimTurn.Action.FAULT, null, null, null, false, null);
    }

    private SimTurn failure(String message) {
        return snapshot(SimTurn.Action.FAILED, null, null, null, false, message);
    }

    private SimTurn snapshot(SimTurn.Action action, String line, String customerText, TurnResult result,
                             boolean fresh, String error) {
        return new SimTurn(action, line, customerText, result, conversation == null ? null : conversation.state(),
                path, pathConnections, conversation == null ? List.of() : conversation.offeredOptions(),
                world == null ? null : world.clock().instant(),
                world == null ? null : world.shopSettings().zone(), engine, flow, language, fresh, error);
    }

    /** Taps by title when no other option has the same title (readable in a saved test), else by id. */
    static String tapLabel(ChoiceOption option, List<ChoiceOption> offered) {
        String key = TextMatching.fold(option.title());
        long sameTitle = offered.stream().filter(o -> TextMatching.fold(o.title()).equals(key)).count();
        boolean titleIsAnId = offered.stream().anyMatch(o -> o != option && o.id().equals(option.title().strip()));
        boolean titleIsANumber = option.title().strip().matches("\\d{1,2}");
        return sameTitle == 1 && !option.title().isBlank() && !titleIsAnId && !titleIsANumber
                ? option.title().strip() : option.id();
    }

    private String text(String key, Object... args) {
        return TEXTS.get(locale.get(), key, args);
    }

    /** An action that needs a conversation came before one was started. */
    private static final class NoConversationException extends RuntimeException {
        private static final long serialVersionUID = 1L;
    }

    /** Names of the services whose faults the simulator switches, in display order. */
    public static List<String> faultableServices() {
        List<String> services = new ArrayList<>();
        services.add("ikas");
        services.add(MockCommerceEnvironment.ALL_CARRIERS);
        for (dev.akis.commerce.Carrier carrier : dev.akis.commerce.Carrier.values()) {
            services.add(carrier.slug());
        }
        return services;
    }

    /** The fault modes the toggles offer, keyed by their script name. */
    public static Map<String, FaultMode> faultModes() {
        Map<String, FaultMode> modes = new LinkedHashMap<>();
        for (FaultMode mode : FaultMode.values()) {
            modes.put(mode.name().toLowerCase(Locale.ROOT).replace('_', '-'), mode);
        }
        return modes;
    }
}
