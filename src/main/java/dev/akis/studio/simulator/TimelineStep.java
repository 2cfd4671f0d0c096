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
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * One line of the simulator's timeline, made from an entry of the engine's trace: the customer's action that
 * started a turn, a block run and the output it took, a service call with its result and latency, a timer, or a
 * note. Problems use the engine's own wording ({@code trace_{tr,en}}), never a rewording of it.
 *
 * @param kind    what the line is about
 * @param blockId the block to select when the line is clicked, or null
 * @param text    the line in the interface language
 * @param status  for calls: how it went; for blocks: null
 * @param millis  for calls: the latency in milliseconds, else -1
 * @param problem true for warnings and errors the merchant should look at
 */
public record TimelineStep(Kind kind, String blockId, String text, CallOutcome status, double millis, boolean problem) {

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
        return new TimelineStep(Kind.ACTION, null, text, null, -1, false);
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
                    chosen.entryId(), blockName(flow, chosen.target(), contentLanguage)), null, -1, false);
        }
        if (entry instanceof BlockStep step) {
            return new TimelineStep(Kind.BLOCK, step.blockId(), describeStep(step, flow, catalog, locale, contentLanguage),
                    null, -1, step.result() == BlockStep.Result.FAILED);
        }
        if (entry instanceof ServiceCall call) {
            String outcome = switch (call.outcome()) {
                case OK -> TEXTS.get(locale, "sim.timeline.callOk");
                case NOT_FOUND -> TEXTS.get(locale, "sim.timeline.callNotFound");
                case ERROR -> TEXTS.get(locale, "sim.timeline.callError",
                        call.errorKind() == null ? "?" : call.errorKind());
            };
            String text = TEXTS.get(locale, "sim.timeline.call", ServiceNames.display(call.service(), locale), call.operation(),
                    call.detail() == null ? "" : call.detail(), outcome,
                    String.format(locale, "%.0f", call.millis()));
            return new TimelineStep(Kind.CALL, call.blockId(), text, call.outcome(), call.millis(),
                    call.outcome() == CallOutcome.ERROR);
        }
        if (entry instanceof TimerFired fired) {
            return new TimelineStep(Kind.TIMER, fired.blockId(), TEXTS.get(locale, "sim.timeline.timer",
                    blockName(flow, fired.blockId(), contentLanguage), fired.timer()), null, -1, false);
        }
        TraceNote note = (TraceNote) entry;
        return new TimelineStep(Kind.NOTE, note.blockId(), note.describe(locale), null, -1, note.isProblem());
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
