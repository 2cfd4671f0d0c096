package dev.akis.studio.simulator;

import dev.akis.blocks.BlockCatalog;
import dev.akis.blocks.BlockType;
import dev.akis.engine.trace.BlockStep;
import dev.akis.engine.trace.CallOutcome;
import dev.akis.engine.trace.EntryChosen;
import dev.akis.engine.trace.ServiceCall;
import dev.akis.engine.trace.ServiceNames;
import dev.akis.engine.trace.TimerFired;
import dev.akis.engine.trace.Trace;
import dev.akis.engine.trace.TraceEntry;
import dev.akis.engine.trace.TraceNote;
import dev.akis.flow.Block;
import dev.akis.flow.FlowDocument;
import dev.akis.i18n.Messages;
import dev.akis.studio.canvas.FlowCanvas;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One line of the simulator's timeline, made from an entry of the engine's trace: the customer's action that
 * started a turn, the entry point a conversation started by, a block run and the output it took, a service call
 * told in plain words (what was asked of whom, and how it went), a timer, or a note. Problems use the engine's
 * own wording ({@code trace_{tr,en}}), never a rewording of it. Lines are made again from their trace entries
 * when the interface language changes.
 *
 * @param kind      what the line is about
 * @param blockId   the block to select when the line is clicked, or null
 * @param text      the line in the interface language
 * @param status    for calls: how it went; for blocks: null
 * @param millis    for calls: the latency in milliseconds, else -1
 * @param problem   true for warnings and errors the merchant should look at
 * @param technical for calls: the raw service, operation, key and error code for integrators (a tooltip), else null
 */
public record TimelineStep(Kind kind, String blockId, String text, CallOutcome status, double millis, boolean problem,
                           String technical) {

    /** What a line is about. */
    public enum Kind {
        ACTION,
        ENTRY,
        BLOCK,
        CALL,
        TIMER,
        NOTE
    }

    private static final Messages TEXTS = Messages.bundle("dev.akis.studio.studio");

    /** The line that opens a turn: what the customer (or the clock, or the shop) did. */
    public static TimelineStep action(String text) {
        return new TimelineStep(Kind.ACTION, null, text, null, -1, false, null);
    }

    /** A line about the simulator itself (a fault switched on, an action that could not be done). */
    public static TimelineStep note(String text, boolean problem) {
        return new TimelineStep(Kind.NOTE, null, text, null, -1, problem, null);
    }

    /** The timeline lines of one turn's trace, in order. */
    public static List<TimelineStep> of(Trace trace, FlowDocument flow, BlockCatalog catalog, Locale uiLocale,
                                        String contentLanguage) {
        List<TimelineStep> steps = new ArrayList<>();
        for (TraceEntry entry : trace.entries()) {
            steps.add(of(entry, flow, catalog, uiLocale, contentLanguage));
        }
        return steps;
    }

    static TimelineStep of(TraceEntry entry, FlowDocument flow, BlockCatalog catalog, Locale locale,
                           String contentLanguage) {
        if (entry instanceof EntryChosen chosen) {
            return new TimelineStep(Kind.ENTRY, chosen.target(), TEXTS.get(locale, "sim.timeline.entry",
                    entryName(flow, chosen, locale, contentLanguage), blockName(flow, chosen.target(), contentLanguage)),
                    null, -1, false, null);
        }
        if (entry instanceof BlockStep step) {
            return new TimelineStep(Kind.BLOCK, step.blockId(), describeStep(step, flow, catalog, locale, contentLanguage),
                    null, -1, step.result() == BlockStep.Result.FAILED, null);
        }
        if (entry instanceof ServiceCall call) {
            return new TimelineStep(Kind.CALL, call.blockId(), describeCall(call, locale), call.outcome(), call.millis(),
                    call.outcome() == CallOutcome.ERROR, technical(call));
        }
        if (entry instanceof TimerFired fired) {
            return new TimelineStep(Kind.TIMER, fired.blockId(), TEXTS.get(locale, "sim.timeline.timer",
                    blockName(flow, fired.blockId(), contentLanguage), fired.timer()), null, -1, false, null);
        }
        TraceNote note = (TraceNote) entry;
        return new TimelineStep(Kind.NOTE, note.blockId(), note.describe(locale), null, -1, note.isProblem(), null);
    }

    /** The entry point as the start node shows it ("Keywords: kargo, sipariş"), or its kind when it was removed. */
    private static String entryName(FlowDocument flow, EntryChosen chosen, Locale locale, String contentLanguage) {
        return flow.entryPoints().stream().filter(e -> e.id().equals(chosen.entryId())).findFirst()
                .map(e -> FlowCanvas.describeEntry(e, contentLanguage, locale))
                .orElseGet(() -> TEXTS.find(locale, "entry." + chosen.kind()) != null
                        ? TEXTS.get(locale, "entry." + chosen.kind()) : chosen.entryId());
    }

    /**
     * A call in plain words: whom the bot asked, what for, how it went and how long it took, failures included
     * ("İkas did not answer in time while looking up the member ayse@example.com, after 5.0 s").
     */
    static String describeCall(ServiceCall call, Locale locale) {
        String service = ServiceNames.display(call.service(), locale);
        String asked = operation(call, locale);
        String took = latency(call.millis(), locale);
        return switch (call.outcome()) {
            case OK -> TEXTS.get(locale, "sim.call.ok", service, asked, took);
            case NOT_FOUND -> TEXTS.get(locale, "sim.call.notFound", service, asked, took);
            case ERROR -> TEXTS.get(locale, "sim.call.error", service, asked, failure(call, locale), took);
            case REUSED -> TEXTS.get(locale, "sim.call.reused", service, asked);
        };
    }

    /** "15 ms" below a second, else "2.0 s" ("2,0 sn"): a slowed or timed-out call reads in seconds. */
    static String latency(double millis, Locale locale) {
        return millis < 1000 ? TEXTS.get(locale, "sim.call.millis", String.format(locale, "%.0f", millis))
                : TEXTS.get(locale, "sim.call.seconds", String.format(locale, "%.1f", millis / 1000));
    }

    private static final Pattern LIST_PAGE = Pattern.compile("(\\S+) p(\\d+)");
    private static final Pattern HTTP_STATUS = Pattern.compile("HTTP (\\d{3})");

    private static String operation(ServiceCall call, Locale locale) {
        String detail = call.detail() == null ? "" : call.detail();
        String service = call.service() == null ? "" : call.service();
        String family = ServiceNames.isCarrier(service) ? "carrier" : service;
        if ("http".equals(family)) {
            return TEXTS.get(locale, "sim.call.op.http", detail, call.operation());
        }
        String key = "sim.call.op." + family + "." + call.operation();
        if ("listOrders".equals(call.operation())) {
            Matcher page = LIST_PAGE.matcher(detail);
            if (page.matches()) {
                return TEXTS.get(locale, key, page.group(1), page.group(2));
            }
        }
        return TEXTS.find(locale, key) != null ? TEXTS.get(locale, key, detail)
                : TEXTS.get(locale, "sim.call.op.other", detail, call.operation());
    }

    private static String failure(ServiceCall call, Locale locale) {
        String kind = call.errorKind() == null ? "?" : call.errorKind();
        Matcher status = HTTP_STATUS.matcher(kind);
        if (status.matches()) {
            return TEXTS.get(locale, "sim.call.fail.http", status.group(1));
        }
        String key = "sim.call.fail." + kind;
        return TEXTS.find(locale, key) != null ? TEXTS.get(locale, key, kind)
                : TEXTS.get(locale, "sim.call.fail.other", kind);
    }

    /** The call as the engine recorded it, for integrators: "ikas findMemberByEmail ayse@… → TIMEOUT (5003.1 ms)". */
    private static String technical(ServiceCall call) {
        StringBuilder text = new StringBuilder().append(call.service()).append(' ').append(call.operation());
        if (call.detail() != null && !call.detail().isBlank()) {
            text.append(' ').append(call.detail());
        }
        text.append(" → ").append(call.outcome() == CallOutcome.ERROR ? call.errorKind() : call.outcome().name());
        text.append(String.format(Locale.ROOT, " (%.1f ms)", call.millis()));
        if (call.message() != null && !call.message().isBlank()) {
            text.append('\n').append(call.message());
        }
        return text.toString();
    }

    private static String describeStep(BlockStep step, FlowDocument flow, BlockCatalog catalog, Locale locale,
                                       String contentLanguage) {
        String name = blockName(flow, step.blockId(), contentLanguage);
        return switch (step.result()) {
            case PORT -> {
                String port = portLabel(flow, catalog, step.blockId(), step.port(), locale, contentLanguage);
                yield step.target() == null
                        ? TEXTS.get(locale, "sim.timeline.portOpen", name, port)
                        : TEXTS.get(locale, "sim.timeline.port", name, port, blockName(flow, step.target(), contentLanguage));
            }
            case JUMP -> TEXTS.get(locale, "sim.timeline.jump", name, blockName(flow, step.target(), contentLanguage));
            case WAIT -> TEXTS.get(locale, "sim.timeline.wait", name);
            case END -> TEXTS.get(locale, "sim.timeline.end", name);
            case HANDOFF -> TEXTS.get(locale, "sim.timeline.handoff", name);
            case DECLINED -> TEXTS.get(locale, "sim.timeline.declined", name);
            case FAILED -> TEXTS.get(locale, "sim.timeline.failed", name);
        };
    }

    /** The block's title in the given language, or its id when it has none (or no longer exists). */
    static String blockName(FlowDocument flow, String blockId, String language) {
        if (blockId == null) {
            return "";
        }
        Optional<Block> block = flow.block(blockId);
        String title = block.map(b -> b.title().resolve(language, flow.defaultLanguage())).orElse("");
        return title == null || title.isBlank() ? blockId : title;
    }

    static String portLabel(FlowDocument flow, BlockCatalog catalog, String blockId, String portId, Locale locale,
                            String contentLanguage) {
        Optional<Block> block = flow.block(blockId);
        if (block.isEmpty() || portId == null) {
            return String.valueOf(portId);
        }
        Optional<BlockType> type = catalog.find(block.get().type());
        return type.flatMap(t -> t.port(block.get(), portId).map(spec -> t.portLabel(spec, locale, contentLanguage)))
                .orElse(portId);
    }
}
