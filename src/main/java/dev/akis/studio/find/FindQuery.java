package dev.akis.studio.find;

import com.fasterxml.jackson.databind.JsonNode;
import dev.akis.blocks.BlockCatalog;
import dev.akis.blocks.BlockType;
import dev.akis.flow.Block;
import dev.akis.flow.FlowDocument;
import dev.akis.flow.validate.Problem;
import dev.akis.flow.validate.ProblemCode;
import dev.akis.i18n.Languages;
import dev.akis.studio.ui.SearchText;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * A search over the blocks of a flow. Words match a block's id, titles, type name (in both languages), card
 * summary and any text setting; filters narrow it: {@code type:getMember} (id or name of the block type),
 * {@code is:invalid} (blocks with errors), {@code is:unreachable} (blocks no conversation can reach),
 * {@code is:warning} (blocks with warnings). All parts must hold.
 */
public record FindQuery(List<String> words, List<String> types, boolean invalid, boolean unreachable, boolean warning) {

    public static FindQuery parse(String text) {
        List<String> words = new ArrayList<>();
        List<String> types = new ArrayList<>();
        boolean invalid = false;
        boolean unreachable = false;
        boolean warning = false;
        for (String token : (text == null ? "" : text).trim().split("\\s+")) {
            if (token.isEmpty()) {
                continue;
            }
            String folded = SearchText.fold(token);
            if (folded.startsWith("type:") && folded.length() > 5) {
                types.add(folded.substring(5));
            } else if (folded.equals("is:invalid") || folded.equals("is:error")) {
                invalid = true;
            } else if (folded.equals("is:unreachable") || folded.equals("is:unused")) {
                unreachable = true;
            } else if (folded.equals("is:warning")) {
                warning = true;
            } else {
                words.add(folded);
            }
        }
        return new FindQuery(List.copyOf(words), List.copyOf(types), invalid, unreachable, warning);
    }

    public boolean isEmpty() {
        return words.isEmpty() && types.isEmpty() && !invalid && !unreachable && !warning;
    }

    /** Ids of the matching blocks, in flow order. */
    public List<String> search(FlowDocument document, BlockCatalog catalog, Function<String, List<Problem>> problemsOf,
                               Locale uiLocale) {
        List<String> found = new ArrayList<>();
        if (isEmpty()) {
            return found;
        }
        for (Block block : document.blocks()) {
            if (matches(block, document, catalog, problemsOf.apply(block.id()), uiLocale)) {
                found.add(block.id());
            }
        }
        return found;
    }

    private boolean matches(Block block, FlowDocument document, BlockCatalog catalog, List<Problem> problems, Locale locale) {
        BlockType type = catalog.find(block.type()).orElse(null);
        if (invalid && problems.stream().noneMatch(Problem::isError)) {
            return false;
        }
        if (warning && problems.stream().allMatch(Problem::isError)) {
            return false;
        }
        if (unreachable && problems.stream().noneMatch(p -> p.code() == ProblemCode.UNREACHABLE_BLOCK)) {
            return false;
        }
        if (!types.isEmpty()) {
            String typeText = typeText(block, type);
            boolean any = false;
            for (String wanted : types) {
                any |= typeText.contains(wanted);
            }
            if (!any) {
                return false;
            }
        }
        if (words.isEmpty()) {
            return true;
        }
        String haystack = haystack(block, type, document, locale);
        for (String word : words) {
            if (!haystack.contains(word)) {
                return false;
            }
        }
        return true;
    }

    private static String typeText(Block block, BlockType type) {
        StringBuilder text = new StringBuilder(block.type());
        if (type != null) {
            for (String language : Languages.SUPPORTED) {
                text.append(' ').append(type.name(Languages.locale(language)).replace(" ", ""));
                text.append(' ').append(type.name(Languages.locale(language)));
            }
        }
        return SearchText.fold(text.toString());
    }

    private static String haystack(Block block, BlockType type, FlowDocument document, Locale locale) {
        StringBuilder text = new StringBuilder(block.id()).append(' ');
        block.title().asMap().values().forEach(title -> text.append(title).append(' '));
        text.append(typeText(block, type)).append(' ');
        if (type != null) {
            try {
                text.append(type.summary(block, locale, document.defaultLanguage())).append(' ');
            } catch (RuntimeException ignored) {
                // a summary that cannot be made is simply not searched
            }
        }
        appendStrings(block.config(), text);
        return SearchText.fold(text.toString());
    }

    private static void appendStrings(JsonNode node, StringBuilder text) {
        if (node.isTextual()) {
            text.append(node.asText()).append(' ');
        } else if (node.isContainerNode()) {
            node.forEach(child -> appendStrings(child, text));
        }
    }
}
