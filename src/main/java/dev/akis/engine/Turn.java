package dev.akis.engine;

import dev.akis.blocks.CheckoutEntry;
import dev.akis.commerce.CarrierTracker;
import dev.akis.commerce.Money;
import dev.akis.commerce.ServiceException;
import dev.akis.commerce.ShopService;
import dev.akis.engine.ConversationState.PendingTimer;
import dev.akis.engine.ConversationState.Status;
import dev.akis.engine.Engine.CompiledBlock;
import dev.akis.engine.Engine.CompiledEntry;
import dev.akis.engine.Engine.Route;
import dev.akis.engine.message.InboundEvent;
import dev.akis.engine.message.OutgoingMessage;
import dev.akis.engine.message.TextMessage;
import dev.akis.engine.spi.BlockContext;
import dev.akis.engine.spi.LocalizedTemplate;
import dev.akis.engine.spi.ServiceCallable;
import dev.akis.engine.spi.ShopSettings;
import dev.akis.engine.spi.Step;
import dev.akis.engine.spi.Template;
import dev.akis.engine.spi.TextMatching;
import dev.akis.engine.trace.BlockStep;
import dev.akis.engine.trace.CallOutcome;
import dev.akis.engine.trace.EntryChosen;
import dev.akis.engine.trace.ServiceCall;
import dev.akis.engine.trace.TimerFired;
import dev.akis.engine.trace.Trace;
import dev.akis.engine.trace.TraceEntry;
import dev.akis.engine.trace.TraceNote;
import dev.akis.flow.CheckoutOutcome;
import dev.akis.flow.EntryKind;
import dev.akis.flow.PropertyType;
import dev.akis.flow.SystemProperties;
import dev.akis.i18n.Languages;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import okhttp3.OkHttpClient;

/**
 * One turn of one conversation: a mutable working copy of the state, the messages and trace being produced,
 * and the walk from block to block. Also the {@link BlockContext} the running block sees. Used by one thread,
 * for one call of {@link Engine#handle} or {@link Engine#startAt}, then dropped.
 */
final class Turn implements BlockContext {

    /** "Ref: IG_Hoodie_01" in a click-to-WhatsApp prefilled message. */
    private static final Pattern REF_TAG = Pattern.compile("(?i)(?:^|[^\\p{L}\\p{N}])ref\\s*:\\s*([\\p{L}\\p{N}_.\\-]+)");
    private static final int LOOP_DESCRIPTION_VISITS = 30;
    /**
     * Most messages a run stopped for looping may still send (besides the apology): the customer hears what
     * the flow said before it started going round, never the flood the loop produced.
     */
    static final int LOOP_MESSAGES_KEPT = 3;

    private final Engine engine;
    private final EngineServices services;
    private final ConversationState original;
    /** The clock's moment when the turn began: the customer's event happens now, and timers due by now fire. */
    private final Instant clockNow;
    /**
     * The moment the running block sees as "now": a timer's due time while it fires and the blocks it leads to
     * run, else {@link #clockNow}. A conversation catching up on a day of timers (the simulator passing 3 days
     * at once, a server back after downtime) runs each timer at its own time, so a timer started by a timer is
     * timed from when that timer fell due, exactly as if time had passed in small steps.
     */
    private Instant now;
    /** The moment of the latest run in this turn (null before the first); see {@link #runAt}. */
    private Instant lastRunAt;
    private final String language;
    private final String fallbackLanguage;
    private final Locale locale;
    private final ZoneId zone;

    private Status status;
    private String currentBlock;
    private String entryId;
    private final Map<String, String> properties;
    private final Map<String, String> memory;
    private final List<PendingTimer> timers;
    private String handoffTeam;
    private String handoffReason;
    private long idCounter;

    private final List<OutgoingMessage> messages = new ArrayList<>(4);
    private final List<TraceEntry> trace = new ArrayList<>(16);
    private final Map<String, String> before = new LinkedHashMap<>();
    private final List<String> visits = new ArrayList<>(8);
    /** For each entry of {@link #visits}: how many messages had been produced when that block was entered. */
    private final List<Integer> messagesAtVisit = new ArrayList<>(8);
    /** Where the current run (blocks run at one moment) starts in {@link #visits}. */
    private int runStartVisit;
    private Set<String> notesSeen;
    /** Answers of the reads made this turn, by service, operation and detail (see {@link #call}). */
    private Map<String, Object> answers;
    private int steps;
    private int stepAt = -1;
    private boolean ended;
    private String running;

    Turn(Engine engine, ConversationState state) {
        this.engine = engine;
        this.services = engine.services();
        this.original = state;
        this.clockNow = services.clock().instant();
        this.now = clockNow;
        this.language = state.language();
        this.fallbackLanguage = engine.flow().defaultLanguage();
        this.locale = Languages.locale(language);
        this.zone = services.shopSettings().zone();
        this.status = state.status();
        this.currentBlock = state.currentBlock();
        this.entryId = state.entryId();
        this.properties = new HashMap<>(state.properties());
        this.memory = new HashMap<>(state.blockMemory());
        this.timers = new ArrayList<>(state.timers());
        this.handoffTeam = state.handoffTeam();
        this.handoffReason = state.handoffReason();
        this.idCounter = state.idCounter();
    }

    // ---- the turn ------------------------------------------------------------------------------------------

    void process(InboundEvent event) {
        if (status == Status.HANDED_OFF) {
            if (event.kind() == InboundEvent.Kind.RESUME_BOT) {
                note(null, TraceNote.Level.INFO, "botResumed", handoffTeam);
                leaveFlow();
            } else {
                note(null, TraceNote.Level.INFO, "silentWhileHandedOff", handoffTeam);
            }
            return;
        }
        if (event.kind() == InboundEvent.Kind.RESUME_BOT) {
            note(null, TraceNote.Level.INFO, "resumeWithoutHandoff");
            return;
        }
        fireDueTimers();
        if (event.kind() == InboundEvent.Kind.TIME_PASSED) {
            return;
        }
        runAt(clockNow);
        if (status == Status.WAITING) {
            CompiledBlock waiting = engine.block(currentBlock);
            if (waiting == null) {
                note(null, TraceNote.Level.WARNING, "waitingBlockGone", currentBlock);
                leaveFlow();
            } else {
                resume(waiting, event);
                fireDueTimers();
                return;
            }
        }
        if (!enterByEvent(event, false)) {
            if (event.fromCustomer()) {
                note(null, TraceNote.Level.WARNING, "noEntry");
            } else {
                note(null, TraceNote.Level.INFO, "eventIgnored", kindName(event));
            }
        }
        fireDueTimers();
    }

    void startAt(String blockId) {
        clearStay();
        status = Status.IDLE;
        handoffTeam = null;
        handoffReason = null;
        entryId = null;
        note(null, TraceNote.Level.INFO, "startedAtBlock", blockId);
        runAt(clockNow);
        runFrom(blockId);
        fireDueTimers();
    }

    private void resume(CompiledBlock waiting, InboundEvent event) {
        Step step = execute(waiting, BlockStep.Phase.RESUME, event, null);
        if (step == null) {
            return;
        }
        if (step.kind() == Step.Kind.DECLINE) {
            record(waiting, BlockStep.Phase.RESUME, null, BlockStep.Result.DECLINED, null, null);
            if (!enterByEvent(event, true)) {
                note(waiting.id(), TraceNote.Level.INFO, event.fromCustomer() ? "notAnswered" : "eventIgnoredWhileWaiting",
                        waiting.id(), event.fromCustomer() ? event.text() : kindName(event));
            }
            return;
        }
        continueAfter(waiting, BlockStep.Phase.RESUME, null, step);
    }

    /**
     * Fires, in time order, every timer due by the clock's now, including timers started by a timer that fired
     * earlier in this loop; each runs at its own due time (see {@link #now}).
     */
    private void fireDueTimers() {
        while (status == Status.WAITING && !timers.isEmpty() && !timers.get(0).dueAt().isAfter(clockNow)) {
            PendingTimer timer = timers.remove(0);
            CompiledBlock block = engine.block(timer.blockId());
            if (block == null || !timer.blockId().equals(currentBlock)) {
                continue;
            }
            runAt(timer.dueAt());
            trace.add(new TimerFired(timer.blockId(), timer.name(), timer.dueAt()));
            Step step = execute(block, BlockStep.Phase.TIMER, null, timer.name());
            if (step != null) {
                continueAfter(block, BlockStep.Phase.TIMER, timer.name(),
                        step.kind() == Step.Kind.DECLINE ? Step.waitHere() : step);
            }
        }
        now = clockNow;
    }

    /**
     * Sets the moment the next blocks run at. When time has moved on since the latest run, a new run begins:
     * the step limit counts afresh (blocks separated by a wait are no loop) and reads made earlier in the turn
     * are not reused (they answered for an earlier moment).
     */
    private void runAt(Instant moment) {
        if (lastRunAt == null || moment.isAfter(lastRunAt)) {
            steps = 0;
            runStartVisit = visits.size();
            answers = null;
        }
        lastRunAt = moment;
        now = moment;
    }

    /** Looks for an entry point that claims the event; starts the flow there when one does. */
    private boolean enterByEvent(InboundEvent event, boolean whileWaiting) {
        CompiledEntry chosen = null;
        if (event.fromCustomer()) {
            String text = event.text();
            Matcher ref = REF_TAG.matcher(text);
            if (ref.find()) {
                String tag = ref.group(1);
                setProperty(SystemProperties.CONTACT_SOURCE_TAG, tag);
                chosen = find(EntryKind.CLICK_TO_WHATSAPP, entry -> tag.equalsIgnoreCase(entry.entry().sourceTag()));
            }
            String startTag = properties.get(SystemProperties.CONTACT_SOURCE_TAG);
            if (chosen == null && original.turns() == 0 && startTag != null && !startTag.isBlank()) {
                chosen = find(EntryKind.CLICK_TO_WHATSAPP, entry -> startTag.equalsIgnoreCase(entry.entry().sourceTag()));
            }
            String folded = TextMatching.fold(text);
            if (chosen == null) {
                chosen = find(EntryKind.CLICK_TO_WHATSAPP, entry -> matchesPrefill(entry, folded));
                if (chosen != null && chosen.entry().sourceTag() != null) {
                    setProperty(SystemProperties.CONTACT_SOURCE_TAG, chosen.entry().sourceTag());
                }
            }
            if (chosen == null) {
                chosen = find(EntryKind.KEYWORD, entry -> matchesKeyword(entry, folded));
            }
            if (chosen == null && !whileWaiting) {
                chosen = find(EntryKind.ANY_MESSAGE, entry -> true);
            }
        } else if (event.outcome() != null) {
            CheckoutOutcome outcome = event.outcome();
            chosen = find(EntryKind.CHECKOUT_RETURN, entry -> outcome.acceptedBy(entry.entry().checkoutOutcome()));
        }
        if (chosen == null) {
            return false;
        }
        clearStay();
        entryId = chosen.entry().id();
        trace.add(new EntryChosen(chosen.entry().id(), chosen.entry().kind(), chosen.entry().target()));
        if (chosen.kind() == EntryKind.CHECKOUT_RETURN) {
            running = null; // the entry's calls and notes belong to no block
            CheckoutEntry.fill(this, event);
        }
        runFrom(chosen.entry().target());
        return true;
    }

    private CompiledEntry find(EntryKind kind, java.util.function.Predicate<CompiledEntry> test) {
        for (CompiledEntry entry : engine.entries()) {
            if (entry.kind() == kind && test.test(entry)) {
                return entry;
            }
        }
        return null;
    }

    private boolean matchesKeyword(CompiledEntry entry, String foldedText) {
        List<String> keywords = entry.keywords().get(language);
        if (keywords == null || keywords.isEmpty()) {
            keywords = entry.keywords().get(fallbackLanguage);
        }
        if (keywords == null) {
            return false;
        }
        for (String keyword : keywords) {
            if (TextMatching.containsWordStart(foldedText, keyword)) {
                return true;
            }
        }
        return false;
    }

    private static boolean matchesPrefill(CompiledEntry entry, String foldedText) {
        for (String prefill : entry.entry().prefilledText().asMap().values()) {
            String folded = TextMatching.fold(prefill);
            if (!folded.isEmpty() && folded.equals(foldedText)) {
                return true;
            }
        }
        return false;
    }

    /** Enters blocks one after the other until one waits, the conversation ends, or the step limit is hit. */
    private void runFrom(String blockId) {
        String next = blockId;
        while (next != null) {
            if (++steps > engine.options().stepLimit()) {
                stopLoop();
                return;
            }
            visits.add(next);
            messagesAtVisit.add(messages.size());
            CompiledBlock block = engine.block(next);
            if (block == null) {
                note(running, TraceNote.Level.ERROR, "targetMissing", next);
                apologizeAndEnd();
                return;
            }
            clearStay();
            Step step = execute(block, BlockStep.Phase.ENTER, null, null);
            if (step == null) {
                return;
            }
            next = decide(block, BlockStep.Phase.ENTER, null, step);
        }
    }

    private void continueAfter(CompiledBlock block, BlockStep.Phase phase, String timer, Step step) {
        if (step.kind() != Step.Kind.WAIT) {
            clearStay();
        }
        String next = decide(block, phase, timer, step);
        if (next != null) {
            runFrom(next);
        }
    }

    /** Applies a block's decision and records it; returns the block to enter next, or null. */
    private String decide(CompiledBlock block, BlockStep.Phase phase, String timer, Step step) {
        switch (step.kind()) {
            case PORT: {
                Route route = block.routes().get(step.port());
                if (route == null) {
                    record(block, phase, timer, BlockStep.Result.PORT, step.port(), null);
                    note(block.id(), TraceNote.Level.ERROR, "unknownPort", block.id(), step.port());
                    apologizeAndEnd();
                    return null;
                }
                record(block, phase, timer, BlockStep.Result.PORT, route.port(), route.target());
                if (route.target() != null) {
                    return route.target();
                }
                if (route.error()) {
                    note(block.id(), TraceNote.Level.ERROR, "errorUnconnected", block.id(), route.port());
                    apologizeAndEnd();
                } else if (route.need() == dev.akis.blocks.PortNeed.OPTIONAL) {
                    note(block.id(), TraceNote.Level.INFO, "flowEnds", block.id(), route.port());
                    endConversation();
                } else {
                    note(block.id(), TraceNote.Level.WARNING, "portUnconnected", block.id(), route.port());
                    endConversation();
                }
                return null;
            }
            case JUMP: {
                if (engine.block(step.target()) == null) {
                    record(block, phase, timer, BlockStep.Result.FAILED, null, step.target());
                    note(block.id(), TraceNote.Level.ERROR, "jumpTargetMissing", block.id(), step.target());
                    apologizeAndEnd();
                    return null;
                }
                record(block, phase, timer, BlockStep.Result.JUMP, null, step.target());
                return step.target();
            }
            case WAIT:
                status = Status.WAITING;
                currentBlock = block.id();
                record(block, phase, timer, BlockStep.Result.WAIT, null, null);
                return null;
            case END:
                record(block, phase, timer, BlockStep.Result.END, null, null);
                endConversation();
                return null;
            case HANDOFF:
                record(block, phase, timer, BlockStep.Result.HANDOFF, null, null);
                clearStay();
                status = Status.HANDED_OFF;
                currentBlock = null;
                handoffTeam = step.team();
                handoffReason = step.reason();
                return null;
            case DECLINE:
            default:
                record(block, phase, timer, BlockStep.Result.FAILED, null, null);
                note(block.id(), TraceNote.Level.ERROR, "declinedOnEnter", block.id());
                apologizeAndEnd();
                return null;
        }
    }

    /**
     * Records what a block decided, placed before the calls and notes the block made while it ran, so the trace
     * reads "block → port", then what happened inside it.
     */
    private void record(CompiledBlock block, BlockStep.Phase phase, String timer, BlockStep.Result result,
                        String port, String target) {
        int at = stepAt >= 0 && stepAt <= trace.size() ? stepAt : trace.size();
        trace.add(at, new BlockStep(block.id(), block.typeId(), phase, timer, result, port, target));
        stepAt = -1;
    }

    /** Runs the block's executor; on failure reports, apologizes, ends and returns null. */
    private Step execute(CompiledBlock block, BlockStep.Phase phase, InboundEvent event, String timer) {
        running = block.id();
        stepAt = trace.size();
        if (block.executor() == null) {
            record(block, phase, timer, BlockStep.Result.FAILED, null, null);
            note(block.id(), TraceNote.Level.ERROR, block.failure(), block.id(), block.typeId());
            apologizeAndEnd();
            return null;
        }
        Step step;
        String failure;
        try {
            step = switch (phase) {
                case ENTER -> block.executor().enter(this);
                case RESUME -> block.executor().resume(this, event);
                case TIMER -> block.executor().timerFired(this, timer);
            };
            failure = step == null ? "no decision" : null;
        } catch (RuntimeException e) {
            step = null;
            failure = String.valueOf(e);
        }
        if (step == null) {
            record(block, phase, timer, BlockStep.Result.FAILED, null, null);
            note(block.id(), TraceNote.Level.ERROR, "blockCrashed", block.id(), failure);
            apologizeAndEnd();
        }
        return step;
    }

    /**
     * Stops a run that reached the step limit. It is called a loop only when some block ran twice in it; a long
     * chain of blocks that never repeats is reported as too many blocks for one turn, and what it said is kept.
     */
    private void stopLoop() {
        List<String> run = visits.subList(runStartVisit, visits.size());
        if (new HashSet<>(run).size() == run.size()) {
            note(null, TraceNote.Level.ERROR, "tooManySteps", engine.options().stepLimit(),
                    run.isEmpty() ? "" : run.get(0), run.isEmpty() ? "" : run.get(run.size() - 1));
            apologizeAndEnd();
            return;
        }
        int from = Math.max(0, run.size() - LOOP_DESCRIPTION_VISITS);
        Set<String> recent = new HashSet<>(run.subList(from, run.size()));
        Set<String> cycle = new LinkedHashSet<>();
        for (String visited : run) {
            if (recent.contains(visited)) {
                cycle.add(visited);
            }
        }
        note(null, TraceNote.Level.ERROR, "loop", engine.options().stepLimit(), String.join(" → ", cycle));
        int dropped = dropLoopOutput();
        if (dropped > 0) {
            note(null, TraceNote.Level.INFO, "loopMessagesDropped", dropped, LOOP_MESSAGES_KEPT);
        }
        apologizeAndEnd();
    }

    /**
     * Keeps what the stopped run said before it entered a block for the second time (the first time round the
     * loop), at most {@link #LOOP_MESSAGES_KEPT} of its messages, and drops the rest: a runtime server would
     * otherwise flood the customer with every repetition. Messages of earlier runs in the turn stay.
     *
     * @return how many messages were dropped
     */
    private int dropLoopOutput() {
        int runStart = runStartVisit < messagesAtVisit.size() ? messagesAtVisit.get(runStartVisit) : messages.size();
        int keepUntil = messages.size();
        Set<String> seen = new HashSet<>();
        for (int i = runStartVisit; i < visits.size(); i++) {
            if (!seen.add(visits.get(i))) {
                keepUntil = messagesAtVisit.get(i);
                break;
            }
        }
        keepUntil = Math.min(keepUntil, runStart + LOOP_MESSAGES_KEPT);
        int dropped = messages.size() - keepUntil;
        if (dropped > 0) {
            messages.subList(keepUntil, messages.size()).clear();
        }
        return dropped;
    }

    private void apologizeAndEnd() {
        messages.add(TextMessage.of(engineText("apology")));
        endConversation();
    }

    /** The conversation leaves the flow: contact and conversation properties stay, the flow's own are cleared. */
    private void endConversation() {
        leaveFlow();
        ended = true;
    }

    private void leaveFlow() {
        clearStay();
        status = Status.IDLE;
        currentBlock = null;
        entryId = null;
        handoffTeam = null;
        handoffReason = null;
        for (String name : new ArrayList<>(properties.keySet())) {
            if (!name.startsWith("contact.") && !name.startsWith("conversation.")) {
                setProperty(name, null);
            }
        }
    }

    /** Forgets what the waiting block remembered and its timers (the conversation moves on). */
    private void clearStay() {
        memory.clear();
        timers.clear();
        if (status == Status.WAITING) {
            status = Status.IDLE;
            currentBlock = null;
        }
    }

    TurnResult finish() {
        List<PropertyChange> changes = new ArrayList<>(before.size());
        for (Map.Entry<String, String> entry : before.entrySet()) {
            String after = properties.get(entry.getKey());
            if (!Objects.equals(entry.getValue(), after)) {
                changes.add(new PropertyChange(entry.getKey(), entry.getValue(), after));
            }
        }
        // The turn is over: its working collections become the new state's, unchanged from here on.
        ConversationState state = ConversationState.afterTurn(original, status, currentBlock, entryId, properties,
                memory, timers, handoffTeam, handoffReason, clockNow, idCounter);
        return new TurnResult(messages, new Trace(trace), state, changes, ended);
    }

    private void note(String blockId, TraceNote.Level level, String code, Object... args) {
        List<String> texts = new ArrayList<>(args.length);
        for (Object arg : args) {
            texts.add(String.valueOf(arg));
        }
        if (notesSeen == null) {
            notesSeen = new HashSet<>();
        }
        if (!notesSeen.add(blockId + '\u0000' + code + '\u0000' + texts)) {
            return;
        }
        trace.add(new TraceNote(blockId, level, code, texts));
    }

    private static String kindName(InboundEvent event) {
        return event.kind().name().toLowerCase(Locale.ROOT);
    }

    // ---- BlockContext ------------------------------------------------------------------------------------------

    @Override
    public String blockId() {
        return running;
    }

    @Override
    public String language() {
        return language;
    }

    @Override
    public Locale locale() {
        return locale;
    }

    @Override
    public Instant now() {
        return now;
    }

    @Override
    public ZoneId zone() {
        return zone;
    }

    @Override
    public String property(String name) {
        String value = properties.get(name);
        if (value != null) {
            return value;
        }
        switch (name) {
            case SystemProperties.SHOP_NAME:
                return blankToNull(services.shopSettings().name());
            case SystemProperties.SHOP_STOREFRONT_URL:
                return blankToNull(services.shopSettings().storefrontUrl());
            case SystemProperties.NOW_DATE:
                return LocalDate.ofInstant(now, zone).toString();
            case SystemProperties.NOW_TIME: {
                ZonedDateTime local = now.atZone(zone);
                return String.format(Locale.ROOT, "%02d:%02d", local.getHour(), local.getMinute());
            }
            default:
                return null;
        }
    }

    @Override
    public void setProperty(String name, String value) {
        if (!before.containsKey(name)) {
            before.put(name, properties.get(name));
        }
        if (value == null) {
            properties.remove(name);
        } else {
            properties.put(name, value);
        }
    }

    @Override
    public PropertyType propertyType(String name) {
        return engine.propertyType(name);
    }

    @Override
    public String render(LocalizedTemplate text) {
        return render(text.resolve(language, fallbackLanguage));
    }

    @Override
    public String render(Template template) {
        return template.render(this::placeholderValue);
    }

    @Override
    public String render(Template template, UnaryOperator<String> escape) {
        return template.render(name -> {
            String value = placeholderValue(name);
            return value == null ? null : escape.apply(value);
        });
    }

    private String placeholderValue(String name) {
        String raw = property(name);
        if (raw == null) {
            note(running, TraceNote.Level.WARNING, "placeholderMissing", "{" + name + "}", running);
            return null;
        }
        return PropertyFormatter.format(engine.propertyType(name), raw, language, zone);
    }

    @Override
    public String engineText(String key, Object... args) {
        return PropertyFormatter.TEXTS.get(locale, key, args);
    }

    @Override
    public String formatMoney(Money money) {
        return money == null ? "" : money.format(language);
    }

    @Override
    public String formatDate(LocalDate date) {
        return date == null ? "" : PropertyFormatter.formatDate(date, language);
    }

    @Override
    public String formatDateTime(Instant instant) {
        return instant == null ? "" : PropertyFormatter.formatDateTime(instant, language, zone);
    }

    @Override
    public String formatNumber(BigDecimal number) {
        return number == null ? "" : PropertyFormatter.formatNumber(number, language);
    }

    @Override
    public void send(OutgoingMessage message) {
        messages.add(Objects.requireNonNull(message, "message"));
    }

    @Override
    public String memory(String key) {
        return memory.get(key);
    }

    @Override
    public void remember(String key, String value) {
        if (value == null) {
            memory.remove(key);
        } else {
            memory.put(key, value);
        }
    }

    @Override
    public void startTimer(String name, Duration after) {
        PendingTimer timer = new PendingTimer(running, name, now.plus(after));
        int at = timers.size();
        while (at > 0 && timers.get(at - 1).dueAt().isAfter(timer.dueAt())) {
            at--;
        }
        timers.add(at, timer);
    }

    @Override
    public boolean connected(String port) {
        CompiledBlock block = engine.block(running);
        Route route = block == null ? null : block.routes().get(port);
        return route != null && route.target() != null;
    }

    @Override
    public ShopService shop() {
        return services.shop();
    }

    @Override
    public CarrierTracker carriers() {
        return services.carriers();
    }

    @Override
    public OkHttpClient http() {
        return services.http();
    }

    @Override
    public ShopSettings shopSettings() {
        return services.shopSettings();
    }

    @Override
    public <T> T call(String service, String operation, String detail, ServiceCallable<T> call)
            throws ServiceException {
        String key = service + '\u0000' + operation + '\u0000' + detail;
        if (answers != null && answers.containsKey(key)) {
            // The same read earlier in this turn (Select Order, then Order Status on the same order): one moment,
            // one answer, and one call less to a rate-limited shop.
            trace.add(new ServiceCall(running, service, operation, detail, 0, CallOutcome.REUSED, null, null));
            @SuppressWarnings("unchecked")
            T earlier = (T) answers.get(key);
            return earlier;
        }
        long started = System.nanoTime();
        try {
            T result = call.call();
            if (answers == null) {
                answers = new HashMap<>(4);
            }
            answers.put(key, result);
            long elapsed = System.nanoTime() - started;
            boolean notFound = result instanceof Optional<?> optional && optional.isEmpty();
            trace.add(new ServiceCall(running, service, operation, detail, elapsed,
                    notFound ? CallOutcome.NOT_FOUND : CallOutcome.OK, null, null));
            return result;
        } catch (ServiceException e) {
            long elapsed = System.nanoTime() - started;
            boolean notFound = e.kind() == ServiceException.Kind.NOT_FOUND;
            trace.add(new ServiceCall(running, service, operation, detail, elapsed,
                    notFound ? CallOutcome.NOT_FOUND : CallOutcome.ERROR, notFound ? null : e.kind().name(), e.getMessage()));
            throw e;
        } catch (RuntimeException e) {
            long elapsed = System.nanoTime() - started;
            trace.add(new ServiceCall(running, service, operation, detail, elapsed, CallOutcome.ERROR,
                    ServiceException.Kind.BAD_RESPONSE.name(), String.valueOf(e)));
            throw new ServiceException(service, ServiceException.Kind.BAD_RESPONSE, String.valueOf(e), e);
        }
    }

    @Override
    public void recordCall(String service, String operation, String detail, long durationNanos, CallOutcome outcome,
                           String errorKind, String message) {
        trace.add(new ServiceCall(running, service, operation, detail, durationNanos, outcome, errorKind, message));
    }

    @Override
    public void problem(String code, Object... args) {
        note(running, TraceNote.Level.WARNING, code, args);
    }

    @Override
    public void info(String code, Object... args) {
        note(running, TraceNote.Level.INFO, code, args);
    }

    @Override
    public String newId(String prefix) {
        idCounter++;
        return prefix + "-" + original.conversationId() + "-" + idCounter;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
