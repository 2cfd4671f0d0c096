package dev.akis.flow.validate;

import dev.akis.blocks.BlockType;
import dev.akis.blocks.FieldSpec;
import dev.akis.blocks.PortSpec;
import java.util.List;
import java.util.Locale;

/**
 * The language-dependent parts of problem messages: names of settings, ports and languages, and short
 * explanations. Each renders itself in the reader's language; {@code toString()} gives the English text.
 */
public final class ProblemArguments {

    private ProblemArguments() {
    }

    /** A block setting by its label ("Question"), optionally narrowed to one list item ("Options › yes"). */
    public record Setting(BlockType type, String key, String item) implements LocalizedArgument {

        public static Setting of(BlockType type, FieldSpec field) {
            return new Setting(type, field.key(), null);
        }

        public Setting item(String itemId) {
            return new Setting(type, key, itemId);
        }

        @Override
        public String text(Locale locale) {
            String label = type.field(key).map(field -> type.fieldLabel(field, locale)).orElse(key);
            return item == null ? "\"" + label + "\"" : "\"" + label + " › " + item + "\"";
        }

        @Override
        public String toString() {
            return text(Locale.ENGLISH);
        }
    }

    /** An output port by its label, with the id in brackets when the label differs ("gave up" (gaveUp)). */
    public record Port(BlockType type, PortSpec port, String contentLanguage) implements LocalizedArgument {

        @Override
        public String text(Locale locale) {
            String label = type.portLabel(port, locale, contentLanguage);
            return label.equals(port.id()) ? "\"" + label + "\"" : "\"" + label + "\" (" + port.id() + ")";
        }

        @Override
        public String toString() {
            return text(Locale.ENGLISH);
        }
    }

    /** One option of an option setting by its label ("phone" → "telefon" in Turkish). */
    public record Option(BlockType type, FieldSpec field, String option) implements LocalizedArgument {

        @Override
        public String text(Locale locale) {
            return "\"" + type.optionLabel(field, option, locale) + "\"";
        }

        @Override
        public String toString() {
            return text(Locale.ENGLISH);
        }
    }

    /** A block named by its id and its type's name: "pick_order" (Select Order). */
    public record BlockName(String blockId, BlockType type) implements LocalizedArgument {

        @Override
        public String text(Locale locale) {
            return "\"" + OneLine.escape(blockId) + "\" (" + type.name(locale) + ")";
        }

        @Override
        public String toString() {
            return text(Locale.ENGLISH);
        }
    }

    /** A content language by name ("Turkish"); unknown codes are shown as they are. */
    public record Language(String code) implements LocalizedArgument {

        @Override
        public String text(Locale locale) {
            String name = Problem.TEXTS.find(locale, "language." + code);
            return name == null ? code : name;
        }

        @Override
        public String toString() {
            return text(Locale.ENGLISH);
        }
    }

    /** A short explanation from the problems bundle, {@code key} with its own arguments. */
    public record Explanation(String key, List<Object> args) implements LocalizedArgument {

        public static Explanation of(String key, Object... args) {
            return new Explanation(key, List.of(args));
        }

        @Override
        public String text(Locale locale) {
            Object[] rendered = new Object[args.size()];
            for (int i = 0; i < rendered.length; i++) {
                Object arg = args.get(i);
                rendered[i] = arg instanceof LocalizedArgument localized ? localized.text(locale) : arg;
            }
            return Problem.TEXTS.get(locale, key, rendered);
        }

        @Override
        public String toString() {
            return text(Locale.ENGLISH);
        }
    }
}
