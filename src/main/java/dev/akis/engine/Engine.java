package dev.akis.engine;

import dev.akis.blocks.BlockCatalog;
import dev.akis.blocks.BlockType;
import dev.akis.blocks.CheckoutEntry;
import dev.akis.blocks.PortNeed;
import dev.akis.blocks.PortSpec;
import dev.akis.blocks.ProvidedProperty;
import dev.akis.engine.message.InboundEvent;
import dev.akis.engine.spi.BlockExecutor;
import dev.akis.engine.spi.TextMatching;
import dev.akis.flow.Block;
import dev.akis.flow.EntryKind;
import dev.akis.flow.EntryPoint;
import dev.akis.flow.FlowDocument;
import dev.akis.flow.PropertyDeclaration;
import dev.akis.flow.PropertyType;
import dev.akis.flow.SystemProperties;
import dev.akis.i18n.Languages;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/**
 * Plays one flow document, turn by turn, for any number of conversations. Built once per flow: every block's
 * executor is prepared, every port resolved to its target (fallbacks applied), entry keywords folded and
 * property types collected, so a turn only walks maps. Immutable and thread-safe; all conversation data lives
 * in the {@link ConversationState} passed in and returned.
 *
 * <p>Typical use by a runtime server: {@link #newConversation} when a contact first writes, then
 * {@link #handle} for every inbound event, storing {@link TurnResult#state()} and scheduling a
 * {@link InboundEvent#tick()} at {@link ConversationState#nextTimerDue()}.
 */
public final class Engine {

    private final FlowDocument flow;
    private final EngineServices services;
    private final EngineOptions options;
    private final Map<String, CompiledBlock> blocks;
    private final List<CompiledEntry> entries;
    private final Map<String, PropertyType> propertyTypes;

    public Engine(FlowDocument flow, EngineServices services) {
        this(flow, BlockCatalog.standard(), services, EngineOptions.DEFAULTS);
    }

    public Engine(FlowDocument flow, BlockCatalog catalog, EngineServices services, EngineOptions options) {
        this.flow = Objects.requireNonNull(flow, "flow");
        this.services = Objects.requireNonNull(services, "services");
        this.options = Objects.requireNonNull(options, "options");
        Map<String, CompiledBlock> compiled = new HashMap<>(flow.blocks().size() * 2);
        Map<String, PropertyType> types = new HashMap<>();
        for (PropertyDeclaration declaration : SystemProperties.ALL) {
            types.put(declaration.name(), PropertyType.fromId(declaration.type()).orElse(PropertyType.TEXT));
        }
        for (Block block : flow.blocks()) {
            BlockType type = catalog.find(block.type()).orElse(null);
            compiled.putIfAbsent(block.id(), compile(flow, block, type));
            if (type != null) {
                for (ProvidedProperty provided : safeProvided(type, block)) {
                    PropertyType known = types.get(provided.name());
                    if (known == null || known == PropertyType.TEXT) {
                        types.put(provided.name(), provided.type());
                    }
                }
            }
        }
        if (flow.entryPoints().stream().anyMatch(entry -> entry.knownKind().orElse(null) == EntryKind.CHECKOUT_RETURN)) {
            for (ProvidedProperty provided : CheckoutEntry.provided()) {
                types.putIfAbsent(provided.name(), provided.type());
            }
        }
        for (PropertyDeclaration declaration : flow.properties()) {
            PropertyType.fromId(declaration.type()).ifPresent(type -> types.put(declaration.name(), type));
        }
        this.blocks = Collections.unmodifiableMap(compiled);
        this.propertyTypes = Collections.unmodifiableMap(types);
        List<CompiledEntry> compiledEntries = new ArrayList<>();
        for (EntryPoint entry : flow.entryPoints()) {
            EntryKind kind = entry.knownKind().orElse(null);
            if (kind == null || entry.target() == null) {
                continue;
            }
            Map<String, List<String>> folded = new LinkedHashMap<>();
            entry.keywords().forEach((language, words) -> {
                List<String> keys = new ArrayList<>();
                for (String word : words) {
                    String key = TextMatching.fold(word);
                    if (!key.isEmpty()) {
                        keys.add(key);
                    }
                }
                folded.put(language, List.copyOf(keys));
            });
            compiledEntries.add(new CompiledEntry(entry, kind, Collections.unmodifiableMap(folded)));
        }
        this.entries = List.copyOf(compiledEntries);
    }

    private static List<ProvidedProperty> safeProvided(BlockType type, Block block) {
        try {
            return type.providedProperties(block);
        } catch (RuntimeException e) {
            return List.of();
        }
    }

    private static CompiledBlock compile(FlowDocument flow, Block block, BlockType type) {
        if (type == null) {
            return new CompiledBlock(block, null, null, Map.of(), "unknownType");
        }
        BlockExecutor executor;
        List<PortSpec> ports;
        try {
            executor = type.executor(block);
            ports = type.ports(block);
        } catch (RuntimeException e) {
            return new CompiledBlock(block, type, null, Map.of(), "setupFailed");
        }
        Map<String, Route> routes = new HashMap<>();
        for (PortSpec port : ports) {
            String target = flow.target(block.id(), port.id()).orElse(null);
            String taken = port.id();
            boolean error = port.error();
            if (target == null && port.fallback() != null) {
                String fallbackTarget = flow.target(block.id(), port.fallback()).orElse(null);
                taken = port.fallback();
                target = fallbackTarget;
                error = error || type.port(block, port.fallback()).map(PortSpec::error).orElse(false);
            }
            routes.put(port.id(), new Route(taken, target, error, port.need()));
        }
        return new CompiledBlock(block, type, executor, Collections.unmodifiableMap(routes), null);
    }

    /** A fresh conversation, not yet in the flow: the first event picks the entry point. */
    public ConversationState newConversation(ConversationStart start) {
        String language = start.language() == null || start.language().isBlank()
                ? flow.defaultLanguage() : Languages.normalize(start.language());
        String id = start.conversationId() == null || start.conversationId().isBlank()
                ? UUID.randomUUID().toString() : start.conversationId();
        Instant now = services.clock().instant();
        ConversationState.Builder state = ConversationState.builder(id, language)
                .flowId(flow.id())
                .channel(start.channel())
                .startedAt(now)
                .lastActivityAt(now)
                .property(SystemProperties.CONVERSATION_ID, id)
                .property(SystemProperties.CONVERSATION_CHANNEL, start.channel())
                .property(SystemProperties.CONTACT_LANGUAGE, language)
                .property(SystemProperties.CONTACT_SOURCE_TAG, start.sourceTag() == null ? "" : start.sourceTag());
        if (start.contactPhone() != null && !start.contactPhone().isBlank()) {
            state.property(SystemProperties.CONTACT_PHONE, start.contactPhone());
        }
        if (start.contactName() != null && !start.contactName().isBlank()) {
            state.property(SystemProperties.CONTACT_NAME, start.contactName());
        }
        return state.build();
    }

    /** Plays one event: fires due timers, then runs the flow until it must wait, and returns what happened. */
    public TurnResult handle(ConversationState state, InboundEvent event) {
        Turn turn = new Turn(this, state);
        turn.process(event);
        return turn.finish();
    }

    /**
     * Runs the flow from the given block as if the conversation had just arrived there (the simulator's "start
     * from the selected block"). Whatever the conversation was waiting for is dropped.
     */
    public TurnResult startAt(ConversationState state, String blockId) {
        Turn turn = new Turn(this, state);
        turn.startAt(blockId);
        return turn.finish();
    }

    public FlowDocument flow() {
        return flow;
    }

    public EngineServices services() {
        return services;
    }

    public EngineOptions options() {
        return options;
    }

    /** The type of a property as declared by the flow, provided by a block, or a system property; TEXT otherwise. */
    public PropertyType propertyType(String name) {
        PropertyType type = propertyTypes.get(name);
        return type == null ? PropertyType.TEXT : type;
    }

    CompiledBlock block(String blockId) {
        return blockId == null ? null : blocks.get(blockId);
    }

    List<CompiledEntry> entries() {
        return entries;
    }

    /**
     * One block ready to run. {@code failure} names why it cannot run (unknown type, setup failed), else null.
     */
    record CompiledBlock(Block block, BlockType type, BlockExecutor executor, Map<String, Route> routes,
                         String failure) {

        String id() {
            return block.id();
        }

        String typeId() {
            return block.type();
        }
    }

    /**
     * Where leaving a block through a port leads: the port actually followed (the fallback when the port is
     * unconnected), its target (null when nothing is connected), whether it is an error path, and how much the
     * port needed a connection.
     */
    record Route(String port, String target, boolean error, PortNeed need) {
    }

    /** An entry point with its keywords folded for matching, per language. */
    record CompiledEntry(EntryPoint entry, EntryKind kind, Map<String, List<String>> keywords) {
    }
}
