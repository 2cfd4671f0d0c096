package dev.akis.engine.trace;

import dev.akis.i18n.Messages;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * What the engine did during one turn, in order: the entry chosen, each block run and the port it left by,
 * service calls with their latency and result, timers fired, and notes in plain language. The studio's
 * simulator draws the path from it; the command line prints it with {@code --trace}.
 */
public record Trace(List<TraceEntry> entries) {

    private static final Messages TEXTS = TraceNote.TEXTS;

    public Trace {
        entries = List.copyOf(entries);
    }

    public static Trace empty() {
        return new Trace(List.of());
    }

    public List<BlockStep> blockSteps() {
        return only(BlockStep.class);
    }

    /** Ids of the blocks run, in order (a block run twice appears twice). */
    public List<String> blocksVisited() {
        List<String> ids = new ArrayList<>();
        for (BlockStep step : blockSteps()) {
            ids.add(step.blockId());
        }
        return ids;
    }

    public List<ServiceCall> serviceCalls() {
        return only(ServiceCall.class);
    }

    public List<TraceNote> notes() {
        return only(TraceNote.class);
    }

    /** Notes of level warning or error. */
    public List<TraceNote> problems() {
        List<TraceNote> problems = new ArrayList<>();
        for (TraceNote note : notes()) {
            if (note.isProblem()) {
                problems.add(note);
            }
        }
        return problems;
    }

    public boolean hasProblem(String code) {
        for (TraceNote note : notes()) {
            if (note.code().equals(code)) {
                return true;
            }
        }
        return false;
    }

    private <T extends TraceEntry> List<T> only(Class<T> type) {
        List<T> found = new ArrayList<>();
        for (TraceEntry entry : entries) {
            if (type.isInstance(entry)) {
                found.add(type.cast(entry));
            }
        }
        return found;
    }

    /** One readable line per entry, in the reader's language. */
    public List<String> describe(Locale locale) {
        List<String> lines = new ArrayList<>(entries.size());
        for (TraceEntry entry : entries) {
            lines.add(describe(entry, locale));
        }
        return lines;
    }

    public static String describe(TraceEntry entry, Locale locale) {
        if (entry instanceof EntryChosen chosen) {
            return TEXTS.get(locale, "trace.entry", chosen.entryId(), chosen.kind(), chosen.target());
        }
        if (entry instanceof BlockStep step) {
            String how = TEXTS.get(locale, "trace.phase." + step.phase().name().toLowerCase(Locale.ROOT),
                    step.timer() == null ? "" : step.timer());
            String result = switch (step.result()) {
                case PORT -> step.target() == null
                        ? TEXTS.get(locale, "trace.result.portOpen", step.port())
                        : TEXTS.get(locale, "trace.result.port", step.port(), step.target());
                case JUMP -> TEXTS.get(locale, "trace.result.jump", step.target());
                default -> TEXTS.get(locale, "trace.result." + step.result().name().toLowerCase(Locale.ROOT));
            };
            return step.blockId() + " [" + step.typeId() + "] " + how + " " + result;
        }
        if (entry instanceof ServiceCall call && call.outcome() == CallOutcome.REUSED) {
            return TEXTS.get(locale, "trace.call.reused", call.service(), call.operation(), call.detail());
        }
        if (entry instanceof ServiceCall call) {
            String outcome = call.outcome() == CallOutcome.ERROR
                    ? TEXTS.get(locale, "trace.call.error", call.errorKind() == null ? "" : call.errorKind())
                    : TEXTS.get(locale, "trace.call." + call.outcome().name().toLowerCase(Locale.ROOT));
            return TEXTS.get(locale, "trace.call", call.service(), call.operation(), call.detail(),
                    String.format(Locale.ROOT, "%.1f", call.millis()), outcome);
        }
        if (entry instanceof TimerFired fired) {
            return TEXTS.get(locale, "trace.timer", fired.blockId(), fired.timer());
        }
        TraceNote note = (TraceNote) entry;
        String prefix = note.level() == TraceNote.Level.INFO ? "ℹ " : "⚠ ";
        return prefix + note.describe(locale);
    }
}
