package dev.akis.flow.validate;

import dev.akis.flow.Placeholders;
import dev.akis.flow.PropertyNames;
import dev.akis.flow.validate.ProblemArguments.Explanation;

/**
 * Says in plain words why a property name or a placeholder breaks the naming rule ({@link PropertyNames}) and
 * which valid name to use instead, so that every place names are written (declarations, Ask Question, Set
 * Property, response mappings, rules, placeholders in texts) explains it the same way.
 */
final class NameReasons {

    private NameReasons() {
    }

    /** Why {@code name} (written without braces) is not a property name, with a valid one to use. */
    static Explanation forName(String name) {
        PropertyNames.Flaw flaw = PropertyNames.flaw(name);
        if (flaw == null) {
            throw new IllegalArgumentException("a valid name needs no reason: " + name);
        }
        return explain(flaw, PropertyNames.suggestion(name));
    }

    /** Why braces that look like a placeholder are not one, with the placeholder to write instead. */
    static Explanation forPlaceholder(Placeholders.Malformed malformed) {
        if (malformed.flaw() == PropertyNames.Flaw.EMPTY) {
            return Explanation.of("name.emptyBraces", "{" + PropertyNames.EXAMPLE + "}");
        }
        return explain(malformed.flaw(), "{" + malformed.suggestion() + "}");
    }

    private static Explanation explain(PropertyNames.Flaw flaw, String example) {
        String key = switch (flaw) {
            case EMPTY -> "name.empty";
            case NON_ENGLISH_LETTERS -> "name.nonEnglishLetters";
            case SPACES -> "name.spaces";
            case SHAPE -> "name.shape";
        };
        return Explanation.of(key, example);
    }
}
