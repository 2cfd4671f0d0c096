package dev.akis.flow.json;

import static org.assertj.core.api.Assertions.assertThat;

import dev.akis.blocks.BlockCatalog;
import dev.akis.flow.Block;
import dev.akis.flow.FlowDocument;
import dev.akis.flow.Json;
import dev.akis.flow.LocalizedText;
import dev.akis.flow.validate.FlowLinter;
import dev.akis.flow.validate.ProblemCode;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * JSON can hold half of an emoji (the escape {@code \\ud83d} without its partner), which UTF-8 cannot: such a
 * flow, often cut by another tool, is saved with the half as an escape and comes back from disk exactly as it was,
 * instead of turning into "?" and merging ids that differed only there.
 */
class LoneSurrogatesTest {

    @TempDir
    Path folder;

    private static FlowDocument flowWith(String id, String text) {
        var extras = Json.object().put("x-" + text, text);
        Block block = new Block("b" + id, "sendMessage", LocalizedText.of("tr", text),
                Json.object().set("text", Json.object().put("tr", text).put("en", "Hi")), extras);
        return FlowDocument.builder("flow-" + id).name(LocalizedText.of("tr", text)).block(block)
                .extras(Json.object().put("future" + text, text)).build();
    }

    private static String strictUtf8(byte[] bytes) throws IOException {
        return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
    }

    @Provide
    Arbitrary<String> textsWithHalves() {
        return Arbitraries.of("a", "ş", "İ", "😀", "\ud83d", "\ude00", "\udc00", "\ud800", "\udbff\udfff", "\"", "\\", "\n")
                .list().ofMinSize(1).ofMaxSize(6).map(pieces -> String.join("", pieces));
    }

    @Property(tries = 300)
    void aFlowWithHalvesOfEmojiInIdsTextsAndUnknownFieldsComesBackFromDiskUnchanged(
            @ForAll("textsWithHalves") String id, @ForAll("textsWithHalves") String text) throws Exception {
        FlowDocument flow = flowWith(id, text);
        // jqwik properties get no @TempDir: each try has a folder of its own, removed afterwards.
        Path tryFolder = Files.createTempDirectory("akis-surrogates");
        Path file = tryFolder.resolve("flow.json");
        try {
            FlowFiles.save(file, flow);
            byte[] saved = Files.readAllBytes(file);
            FlowDocument loaded = FlowFiles.load(file);
            FlowFiles.save(file, loaded);

            assertThat(loaded).isEqualTo(flow);
            assertThat(loaded.blocks().get(0).id()).isEqualTo("b" + id);
            assertThat(Files.readAllBytes(file)).as("saved again byte for byte").isEqualTo(saved);
            assertThat(strictUtf8(saved)).as("the file is valid UTF-8").isEqualTo(new FlowWriter().write(flow));
        } finally {
            Files.deleteIfExists(file);
            Files.deleteIfExists(FlowFiles.backupOf(file));
            Files.delete(tryFolder);
        }
    }

    @Test
    void twoBlocksWhoseIdsDifferOnlyInAHalfStayTwoBlocks() throws Exception {
        Path file = folder.resolve("halves.json");
        FlowDocument flow = FlowDocument.builder("halves")
                .block(Block.of("b\udc00", "end")).block(Block.of("b\udc01", "end")).build();

        FlowFiles.save(file, flow);
        FlowDocument loaded = FlowFiles.load(file);

        assertThat(Files.readString(file)).contains("\"id\": \"b\\udc00\"", "\"id\": \"b\\udc01\"").doesNotContain("?");
        assertThat(loaded.blocks()).extracting(Block::id).containsExactly("b\udc00", "b\udc01");
        assertThat(new FlowLinter(BlockCatalog.standard()).lint(loaded))
                .noneMatch(problem -> problem.code() == ProblemCode.DUPLICATE_ID);
    }

    @Test
    void aFileWithAnEscapedHalfIsAlreadyCanonicalAndWholeEmojiStayUnescaped() throws Exception {
        String text = "{\n  \"schemaVersion\": 1,\n  \"id\": \"emoji\",\n  \"name\": {\n    \"tr\": \"Kargo 🚚 \\ud83d\"\n  },\n"
                + "  \"defaultLanguage\": \"tr\",\n  \"languages\": [\n    \"tr\"\n  ],\n  \"entryPoints\": [],\n"
                + "  \"blocks\": [],\n  \"connections\": [],\n  \"properties\": [],\n  \"notes\": [],\n  \"layout\": {\n"
                + "    \"zoom\": 1,\n    \"viewport\": {\n      \"x\": 0,\n      \"y\": 0\n    },\n    \"start\": {\n"
                + "      \"x\": 0,\n      \"y\": 0\n    },\n    \"blocks\": {},\n    \"notes\": {}\n  },\n"
                + "  \"metadata\": {}\n}\n";

        FlowDocument flow = new FlowReader().read(text, "emoji.json");

        assertThat(flow.name().get("tr")).isEqualTo("Kargo \ud83d\ude9a \ud83d");
        assertThat(new FlowWriter().write(flow)).isEqualTo(text);
    }
}
