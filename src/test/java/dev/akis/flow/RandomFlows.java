package dev.akis.flow;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.akis.blocks.BlockCatalog;
import dev.akis.blocks.BlockType;
import dev.akis.blocks.FieldSpec;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Random but loadable flows for property tests: every catalog block type made with {@code newBlock} and then
 * edited at random, unknown block types, connections (some to nowhere), notes, fractional layout, entry points
 * of every kind, and unknown fields at every level. Texts mix Turkish letters, quotes, backslashes, control
 * characters, line separators and emoji. The same seed always gives the same flow.
 */
public final class RandomFlows {

    private static final String ID_CHARS = "abcçdefgğhıijklmnoöprsştuüvyzABCÇDEFGĞHIİJKLMNOÖPRSŞTUÜVYZ0123456789_-.";
    private static final String[] TEXT_PIECES = {"Merhaba", "sipariş", "İĞÜŞÖÇ", "ığüşöç", " ", "\"", "\\", "\n",
        "\t", "\r", "\u0001", "\u2028", "/", "{member.firstName}", "{order.number}", "{}", "{ x }", "🚚", "😀👍",
        "kargo", "€ 1.299,90", "<b>", "&amp;", "'", "ünlü", "Yurtiçi"};
    private static final List<String> LANGUAGE_POOL = List.of("tr", "en", "de", "az");
    private static final BlockCatalog CATALOG = BlockCatalog.standard();

    private final Random random;
    private final boolean validSettings;

    private RandomFlows(long seed, boolean validSettings) {
        this.random = new Random(seed);
        this.validSettings = validSettings;
    }

    /** A flow whose block settings are edited with any JSON at all, as a broken or hand-edited file may have. */
    public static FlowDocument flow(long seed) {
        return new RandomFlows(seed, false).flow();
    }

    /** A flow whose block settings are edited only with values of the right shape for their kind. */
    public static FlowDocument flowWithWellFormedSettings(long seed) {
        return new RandomFlows(seed, true).flow();
    }

    private FlowDocument flow() {
        List<String> languages = languages();
        FlowDocument.Builder builder = FlowDocument.builder(id())
                .name(maybeText(languages))
                .description(maybeText(languages))
                .defaultLanguage(languages.get(0))
                .languages(languages);
        List<String> blockIds = new ArrayList<>();
        int blockCount = random.nextInt(25);
        for (int i = 0; i < blockCount; i++) {
            Block block = block(id() + "_" + i, languages);
            blockIds.add(block.id());
            builder.block(block);
        }
        int connectionCount = blockIds.isEmpty() ? 0 : random.nextInt(blockCount * 2 + 1);
        for (int i = 0; i < connectionCount; i++) {
            String from = random.nextInt(10) == 0 ? id() : pick(blockIds);
            String to = random.nextInt(10) == 0 ? id() : pick(blockIds);
            builder.connection(new Connection(from, pick(List.of("next", "found", "error", "other", "choice:" + id())),
                    to, extras()));
        }
        int entryCount = random.nextInt(5);
        for (int i = 0; i < entryCount; i++) {
            builder.entryPoint(entryPoint("entry_" + i, blockIds, languages));
        }
        List<String> noteIds = new ArrayList<>();
        for (int i = 0; i < random.nextInt(4); i++) {
            String noteId = "note_" + i + "_" + id();
            noteIds.add(noteId);
            builder.note(new StickyNote(noteId, text(languages), pick(List.of("yellow", "blue", "pink", id())),
                    extras()));
        }
        for (int i = 0; i < random.nextInt(4); i++) {
            builder.property(new PropertyDeclaration(id() + "." + id(), pick(List.of("text", "email", "money", "geo")),
                    maybeText(languages), extras()));
        }
        builder.layout(layout(blockIds, noteIds));
        builder.metadata(new FlowMetadata(maybe("2026-03-01T10:15:30Z"), maybe("2026-03-02T08:00:00.125Z"),
                maybe("1.0.0"), extras()));
        builder.extras(extras());
        return builder.build();
    }

    private List<String> languages() {
        List<String> pool = new ArrayList<>(LANGUAGE_POOL);
        java.util.Collections.shuffle(pool, random);
        return List.copyOf(pool.subList(0, 1 + random.nextInt(pool.size())));
    }

    private Block block(String blockId, List<String> languages) {
        if (random.nextInt(8) == 0) {
            return new Block(blockId, "future" + random.nextInt(3), maybeText(languages), (ObjectNode) json(3, true),
                    extras());
        }
        List<BlockType> types = CATALOG.all();
        BlockType type = types.get(random.nextInt(types.size()));
        Block block = type.newBlock(blockId, languages);
        int edits = random.nextInt(4);
        for (int i = 0; i < edits; i++) {
            List<FieldSpec> fields = type.fields();
            if (random.nextInt(4) == 0) {
                block = block.withConfigValue("x-" + id(), json(2, false));
                continue;
            }
            FieldSpec field = fields.get(random.nextInt(fields.size()));
            JsonNode value = validSettings ? wellFormed(field, languages) : json(2, false);
            block = block.withConfigValue(field.key(), random.nextInt(6) == 0 ? null : value);
        }
        if (random.nextBoolean()) {
            block = block.withTitle(text(languages));
        }
        return new Block(block.id(), block.type(), block.title(), block.config(), extras());
    }

    /** A value of the right JSON shape and within the limits for the setting's kind. */
    private JsonNode wellFormed(FieldSpec field, List<String> languages) {
        return switch (field.type()) {
            case LOCALIZED_TEXT -> localized(languages);
            case TEXT, BLOCK_REF -> Json.NODES.textNode(textPiece() + textPiece());
            case INTEGER -> Json.NODES.numberNode(between(field, 0, 100));
            case DECIMAL -> Json.NODES.numberNode(new BigDecimal(between(field, -1000, 1000)).movePointLeft(1)
                    .max(field.min() == null ? new BigDecimal(-1000) : BigDecimal.valueOf(field.min())));
            case BOOLEAN -> Json.NODES.booleanNode(random.nextBoolean());
            case ENUM -> Json.NODES.textNode(pick(field.options()));
            case DURATION -> Json.NODES.textNode(pick(List.of("PT30M", "PT2H", "P1D", "P1DT12H", "PT10S", "PT0.5S")));
            case PROPERTY -> Json.NODES.textNode(pick(List.of("contact.email", "order.number", "answer", "x_1.y")));
            case CHOICES -> items(() -> {
                ObjectNode choice = Json.object().put("id", id());
                choice.set("title", localized(languages));
                if (random.nextBoolean()) {
                    choice.set("description", localized(languages));
                }
                return choice;
            });
            case BRANCHES -> items(() -> {
                ObjectNode branch = Json.object().put("id", id());
                if (random.nextBoolean()) {
                    branch.set("label", localized(languages));
                    branch.put("match", pick(List.of("all", "any")));
                }
                ArrayNode rules = branch.putArray("rules");
                ObjectNode rule = rules.addObject().put("property", "member.orderCount")
                        .put("operator", pick(dev.akis.blocks.conversation.ConditionBlock.OPERATORS));
                rule.put("value", textPiece());
                return branch;
            });
            case ASSIGNMENTS -> items(() -> Json.object().put("property", "flow_" + random.nextInt(9))
                    .put("value", textPiece()));
            case KEY_VALUES -> items(() -> Json.object().put("name", "X-" + id()).put("value", textPiece()));
            case RESPONSE_MAPPINGS -> items(() -> Json.object().put("path", "/data/" + random.nextInt(5))
                    .put("property", "crm.field" + random.nextInt(5)));
            case PRODUCT_IDS -> items(() -> Json.NODES.textNode("prd-" + id()));
        };
    }

    private int between(FieldSpec field, int low, int high) {
        int min = field.min() == null ? low : (int) Math.ceil(field.min());
        int max = field.max() == null ? high : (int) Math.floor(field.max());
        return min + random.nextInt(max - min + 1);
    }

    private ArrayNode items(java.util.function.Supplier<JsonNode> item) {
        ArrayNode items = Json.NODES.arrayNode();
        int count = 1 + random.nextInt(3);
        for (int i = 0; i < count; i++) {
            items.add(item.get());
        }
        return items;
    }

    private ObjectNode localized(List<String> languages) {
        ObjectNode texts = Json.object();
        text(languages).asMap().forEach(texts::put);
        return texts;
    }

    private EntryPoint entryPoint(String entryId, List<String> blockIds, List<String> languages) {
        String target = blockIds.isEmpty() || random.nextInt(8) == 0 ? maybe(id()) : pick(blockIds);
        EntryPoint entry = switch (random.nextInt(5)) {
            case 0 -> EntryPoint.anyMessage(entryId, target);
            case 1 -> {
                Map<String, List<String>> keywords = new LinkedHashMap<>();
                for (String language : languages) {
                    keywords.put(language, List.of(textPiece(), textPiece()));
                }
                yield EntryPoint.keyword(entryId, target, keywords);
            }
            case 2 -> EntryPoint.clickToWhatsApp(entryId, target, "IG_" + id(), text(languages));
            case 3 -> EntryPoint.checkoutReturn(entryId, target, pick(List.of("paid", "paymentFailed", "abandoned", "any")));
            default -> new EntryPoint(entryId, "future" + id(), target, null, null, null, null, null);
        };
        return new EntryPoint(entry.id(), entry.kind(), entry.target(), entry.keywords(), entry.sourceTag(),
                entry.prefilledText(), entry.checkoutOutcome(), extras());
    }

    private CanvasLayout layout(List<String> blockIds, List<String> noteIds) {
        Map<String, Point> positions = new LinkedHashMap<>();
        for (String blockId : blockIds) {
            if (random.nextInt(5) != 0) {
                positions.put(blockId, point());
            }
        }
        Map<String, NoteBounds> notes = new LinkedHashMap<>();
        for (String noteId : noteIds) {
            notes.put(noteId, new NoteBounds(coordinate(), coordinate(), 50 + random.nextDouble() * 400,
                    40 + random.nextDouble() * 300));
        }
        double zoom = 0.1 + random.nextDouble() * 3.9;
        return new CanvasLayout(zoom, point(), point(), positions, notes, extras());
    }

    private Point point() {
        return new Point(coordinate(), coordinate());
    }

    private double coordinate() {
        return switch (random.nextInt(4)) {
            case 0 -> random.nextInt(2000) - 1000;
            case 1 -> (random.nextInt(20000) - 10000) / 4.0;
            default -> (random.nextDouble() - 0.5) * 8000;
        };
    }

    /** Unknown fields, named so that they can never clash with a known field. */
    private ObjectNode extras() {
        ObjectNode extras = Json.object();
        if (random.nextInt(3) != 0) {
            return extras;
        }
        int count = 1 + random.nextInt(3);
        for (int i = 0; i < count; i++) {
            extras.set("x-" + id(), json(2, false));
        }
        return extras;
    }

    private JsonNode json(int depth, boolean object) {
        int kind = object ? 0 : random.nextInt(depth > 0 ? 9 : 7);
        return switch (kind) {
            case 0 -> {
                ObjectNode node = Json.object();
                int size = random.nextInt(4);
                for (int i = 0; i < size; i++) {
                    node.set(random.nextBoolean() ? id() : textPiece(), json(depth - 1, false));
                }
                yield node;
            }
            case 1 -> Json.NODES.textNode(textPiece() + textPiece());
            case 2 -> Json.NODES.numberNode(random.nextInt(100_000) - 50_000);
            case 3 -> Json.NODES.numberNode(new BigDecimal(random.nextInt(100_000)).movePointLeft(random.nextInt(4)));
            case 4 -> Json.NODES.booleanNode(random.nextBoolean());
            case 5 -> Json.NODES.nullNode();
            case 6 -> {
                ObjectNode texts = Json.object();
                texts.put("tr", textPiece());
                texts.put("en", textPiece());
                yield texts;
            }
            case 7 -> {
                ArrayNode array = Json.NODES.arrayNode();
                int size = random.nextInt(4);
                for (int i = 0; i < size; i++) {
                    array.add(json(depth - 1, false));
                }
                yield array;
            }
            default -> json(depth - 1, true);
        };
    }

    private LocalizedText text(List<String> languages) {
        LocalizedText text = LocalizedText.EMPTY;
        for (String language : languages) {
            if (random.nextInt(4) != 0) {
                text = text.with(language, textPiece() + textPiece());
            }
        }
        return text;
    }

    private LocalizedText maybeText(List<String> languages) {
        return random.nextBoolean() ? text(languages) : LocalizedText.EMPTY;
    }

    private String textPiece() {
        return TEXT_PIECES[random.nextInt(TEXT_PIECES.length)];
    }

    /** A non-blank id of Turkish and ASCII letters, digits and a little punctuation. */
    private String id() {
        int length = 1 + random.nextInt(10);
        StringBuilder id = new StringBuilder(length);
        id.append(ID_CHARS.charAt(random.nextInt(ID_CHARS.length() - 15)));
        for (int i = 1; i < length; i++) {
            id.append(ID_CHARS.charAt(random.nextInt(ID_CHARS.length())));
        }
        return id.toString();
    }

    private String maybe(String value) {
        return random.nextBoolean() ? value : null;
    }

    private <T> T pick(List<T> values) {
        return values.get(random.nextInt(values.size()));
    }
}
