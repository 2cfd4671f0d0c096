package dev.akis.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.akis.blocks.BlockCatalog;
import dev.akis.blocks.BlockType;
import dev.akis.flow.Block;
import dev.akis.flow.EntryPoint;
import dev.akis.flow.FlowDocument;
import dev.akis.flow.Json;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;

/** Builds small flows in code: blocks as dropped from the palette, with settings written as relaxed JSON. */
public final class TestFlows {

    public static final List<String> LANGUAGES = List.of("tr", "en");

    private TestFlows() {
    }

    /** A flow in Turkish and English whose "any message" entry leads to {@code firstBlock}. */
    public static FlowDocument.Builder flow(String id, String firstBlock) {
        return FlowDocument.builder(id).defaultLanguage("tr").languages(LANGUAGES)
                .entryPoint(EntryPoint.anyMessage("start", firstBlock));
    }

    /** A flow with no entry point yet. */
    public static FlowDocument.Builder bare(String id) {
        return FlowDocument.builder(id).defaultLanguage("tr").languages(LANGUAGES);
    }

    /**
     * A block with the palette defaults and these settings; {@code config} is JSON where single quotes may
     * stand for double quotes ("{'text': {'tr': 'Merhaba'}}").
     */
    public static Block block(String id, String type, String config) {
        BlockType blockType = BlockCatalog.standard().find(type).orElseThrow(() -> new IllegalArgumentException(type));
        Block block = blockType.newBlock(id, LANGUAGES);
        ObjectNode merged = block.config().deepCopy();
        if (config != null && !config.isBlank()) {
            merged.setAll((ObjectNode) json(config));
        }
        return block.withConfig(merged);
    }

    public static Block block(String id, String type) {
        return block(id, type, null);
    }

    public static JsonNode json(String relaxed) {
        try {
            return Json.MAPPER.readTree(relaxed.replace('\'', '"'));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static Map<String, List<String>> keywords(String language, String... words) {
        return Map.of(language, List.of(words));
    }
}
