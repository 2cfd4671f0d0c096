package dev.akis.sim.script;

import dev.akis.engine.TurnResult;
import dev.akis.engine.message.ButtonsMessage;
import dev.akis.engine.message.ChoiceOption;
import dev.akis.engine.message.HandoffNotice;
import dev.akis.engine.message.LinkButtonMessage;
import dev.akis.engine.message.ListMessage;
import dev.akis.engine.message.OutgoingMessage;
import dev.akis.sim.SimulatedConversation;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes a played conversation as a conversation test (the simulator's "Save as test"): the settings, each
 * action as it was done, and checks that pin down what the bot answered — the first line of each text, the
 * buttons or list rows offered, hand-offs, silence — and where the conversation ended up. The result parses
 * with {@link ScriptParser} and passes against the same flow and data; the merchant then trims it.
 */
public final class ScriptWriter {

    private static final int CONTAINS_LENGTH = 60;

    private ScriptWriter() {
    }

    public static String write(String description, String dataset, String customer, String language,
                               List<SimulatedConversation.Exchange> exchanges) {
        StringBuilder out = new StringBuilder();
        if (description != null && !description.isBlank()) {
            for (String line : description.strip().split("\n")) {
                out.append("# ").append(line.strip()).append('\n');
            }
        }
        out.append("dataset: ").append(dataset).append('\n');
        out.append("customer: ").append(customer).append('\n');
        if (language != null) {
            out.append("language: ").append(language).append('\n');
        }
        TurnResult last = null;
        for (SimulatedConversation.Exchange exchange : exchanges) {
            out.append('\n').append(exchange.action()).append('\n');
            if (exchange.result() != null) {
                last = exchange.result();
                for (String check : checks(exchange.result())) {
                    out.append(check).append('\n');
                }
            }
        }
        if (last != null) {
            if (last.waiting()) {
                out.append("expect block: ").append(last.currentBlock()).append('\n');
            } else if (last.handedOff()) {
                out.append("expect handed off\n");
            } else {
                out.append("expect ended\n");
            }
        }
        return out.toString();
    }

    static List<String> checks(TurnResult result) {
        List<String> checks = new ArrayList<>();
        if (result.messages().isEmpty()) {
            checks.add("< silent");
            return checks;
        }
        for (OutgoingMessage message : result.messages()) {
            if (message instanceof HandoffNotice notice) {
                checks.add("< handoff: " + notice.team());
                continue;
            }
            String firstLine = message.text().strip().split("\n", 2)[0].strip();
            if (!firstLine.isEmpty()) {
                checks.add("< contains: " + (firstLine.length() > CONTAINS_LENGTH
                        ? firstLine.substring(0, CONTAINS_LENGTH).strip() : firstLine));
            }
            if (message instanceof ButtonsMessage buttons) {
                checks.add("< buttons: " + titles(buttons.options()));
            } else if (message instanceof ListMessage list) {
                checks.add("< list: " + titles(list.options()));
            } else if (message instanceof LinkButtonMessage link && !link.url().isEmpty()) {
                String url = link.url();
                int query = url.indexOf('?');
                checks.add("< link: " + (query > 0 ? url.substring(0, query) : url));
            }
        }
        return checks;
    }

    private static String titles(List<ChoiceOption> options) {
        List<String> titles = new ArrayList<>();
        for (ChoiceOption option : options) {
            String title = option.title();
            titles.add(title.contains(",") ? "\"" + title.replace("\"", "") + "\"" : title);
        }
        return String.join(", ", titles);
    }
}
