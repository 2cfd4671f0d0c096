package dev.akis.engine.spi;

import dev.akis.engine.message.InboundEvent;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Finds which offered option a customer meant: a tapped button or row (by id), the option's number as typed
 * ("2"), or its title typed in any of the flow's languages, compared with {@link TextMatching#answerKey}.
 */
public final class Choices {

    /** An option as offered: its id and the labels a customer may type for it. */
    public record Option(String id, List<String> labels) {
        public Option {
            Objects.requireNonNull(id, "id");
            List<String> keys = new ArrayList<>(labels.size());
            for (String label : labels) {
                String key = TextMatching.answerKey(label);
                if (!key.isEmpty()) {
                    keys.add(key);
                }
            }
            labels = List.copyOf(keys);
        }

        public static Option of(String id, String... labels) {
            return new Option(id, List.of(labels));
        }
    }

    private Choices() {
    }

    /** The index of the option meant, or -1 when the event names none of them. */
    public static int match(List<Option> options, InboundEvent event) {
        if (event.kind() == InboundEvent.Kind.CHOICE_SELECTED) {
            for (int i = 0; i < options.size(); i++) {
                if (options.get(i).id().equals(event.choiceId())) {
                    return i;
                }
            }
        } else if (event.kind() != InboundEvent.Kind.CUSTOMER_TEXT) {
            return -1;
        }
        return matchText(options, event.text());
    }

    /** Matching of a typed answer: the number, then a title, then an id. */
    public static int matchText(List<Option> options, String text) {
        String key = TextMatching.answerKey(text);
        if (key.isEmpty()) {
            return -1;
        }
        if (key.length() <= 2 && key.chars().allMatch(Character::isDigit)) {
            int number = Integer.parseInt(key);
            if (number >= 1 && number <= options.size()) {
                return number - 1;
            }
        }
        for (int i = 0; i < options.size(); i++) {
            if (options.get(i).labels().contains(key)) {
                return i;
            }
        }
        for (int i = 0; i < options.size(); i++) {
            if (TextMatching.answerKey(options.get(i).id()).equals(key)) {
                return i;
            }
        }
        return -1;
    }
}
