package dev.akis.sim.script;

import java.util.List;

/**
 * A parsed conversation test: where it comes from, what it is about (its leading comment), its settings and
 * its steps in order.
 *
 * @param dataset      the dataset to play against ("default" when the script names none)
 * @param customer     who writes: "stranger", a member's e-mail or a phone
 * @param language     the conversation's language, or null for the customer's or the flow's
 * @param channel      the channel the conversation claims to come from
 * @param datasetLine  line of the dataset setting (for setup errors), 0 when defaulted
 * @param customerLine line of the customer setting, 0 when defaulted
 */
public record ConversationScript(String source, String description, String dataset, String customer,
                                 String language, String channel, int datasetLine, int customerLine,
                                 List<ScriptStep> steps) {

    public ConversationScript {
        steps = List.copyOf(steps);
    }
}
