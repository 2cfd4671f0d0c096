package dev.akis.studio.simulator;

import dev.akis.blocks.BlockCatalog;
import dev.akis.commerce.mock.FaultMode;
import dev.akis.engine.message.ChoiceOption;
import dev.akis.engine.message.OutgoingMessage;
import dev.akis.engine.trace.ServiceNames;
import dev.akis.flow.FlowDocument;
import dev.akis.sim.DurationText;
import dev.akis.sim.script.ScriptParser;
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
import java.util.function.Supplier;
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
    /** The header's clock: day, month and time fit a narrow dock; the year is in its tooltip. */
    private static final DateTimeFormatter SHORT_TR = DateTimeFormatter.ofPattern("d MMM HH:mm", Locale.forLanguageTag("tr"));
    private static final DateTimeFormatter SHORT_EN = DateTimeFormatter.ofPattern("d MMM HH:mm", Locale.ENGLISH);

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
    private final StringProperty clockInFull = new SimpleStringProperty("");
    private final ObjectProperty<SimulatorSession.Setup> setup = new SimpleObjectProperty<>(
            new SimulatorSession.Setup(null, null, ChannelPreview.Channel.PLAIN));
    private final BooleanProperty started = new SimpleBooleanProperty();
    private final List<Consumer<SimTurn>> listeners = new ArrayList<>();
    private int turns;
    /** For each chat entry, how to write it again if it is a note of the simulator's (else null). */
    private final List<Supplier<String>> noteTexts = new ArrayList<>();
    /** What each group of timeline lines is made from, to make them again in another language. */
    private final List<Supplier<List<TimelineStep>>> timelineSources = new ArrayList<>();
    /** The turn whose time the clock shows. */
    private SimTurn clockAt;

    public SimulatorViewModel(SimulatorSession.WorldOpener opener, Executor ui, Texts texts, BlockCatalog catalog) {
        this.texts = texts;
        this.catalog = catalog;
        this.session = new SimulatorSession(opener, ui, this::apply, texts::locale);
        texts.localeProperty().addListener((obs, old, now) -> showInInterfaceLanguage());
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

    /** The virtual time, short ("25 Nov 12:00"). */
    public StringProperty clockProperty() {
        return clock;
    }

    /** The virtual time with the year ("25 Nov 2026 12:00"). */
    public StringProperty clockInFullProperty() {
        return clockInFull;
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
            noteTexts.clear();
            timeline.clear();
            timelineSources.clear();
            turns = 0;
            started.set(true);
            // The session may have begun with another customer than asked (one the new dataset does not know
            // writes as a stranger): the picker shows who really writes.
            if (turn.setup() != null && !turn.setup().customer().equals(setup.get().customer())) {
                setup.set(new SimulatorSession.Setup(turn.setup().customer(), setup.get().language(),
                        setup.get().channel()));
            }
            SimulatorSession.Setup begun = setup.get();
            addNote(() -> texts.get("sim.note.begin", customerName(turn, begun), languageName(turn.language()),
                    texts.get("sim.channel." + begun.channel().name().toLowerCase(Locale.ROOT))), false);
        }
        boolean hasNote = noteFor(turn) != null;
        if (turn.customerText() != null) {
            addChat(new ChatEntry.Customer(turn.customerText()));
        } else if (hasNote) {
            addNote(() -> noteFor(turn), turn.failed());
        }
        if (turn.result() != null) {
            turns++;
            addTimeline(() -> List.of(TimelineStep.action(turn.customerText() != null
                    ? texts.get(turn.action() == SimTurn.Action.TAP ? "sim.timeline.tapped" : "sim.timeline.said",
                    briefly(turn.customerText())) : noteFor(turn))));
            // Block titles as the canvas shows them (the interface language when the flow has it), so a step
            // reads like the card it points at.
            addTimeline(() -> TimelineStep.of(turn.result().trace(), turn.flow(), catalog, texts.locale(),
                    turn.flow().languages().contains(texts.language()) ? texts.language() : turn.flow().defaultLanguage()));
            for (OutgoingMessage message : turn.result().messages()) {
                addChat(new ChatEntry.Bot(message, turns));
            }
            if (turn.result().messages().isEmpty()) {
                addNote(() -> texts.get("sim.note.silent"), false);
            }
        } else if ((turn.failed() || turn.action() == SimTurn.Action.FAULT) && hasNote) {
            addTimeline(() -> List.of(TimelineStep.note(noteFor(turn), turn.failed())));
        }
        if (turn.failed() && pending.get() == 0 && turn.setup() != null) {
            // A refused customer or language leaves the conversation that was playing: the header shows its
            // setup again, so Restart plays that one rather than failing once more. The channel preview is the
            // panel's own choice and stays.
            SimulatorSession.Setup playing = turn.setup();
            if (!playing.customer().equals(setup.get().customer())
                    || !java.util.Objects.equals(playing.language(), setup.get().language())) {
                setup.set(new SimulatorSession.Setup(playing.customer(), playing.language(), setup.get().channel()));
            }
        }
        if (!turn.failed() || turn.state() != null) {
            boolean waiting = turn.state() != null && turn.state().isWaiting();
            chips.setAll(waiting ? turn.offered() : List.of());
            properties.setAll(PropertyRow.of(turn.state(), turn.result(), turn.engine(), turn.flow(), turn.language(),
                    turn.zone()));
        }
        if (turn.now() != null) {
            clockAt = turn;
            showClock();
        }
        last.set(turn);
        for (Consumer<SimTurn> listener : List.copyOf(listeners)) {
            listener.accept(turn);
        }
    }

    /** A customer's message as a timeline line quotes it: a long one by its beginning (the chat has the rest). */
    static String briefly(String text) {
        int limit = 160;
        if (text.length() <= limit) {
            return text;
        }
        int end = Character.isHighSurrogate(text.charAt(limit - 1)) ? limit - 1 : limit;
        return text.substring(0, end) + "…";
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
        String[] words = line.substring("fault:".length()).strip().split("\\s+", 3);
        if (words.length == 3 && words[1].equals(ScriptParser.SLOW)) {
            Duration latency = DurationText.parse(words[2]).orElse(Duration.ZERO);
            String service = serviceName(words[0]);
            return latency.isZero() ? texts.get("sim.note.fast", service) : texts.get("sim.note.slow", service, words[2]);
        }
        String service = serviceName(words[0]);
        String mode = words.length > 1 ? words[1] : "none";
        return "none".equals(mode) ? texts.get("sim.note.faultCleared", service)
                : texts.get("sim.note.fault", service, texts.get("sim.fault." + mode));
    }

    /** "İkas", "all carriers", "Yurtiçi Kargo". */
    public String serviceName(String service) {
        return ServiceNames.display(service, texts.locale());
    }

    private void addChat(ChatEntry entry) {
        chat.add(entry);
        noteTexts.add(null);
    }

    /** A note in the chat, written again in the new language when the interface language changes. */
    private void addNote(Supplier<String> text, boolean problem) {
        chat.add(new ChatEntry.Note(text.get(), problem));
        noteTexts.add(text);
    }

    private void addTimeline(Supplier<List<TimelineStep>> lines) {
        timelineSources.add(lines);
        timeline.addAll(lines.get());
    }

    /**
     * Writes the simulator's own words again in the interface language now chosen: the chat's notes, every
     * timeline line (made again from its trace entries) and the clock. The bot's messages keep the conversation's
     * language.
     */
    private void showInInterfaceLanguage() {
        for (int i = 0; i < chat.size() && i < noteTexts.size(); i++) {
            Supplier<String> text = noteTexts.get(i);
            if (text != null && chat.get(i) instanceof ChatEntry.Note note) {
                chat.set(i, new ChatEntry.Note(text.get(), note.problem()));
            }
        }
        List<TimelineStep> lines = new ArrayList<>();
        for (Supplier<List<TimelineStep>> source : timelineSources) {
            lines.addAll(source.get());
        }
        timeline.setAll(lines);
        showClock();
    }

    private String customerName(SimTurn turn, SimulatorSession.Setup begun) {
        String spec = begun.customer();
        String name = turn.state() == null ? null : turn.state().property("contact.name");
        if (dev.akis.sim.CustomerProfile.STRANGER.equals(spec)) {
            return texts.get("sim.customer.stranger");
        }
        return name == null || name.isBlank() ? spec : name;
    }

    private String languageName(String language) {
        return texts.find("sim.language." + language, language == null ? "" : language);
    }

    private void showClock() {
        if (clockAt == null) {
            return;
        }
        ZoneId at = clockAt.zone() == null ? ZoneId.of("Europe/Istanbul") : clockAt.zone();
        clock.set(("tr".equals(texts.language()) ? SHORT_TR : SHORT_EN).format(clockAt.now().atZone(at)));
        clockInFull.set(formatClock(clockAt.now(), clockAt.zone()));
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
