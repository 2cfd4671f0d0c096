package dev.akis.studio.simulator;

import dev.akis.blocks.BlockCatalog;
import dev.akis.commerce.mock.FaultMode;
import dev.akis.engine.message.ChoiceOption;
import dev.akis.engine.message.OutgoingMessage;
import dev.akis.engine.trace.ServiceNames;
import dev.akis.flow.FlowDocument;
import dev.akis.sim.DurationText;
import dev.akis.studio.ui.Texts;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * What the simulator panel shows, kept up to date from the {@link SimulatorSession}'s results: the chat, the
 * options the customer can tap now, the typing indicator while a turn runs, the properties with the latest
 * turn's changes marked, the timeline of steps, the virtual clock, and the setup (customer, language, channel).
 * Testable without a window: give it an executor that runs at once.
 */
public final class SimulatorViewModel implements AutoCloseable {

    private static final DateTimeFormatter CLOCK_TR = DateTimeFormatter.ofPattern("d MMM yyyy HH:mm", Locale.forLanguageTag("tr"));
    private static final DateTimeFormatter CLOCK_EN = DateTimeFormatter.ofPattern("d MMM yyyy HH:mm", Locale.ENGLISH);

    /** The order number in an event line ("cod order=1125 order-id=o-1125"). */
    private static final java.util.regex.Pattern ORDER_DETAIL = java.util.regex.Pattern.compile("\\border=(\\S+)");

    private final SimulatorSession session;
    private final Texts texts;
    private final BlockCatalog catalog;
    private final ObservableList<ChatEntry> chat = FXCollections.observableArrayList();
    private final ObservableList<ChoiceOption> chips = FXCollections.observableArrayList();
    private final ObservableList<PropertyRow> properties = FXCollections.observableArrayList();
    private final ObservableList<TimelineStep> timeline = FXCollections.observableArrayList();
    private final IntegerProperty pending = new SimpleIntegerProperty();
    private final BooleanBinding typing = pending.greaterThan(0);
    private final ReadOnlyObjectWrapper<SimTurn> last = new ReadOnlyObjectWrapper<>();
    private final StringProperty clock = new SimpleStringProperty("");
    private final ObjectProperty<SimulatorSession.Setup> setup = new SimpleObjectProperty<>(
            new SimulatorSession.Setup(null, null, ChannelPreview.Channel.PLAIN));
    private final BooleanProperty started = new SimpleBooleanProperty();
    private final List<Consumer<SimTurn>> listeners = new ArrayList<>();
    private int turns;

    public SimulatorViewModel(SimulatorSession.WorldOpener opener, Executor ui, Texts texts, BlockCatalog catalog) {
        this.texts = texts;
        this.catalog = catalog;
        this.session = new SimulatorSession(opener, ui, this::apply, texts::locale);
    }

    // ---- what the views read ------------------------------------------------------------------------------

    public ObservableList<ChatEntry> chat() {
        return chat;
    }

    /** The options of the latest message that offered some, while the conversation waits for the customer. */
    public ObservableList<ChoiceOption> chips() {
        return chips;
    }

    public ObservableList<PropertyRow> properties() {
        return properties;
    }

    public ObservableList<TimelineStep> timeline() {
        return timeline;
    }

    /** True while a turn runs (the chat shows the bot typing). */
    public BooleanBinding typingProperty() {
        return typing;
    }

    public ReadOnlyObjectProperty<SimTurn> lastProperty() {
        return last.getReadOnlyProperty();
    }

    public SimTurn last() {
        return last.get();
    }

    public StringProperty clockProperty() {
        return clock;
    }

    public ObjectProperty<SimulatorSession.Setup> setupProperty() {
        return setup;
    }

    public SimulatorSession.Setup setup() {
        return setup.get();
    }

    /** True once a conversation was started on a flow. */
    public BooleanProperty startedProperty() {
        return started;
    }

    /** The number of the latest turn that sent messages (chips of older turns are not tappable). */
    public int turns() {
        return turns;
    }

    public SimulatorSession session() {
        return session;
    }

    /** Called on the interface thread after each result has been applied (the dock highlights the canvas). */
    public void addListener(Consumer<SimTurn> listener) {
        listeners.add(listener);
    }

    // ---- what the merchant does --------------------------------------------------------------------------

    public CompletableFuture<SimTurn> begin(FlowDocument flow, SimulatorSession.Setup newSetup) {
        setup.set(newSetup);
        return track(() -> session.begin(flow, newSetup));
    }

    public CompletableFuture<SimTurn> say(String text) {
        String message = text == null ? "" : text.strip();
        if (message.isEmpty()) {
            return CompletableFuture.completedFuture(last.get());
        }
        return track(() -> session.say(message));
    }

    public CompletableFuture<SimTurn> tap(ChoiceOption option) {
        return track(() -> session.tap(option));
    }

    public CompletableFuture<SimTurn> pass(Duration duration) {
        return track(() -> session.pass(duration));
    }

    public CompletableFuture<SimTurn> event(String description) {
        return track(() -> session.event(description));
    }

    /** The shop reports a checkout paid, failed or abandoned, with the details a real shop sends. */
    public CompletableFuture<SimTurn> checkout(ShopEventLines.CheckoutOutcome outcome) {
        return track(() -> session.checkout(outcome));
    }

    /** The shop reports one of the customer's orders as placed with cash on delivery. */
    public CompletableFuture<SimTurn> cashOnDelivery(String orderId) {
        return track(() -> session.cashOnDelivery(orderId));
    }

    public CompletableFuture<SimTurn> startAt(String blockId) {
        return track(() -> session.startAt(blockId));
    }

    public CompletableFuture<SimTurn> fault(String service, FaultMode mode) {
        return track(() -> session.fault(service, mode));
    }

    public CompletableFuture<SimTurn> slow(String service, Duration latency) {
        return track(() -> session.slow(service, latency));
    }

    public CompletableFuture<SimTurn> loadDataset(Path file) {
        return track(() -> session.loadDataset(file));
    }

    public CompletableFuture<SimTurn> resetDataset() {
        return track(() -> session.resetDataset());
    }

    /** Completes when every action asked so far has been applied to this model. */
    public CompletableFuture<?> idle() {
        return session.idle();
    }

    /**
     * Counts the action as pending before handing it to the session: the session may finish it and apply the
     * result before the call returns, and the typing indicator must not stay on.
     */
    private CompletableFuture<SimTurn> track(java.util.function.Supplier<CompletableFuture<SimTurn>> action) {
        pending.set(pending.get() + 1);
        try {
            return action.get();
        } catch (RuntimeException e) {
            pending.set(Math.max(0, pending.get() - 1));
            throw e;
        }
    }

    @Override
    public void close() {
        session.close();
    }

    // ---- applying results ---------------------------------------------------------------------------------

    /** Applies a result; runs on the interface thread. */
    void apply(SimTurn turn) {
        pending.set(Math.max(0, pending.get() - 1));
        if (turn.fresh()) {
            chat.clear();
            timeline.clear();
            turns = 0;
            started.set(true);
            chat.add(new ChatEntry.Note(texts.get("sim.note.begin", customerName(turn), languageName(turn.language()),
                    texts.get("sim.channel." + setup.get().channel().name().toLowerCase(Locale.ROOT))), false));
        }
        String note = noteFor(turn);
        if (turn.customerText() != null) {
            chat.add(new ChatEntry.Customer(turn.customerText()));
        } else if (note != null) {
            chat.add(new ChatEntry.Note(note, turn.failed()));
        }
        if (turn.result() != null) {
            turns++;
            timeline.add(TimelineStep.action(turn.customerText() != null
                    ? texts.get(turn.action() == SimTurn.Action.TAP ? "sim.timeline.tapped" : "sim.timeline.said",
                    turn.customerText()) : note));
            // Block titles as the canvas shows them (the interface language when the flow has it), so a step
            // reads like the card it points at.
            timeline.addAll(TimelineStep.of(turn.result().trace(), turn.flow(), catalog, texts.locale(),
                    turn.flow().languages().contains(texts.language()) ? texts.language() : turn.flow().defaultLanguage()));
            for (OutgoingMessage message : turn.result().messages()) {
                chat.add(new ChatEntry.Bot(message, turns));
            }
            if (turn.result().messages().isEmpty()) {
                chat.add(new ChatEntry.Note(texts.get("sim.note.silent"), false));
            }
        } else if (turn.failed() || turn.action() == SimTurn.Action.FAULT) {
            if (note != null) {
                timeline.add(new TimelineStep(TimelineStep.Kind.NOTE, null, note, null, -1, turn.failed()));
            }
        }
        if (!turn.failed() || turn.state() != null) {
            boolean waiting = turn.state() != null && turn.state().isWaiting();
            chips.setAll(waiting ? turn.offered() : List.of());
            properties.setAll(PropertyRow.of(turn.state(), turn.result(), turn.engine(), turn.flow(), turn.language(),
                    turn.zone()));
        }
        if (turn.now() != null) {
            clock.set(formatClock(turn.now(), turn.zone()));
        }
        last.set(turn);
        for (Consumer<SimTurn> listener : List.copyOf(listeners)) {
            listener.accept(turn);
        }
    }

    private String noteFor(SimTurn turn) {
        if (turn.failed()) {
            return turn.error();
        }
        String line = turn.line();
        switch (turn.action()) {
            case WAIT:
                return texts.get("sim.note.waited", line == null ? "" : line.substring(line.indexOf(':') + 1).strip(),
                        formatClock(turn.now(), turn.zone()));
            case EVENT: {
                String event = line == null ? "" : line.substring(line.indexOf(':') + 1).strip();
                String name = event.split("\\s+", 2)[0];
                java.util.regex.Matcher order = ORDER_DETAIL.matcher(event);
                if (order.find() && texts.has("sim.event." + name + ".order")) {
                    return texts.get("sim.event." + name + ".order", order.group(1));
                }
                return texts.find("sim.event." + name, texts.get("sim.event.other", event));
            }
            case START_AT:
                return texts.get("sim.note.startAt", line == null ? "" : line.substring(line.indexOf(':') + 1).strip());
            case FAULT:
                return line == null ? null : faultNote(line);
            default:
                return null;
        }
    }

    private String faultNote(String line) {
        if (line.startsWith("# ")) {
            String[] words = line.substring(2).split("\\s+");
            String service = serviceName(words[0]);
            Duration latency = words.length > 1 ? DurationText.parse(words[1].substring(1)).orElse(Duration.ZERO) : Duration.ZERO;
            return latency.isZero() ? texts.get("sim.note.fast", service) : texts.get("sim.note.slow", service, words[1]);
        }
        String[] words = line.substring("fault:".length()).strip().split("\\s+");
        String service = serviceName(words[0]);
        String mode = words.length > 1 ? words[1] : "none";
        return "none".equals(mode) ? texts.get("sim.note.faultCleared", service)
                : texts.get("sim.note.fault", service, texts.get("sim.fault." + mode));
    }

    /** "İkas", "all carriers", "Yurtiçi Kargo". */
    public String serviceName(String service) {
        return ServiceNames.display(service, texts.locale());
    }

    private String customerName(SimTurn turn) {
        String spec = setup.get().customer();
        String name = turn.state() == null ? null : turn.state().property("contact.name");
        if (dev.akis.sim.CustomerProfile.STRANGER.equals(spec)) {
            return texts.get("sim.customer.stranger");
        }
        return name == null || name.isBlank() ? spec : name;
    }

    private String languageName(String language) {
        return texts.find("sim.language." + language, language == null ? "" : language);
    }

    private String formatClock(Instant now, ZoneId zone) {
        if (now == null) {
            return "";
        }
        ZoneId at = zone == null ? ZoneId.of("Europe/Istanbul") : zone;
        return ("tr".equals(texts.language()) ? CLOCK_TR : CLOCK_EN).format(now.atZone(at));
    }

    /** Whether the options of a chat message may still be tapped: only those of the latest offering turn. */
    public boolean tappable(ChatEntry.Bot bot) {
        if (chips.isEmpty()) {
            return false;
        }
        return bot.message().options().equals(List.copyOf(chips)) && bot.turn() == latestOfferingTurn();
    }

    private int latestOfferingTurn() {
        for (int i = chat.size() - 1; i >= 0; i--) {
            if (chat.get(i) instanceof ChatEntry.Bot bot && !bot.message().options().isEmpty()) {
                return bot.turn();
            }
        }
        return -1;
    }

    /** Bindings helper for views: true while nothing can be sent (no conversation yet). */
    public BooleanBinding notStarted() {
        return Bindings.not(started);
    }
}
