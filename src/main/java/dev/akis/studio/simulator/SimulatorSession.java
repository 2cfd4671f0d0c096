package dev.akis.studio.simulator;

import dev.akis.commerce.dataset.DatasetException;
import dev.akis.commerce.dataset.H2ShopService;
import dev.akis.commerce.Money;
import dev.akis.commerce.dataset.MemberFilter;
import dev.akis.commerce.dataset.MemberSummary;
import dev.akis.commerce.dataset.MemberView;
import dev.akis.commerce.dataset.OrderRow;
import dev.akis.commerce.dataset.OrderView;
import dev.akis.commerce.dataset.ShopDatabase;
import dev.akis.commerce.dataset.ShopDataset;
import dev.akis.commerce.mock.FaultMode;
import dev.akis.commerce.mock.Faults;
import dev.akis.engine.ConversationStart;
import dev.akis.engine.Engine;
import dev.akis.engine.TurnResult;
import dev.akis.engine.message.ChoiceOption;
import dev.akis.engine.message.InboundEvent;
import dev.akis.engine.spi.EmailAddresses;
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
import java.time.Instant;
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

    /** Where a stranger's e-mail goes, as the flows that ask for one store it. */
    static final String CONTACT_EMAIL = "contact.email";

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
    /** The data's revision when the world's dataset was opened, loaded or reset: later ones are the merchant's edits. */
    private long datasetRevisionAtLoad;
    private long datasetRevisionAtStart;
    /** The data as the conversation began when it had been edited since it was loaded, else null. */
    private ShopDataset editedDataAtStart;
    /** How many checkouts and orders the Tools made up in this conversation (their ids and numbers differ). */
    private int madeUp;

    public SimulatorSession(WorldOpener opener, Executor ui, Consumer<SimTurn> onTurn, Supplier<Locale> locale) {
        this.opener = opener;
        this.ui = ui;
        this.onTurn = onTurn;
        this.locale = locale;
    }

    // ---- actions ------------------------------------------------------------------------------------------

    /**
     * Starts a new conversation with the flow (the world is opened first if needed). A restart is a new begin
     * with the flow as it is now: there is no restart on a remembered version, which would replay an old flow.
     */
    public CompletableFuture<SimTurn> begin(FlowDocument document, Setup newSetup) {
        return submit(() -> start(document, newSetup));
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
            return sendEvent(description);
        });
    }

    /**
     * The shop reports a checkout's outcome with the details a real shop sends: the checkout the conversation has,
     * or one made up from the mock data for an abandoned cart; the order a payment created (see
     * {@link ShopEventLines}).
     */
    public CompletableFuture<SimTurn> checkout(ShopEventLines.CheckoutOutcome outcome) {
        return submit(() -> {
            requireConversation();
            String line = ShopEventLines.checkout(outcome, conversation.state(), shopData(), madeUp);
            if (outcome != ShopEventLines.CheckoutOutcome.FAILED) {
                madeUp++;
            }
            return sendEvent(line);
        });
    }

    /** The shop reports that one of the customer's orders was placed with cash on delivery. */
    public CompletableFuture<SimTurn> cashOnDelivery(String orderId) {
        return submit(() -> {
            requireConversation();
            Optional<OrderView> order = world.database().findOrder(orderId);
            if (order.isEmpty()) {
                return failure(text("sim.error.noOrder", orderId));
            }
            return sendEvent(ShopEventLines.cashOnDelivery(order.get().order()));
        });
    }

    /** One of the customer's orders, as the cash-on-delivery tool offers it. */
    public record OrderChoice(String orderId, String orderNumber, Instant orderedAt, Money total,
                              boolean cashOnDelivery) {
    }

    /** The orders of the customer who writes now, newest first (none for a stranger or before a conversation). */
    public CompletableFuture<List<OrderChoice>> customerOrders() {
        return call(() -> {
            if (world == null || profile == null) {
                return List.of();
            }
            String currency = world.database().shop().currency();
            return customerOrderRows().stream().map(order -> new OrderChoice(order.id(), order.orderNumber(),
                    order.orderedAt(), new Money(order.total(), currency), ShopEventLines.isCashOnDelivery(order)))
                    .toList();
        });
    }

    private SimTurn sendEvent(String description) {
        InboundEvent event;
        try {
            event = ScriptParser.event("simulator", 0, description);
        } catch (ScriptSyntaxException e) {
            return failure(e.describe(locale.get()));
        }
        return turn(SimTurn.Action.EVENT, null, conversation.send(event, "event: " + description));
    }

    private ShopEventLines.ShopData shopData() {
        ShopDataset data = world.database().snapshot();
        return new ShopEventLines.ShopData(data.shop().storefrontUrl(), data.shop().currency(), data.products(),
                customerOrderRows(), ShopEventLines.nextOrderNumber(data.orders()));
    }

    /** The customer's orders, newest first: a member found by the e-mail the simulator was given, or by phone. */
    private List<OrderRow> customerOrderRows() {
        if (profile == null || CustomerProfile.STRANGER.equals(profile.spec())) {
            return List.of();
        }
        ShopDatabase database = world.database();
        Optional<String> email = EmailAddresses.normalize(profile.spec());
        Optional<MemberView> member = email.isPresent()
                ? database.findMember(MemberFilter.byEmail(email.get()))
                : database.findMember(MemberFilter.byPhone(profile.phone()));
        return member.map(m -> database.ordersOf(m.member().id()).stream().map(OrderView::order).toList())
                .orElse(List.of());
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

    /**
     * Loads another dataset file into a new world (the old one stays if the file is refused), then restarts. The
     * services keep misbehaving as chosen: the faults and slowness switched on carry over to the new world, so
     * the switches shown in the Tools tab stay true.
     */
    public CompletableFuture<SimTurn> loadDataset(Path file) {
        return submit(() -> {
            MockCommerceEnvironment replacement;
            try {
                replacement = opener.open(file);
            } catch (DatasetException e) {
                return failure(e.format(locale.get()));
            }
            if (world != null) {
                carryFaults(world, replacement);
                world.close();
            }
            world = replacement;
            datasetRevisionAtLoad = world.database().revision();
            if (flow == null) {
                return idleTurn();
            }
            // The conversation must move to the new world; a customer the new data does not know writes as a
            // stranger rather than leaving the conversation on the closed world.
            SimTurn restarted = start(flow, setup);
            return restarted.failed()
                    ? start(flow, new Setup(CustomerProfile.STRANGER, setup.language(), setup.channel())) : restarted;
        });
    }

    /** Throws away edits made in the data view, then restarts the conversation. */
    public CompletableFuture<SimTurn> resetDataset() {
        return submit(() -> {
            ensureWorld();
            world.database().reset();
            datasetRevisionAtLoad = world.database().revision();
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
     * the faults switched on and the channel; empty before the conversation has started. A dataset loaded from a
     * file is named relative to {@code testFile}'s folder when it can be, so the test and its data can move
     * together to another machine. When the data had been edited in the data view before the conversation began,
     * the test names a data file beside it ({@link ConversationTests#dataFileFor}) and the result carries that
     * data for the caller to write, so the test replays against what the conversation saw.
     */
    public CompletableFuture<Optional<SavedTest>> testText(String description, Path testFile) {
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
            Path dataFile = editedDataAtStart != null && testFile != null ? ConversationTests.dataFileFor(testFile) : null;
            String dataset = dataFile != null ? dataFile.getFileName().toString()
                    : datasetAsSeenFrom(world.dataset(), testFile);
            String text = ScriptWriter.write(description, dataset, profile.spec(), language, exchanges);
            if (setup.channel() != ChannelPreview.Channel.PLAIN) {
                text = text.replaceFirst("(?m)^(language: .*\\n)",
                        "$1channel: " + setup.channel().conversationChannel() + "\n");
            }
            boolean editedSinceStart = world.database().revision() != datasetRevisionAtStart;
            boolean nothingPlayed = played.stream().allMatch(exchange -> exchange.result() == null);
            return Optional.of(new SavedTest(text, nothingPlayed, dataFile == null ? null : editedDataAtStart,
                    dataFile, editedSinceStart));
        });
    }

    /**
     * How a test file at {@code testFile} names the dataset: a named dataset ("default") as is; a dataset file by
     * its path relative to the test's folder ("data/shop.json", "../shop.json") when both are on the same file
     * system, else by its absolute path. Paths are written with "/" on every system.
     */
    static String datasetAsSeenFrom(String dataset, Path testFile) {
        if (dataset == null || testFile == null || !dataset.endsWith(".json")) {
            return dataset;
        }
        Path data = Path.of(dataset).toAbsolutePath().normalize();
        Path folder = testFile.toAbsolutePath().normalize().getParent();
        if (folder == null || data.getRoot() == null || !data.getRoot().equals(folder.getRoot())) {
            return dataset;
        }
        String relative = folder.relativize(data).toString().replace(java.io.File.separatorChar, '/');
        return relative.isEmpty() ? dataset : relative;
    }

    /**
     * A conversation test made from the simulator.
     *
     * @param empty            true when nothing was played yet
     * @param editedData       the edited data the conversation began with, to be written to {@code dataFile}
     *                         before the test (which names it); null when the test plays the dataset as loaded
     * @param dataFile         where {@code editedData} goes, beside the test; null with it
     * @param editedSinceStart true when the data was edited during the conversation: the test replays with the
     *                         data as it was when the conversation began, without those later edits
     */
    public record SavedTest(String text, boolean empty, ShopDataset editedData, Path dataFile,
                            boolean editedSinceStart) {
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

    private static void carryFaults(MockCommerceEnvironment from, MockCommerceEnvironment to) {
        for (String service : from.faultableServices()) {
            Optional<Faults> before = from.faults(service);
            Optional<Faults> after = to.faults(service);
            if (before.isPresent() && after.isPresent()) {
                after.get().setMode(before.get().mode());
                after.get().setLatency(before.get().latency());
            }
        }
    }

    private void ensureWorld() throws IOException, DatasetException {
        if (world == null) {
            world = opener.open(null);
            datasetRevisionAtLoad = world.database().revision();
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
        String strangerEmail = null;
        try {
            // Who writes is the merchant's choice, read from the data itself: a fault switched on for İkas is
            // for the bot's calls and must not make a known customer "unknown" (a test resolves its customer
            // before its faults, too).
            customer = CustomerProfile.resolve(new H2ShopService(world.database()), newSetup.customer());
        } catch (UnknownCustomerException e) {
            Optional<String> email = EmailAddresses.normalize(newSetup.customer());
            if (email.isEmpty() || e.getCause() != null) {
                return failure(text("sim.error.unknownCustomer", newSetup.customer()));
            }
            // An e-mail the shop does not know writes as a stranger who gave that address, as an unknown phone
            // writes as a stranger with that number.
            customer = new CustomerProfile(CustomerProfile.STRANGER, CustomerProfile.STRANGER_PHONE, null, null);
            strangerEmail = email.get();
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
        conversation = new SimulatedConversation(engine, world.clock(), new ConversationStart(
                SimulatedConversation.CONVERSATION_ID, newSetup.channel().conversationChannel(), customer.phone(), customer.name(), language));
        if (strangerEmail != null) {
            // Kept as the test's first line ("set: contact.email = …"), so a saved test replays the same stranger.
            conversation.setProperty(CONTACT_EMAIL, strangerEmail);
        }
        path.clear();
        pathConnections.clear();
        sideLines.clear();
        madeUp = 0;
        datasetRevisionAtStart = world.database().revision();
        // Edits are usually made before a (re)start: the test must replay against the data as it was now.
        editedDataAtStart = datasetRevisionAtStart != datasetRevisionAtLoad ? world.database().snapshot() : null;
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
                world == null ? null : world.shopSettings().zone(), engine, flow, language, fresh, error, setup);
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
        return MockCommerceEnvironment.FAULTABLE_SERVICES;
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
