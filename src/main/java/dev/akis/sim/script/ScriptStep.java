package dev.akis.sim.script;

import dev.akis.commerce.mock.FaultMode;
import dev.akis.engine.message.InboundEvent;
import java.time.Duration;

/** One line of a conversation script that does something or checks something, with its line number. */
public sealed interface ScriptStep {

    /** 1-based line in the script file. */
    int line();

    /** The line as written (trimmed), for reports. */
    String text();

    /** "> text": the customer writes. */
    record Say(int line, String text, String message) implements ScriptStep {
    }

    /** "tap: 2" / "tap: Evet" / "tap: yes": the customer taps an offered option. */
    record Tap(int line, String text, String choice) implements ScriptStep {
    }

    /** "wait: 2h": time passes and due timers fire. */
    record Wait(int line, String text, Duration duration) implements ScriptStep {
    }

    /** "event: payment-succeeded order=1099": the shop (or an agent) reports something. */
    record Event(int line, String text, InboundEvent event) implements ScriptStep {
    }

    /** "fault: ikas timeout", "fault: clear" (service null): a mock service misbehaves, or all behave again. */
    record Fault(int line, String text, String service, FaultMode mode) implements ScriptStep {
    }

    /**
     * "fault: ikas slow 2s": every answer of a mock service comes {@code latency} later (zero: on time again); its
     * failure mode stays as it is.
     */
    record Slow(int line, String text, String service, Duration latency) implements ScriptStep {
    }

    /** "restart": a new conversation with the same customer. */
    record Restart(int line, String text) implements ScriptStep {
    }

    /** "start: block_id": run from a block (the simulator's "start from the selected block"). */
    record StartAt(int line, String text, String blockId) implements ScriptStep {
    }

    /** "set: contact.email = a@b.c": give a property a value. */
    record SetProperty(int line, String text, String name, String value) implements ScriptStep {
    }

    /** "< ..." or "expect ...": a check on the latest turn or the conversation. */
    record Expect(int line, String text, Expectation expectation) implements ScriptStep {
    }
}
