package dev.akis.flow;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A way into the flow and the block it leads to. Which optional fields matter depends on the kind:
 * {@code keywords} per language for {@link EntryKind#KEYWORD}; {@code sourceTag} and {@code prefilledText} for
 * {@link EntryKind#CLICK_TO_WHATSAPP}; {@code checkoutOutcome} (a {@link CheckoutOutcome} id or "any") for
 * {@link EntryKind#CHECKOUT_RETURN}. {@code kind} stays a string so kinds from newer versions survive.
 */
public record EntryPoint(String id,
                         String kind,
                         String target,
                         Map<String, List<String>> keywords,
                         String sourceTag,
                         LocalizedText prefilledText,
                         String checkoutOutcome,
                         ObjectNode extras) {

    public EntryPoint {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(kind, "kind");
        keywords = keywords == null ? Map.of() : copyKeywords(keywords);
        prefilledText = prefilledText == null ? LocalizedText.EMPTY : prefilledText;
        extras = extras == null ? Json.object() : extras;
    }

    public static EntryPoint anyMessage(String id, String target) {
        return new EntryPoint(id, EntryKind.ANY_MESSAGE.id(), target, null, null, null, null, null);
    }

    public static EntryPoint keyword(String id, String target, Map<String, List<String>> keywords) {
        return new EntryPoint(id, EntryKind.KEYWORD.id(), target, keywords, null, null, null, null);
    }

    public static EntryPoint clickToWhatsApp(String id, String target, String sourceTag, LocalizedText prefilledText) {
        return new EntryPoint(id, EntryKind.CLICK_TO_WHATSAPP.id(), target, null, sourceTag, prefilledText, null, null);
    }

    public static EntryPoint checkoutReturn(String id, String target, String outcome) {
        return new EntryPoint(id, EntryKind.CHECKOUT_RETURN.id(), target, null, null, null, outcome, null);
    }

    public Optional<EntryKind> knownKind() {
        return EntryKind.fromId(kind);
    }

    public EntryPoint withTarget(String newTarget) {
        return new EntryPoint(id, kind, newTarget, keywords, sourceTag, prefilledText, checkoutOutcome, extras);
    }

    public EntryPoint withKeywords(Map<String, List<String>> newKeywords) {
        return new EntryPoint(id, kind, target, newKeywords, sourceTag, prefilledText, checkoutOutcome, extras);
    }

    public EntryPoint withSourceTag(String newSourceTag) {
        return new EntryPoint(id, kind, target, keywords, newSourceTag, prefilledText, checkoutOutcome, extras);
    }

    public EntryPoint withPrefilledText(LocalizedText text) {
        return new EntryPoint(id, kind, target, keywords, sourceTag, text, checkoutOutcome, extras);
    }

    public EntryPoint withCheckoutOutcome(String outcome) {
        return new EntryPoint(id, kind, target, keywords, sourceTag, prefilledText, outcome, extras);
    }

    public EntryPoint withKind(String newKind) {
        return new EntryPoint(id, newKind, target, keywords, sourceTag, prefilledText, checkoutOutcome, extras);
    }

    private static Map<String, List<String>> copyKeywords(Map<String, List<String>> source) {
        Map<String, List<String>> copy = new LinkedHashMap<>();
        source.forEach((language, words) -> copy.put(language, List.copyOf(words)));
        return java.util.Collections.unmodifiableMap(copy);
    }
}
