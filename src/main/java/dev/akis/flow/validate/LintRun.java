package dev.akis.flow.validate;

import dev.akis.blocks.BlockCatalog;
import dev.akis.blocks.BlockType;
import dev.akis.blocks.CheckoutEntry;
import dev.akis.blocks.FieldSpec;
import dev.akis.blocks.PortNeed;
import dev.akis.blocks.PortSpec;
import dev.akis.blocks.ProvidedProperty;
import dev.akis.flow.Block;
import dev.akis.flow.CheckoutOutcome;
import dev.akis.flow.Connection;
import dev.akis.flow.EntryKind;
import dev.akis.flow.EntryPoint;
import dev.akis.flow.FlowDocument;
import dev.akis.flow.Ids;
import dev.akis.flow.Placeholders;
import dev.akis.flow.PropertyDeclaration;
import dev.akis.flow.PropertyNames;
import dev.akis.flow.PropertyType;
import dev.akis.flow.StickyNote;
import dev.akis.flow.SystemProperties;
import dev.akis.flow.TurnLimit;
import dev.akis.flow.validate.ProblemArguments.BlockName;
import dev.akis.flow.validate.ProblemArguments.Explanation;
import dev.akis.flow.validate.ProblemArguments.Port;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One linting pass over one document: indexes the flow once, runs every check and returns the problems sorted
 * by the position of the element they concern (flow-wide problems first, then entry points, blocks and notes
 * in document order). Not thread-safe; {@link FlowLinter} makes a new one per call.
 */
final class LintRun {

    private static final int FLOW_POSITION = -1;
    private static final int MAX_IDS_IN_LOOP_MESSAGE = 8;

    private final BlockCatalog catalog;
    private final FlowDocument document;
    private final List<Block> blocks;
    private final int entryCount;
    private final int blockCount;
    private final int noteCount;

    /** Block id → index of its first occurrence. */
    private final Map<String, Integer> blockIndex;
    /** Per block: its type, or null when the catalog does not know it. */
    private final BlockType[] types;
    /** Per block: its ports, empty for unknown types. */
    private final List<List<PortSpec>> ports;
    /** Per first-occurrence block: the ids of its connected output ports. */
    private final List<Set<String>> connectedPorts;

    private final Map<Integer, Map<String, PortSpec>> portIndex = new HashMap<>();
    private final List<Positioned> found = new ArrayList<>();

    private record Positioned(int position, int sequence, Problem problem) {
    }

    LintRun(BlockCatalog catalog, FlowDocument document) {
        this.catalog = catalog;
        this.document = document;
        this.blocks = document.blocks();
        this.entryCount = document.entryPoints().size();
        this.blockCount = blocks.size();
        this.noteCount = document.notes().size();
        this.blockIndex = new HashMap<>(blockCount * 2);
        this.types = new BlockType[blockCount];
        this.ports = new ArrayList<>(blockCount);
        this.connectedPorts = new ArrayList<>(blockCount);
        for (int i = 0; i < blockCount; i++) {
            Block block = blocks.get(i);
            blockIndex.putIfAbsent(block.id(), i);
            BlockType type = catalog.find(block.type()).orElse(null);
            types[i] = type;
            ports.add(type == null ? List.of() : type.ports(block));
            connectedPorts.add(new HashSet<>(4));
        }
    }

    List<Problem> run() {
        checkIds();
        checkPropertyDeclarations();
        checkEntryPoints();
        checkBlocks();
        int[][] edges = checkConnections();
        checkPorts();
        checkReachability(edges);
        checkLoops(edges);
        found.sort(Comparator.comparingInt(Positioned::position).thenComparingInt(Positioned::sequence));
        List<Problem> problems = new ArrayList<>(found.size());
        for (Positioned positioned : found) {
            problems.add(positioned.problem());
        }
        return problems;
    }

    // ---- reporting ---------------------------------------------------------------------------------------------

    void report(int position, ProblemCode code, String elementId, String field, Object... args) {
        found.add(new Positioned(position, found.size(), new Problem(code, elementId, field, args)));
    }

    private int entryPosition(int index) {
        return index;
    }

    private int blockPosition(int index) {
        return entryCount + index;
    }

    private int notePosition(int index) {
        return entryCount + blockCount + index;
    }

    private int orphanConnectionPosition(int index) {
        return entryCount + blockCount + noteCount + index;
    }

    // ---- ids and entry points ----------------------------------------------------------------------------------

    private void checkIds() {
        Set<String> seen = new HashSet<>((entryCount + blockCount + noteCount) * 2);
        List<EntryPoint> entries = document.entryPoints();
        for (int i = 0; i < entries.size(); i++) {
            checkId(entryPosition(i), entries.get(i).id(), seen);
        }
        for (int i = 0; i < blockCount; i++) {
            checkId(blockPosition(i), blocks.get(i).id(), seen);
        }
        List<StickyNote> notes = document.notes();
        for (int i = 0; i < notes.size(); i++) {
            checkId(notePosition(i), notes.get(i).id(), seen);
        }
    }

    private void checkId(int position, String id, Set<String> seen) {
        if (!Ids.isValid(id)) {
            report(position, ProblemCode.INVALID_ID, id, null, OneLine.escape(id), characterArgument(Ids.firstBadCharacter(id)));
        }
        if (!seen.add(id)) {
            report(position, ProblemCode.DUPLICATE_ID, id, null, OneLine.escape(id));
        }
    }

    /** A character as a message names it: "a space", "a line break (\n)", or the character in quotes. */
    private static Object characterArgument(int character) {
        if (character == ' ') {
            return Explanation.of("character.space");
        }
        String written = new String(Character.toChars(character));
        String escaped = OneLine.escape(written);
        if (!escaped.equals(written) || Character.isWhitespace(character) || Character.isSpaceChar(character)) {
            return Explanation.of("character.invisible", escaped.equals(written)
                    ? String.format("\\u%04x", character) : escaped);
        }
        return "\"" + written + "\"";
    }

    /**
     * A property declared more than once: harmless repetition when every declaration gives the same type (a
     * warning), a real ambiguity when the types differ (an error: the engine would use the last one).
     */
    private void checkPropertyDeclarations() {
        Map<String, List<String>> typesByName = new LinkedHashMap<>();
        for (PropertyDeclaration declaration : document.properties()) {
            typesByName.computeIfAbsent(declaration.name(), name -> new ArrayList<>(2)).add(declaration.type());
        }
        Map<String, KnownType> filled = filledTypes();
        for (Map.Entry<String, List<String>> entry : typesByName.entrySet()) {
            String name = entry.getKey();
            List<String> types = entry.getValue();
            if (!PropertyNames.isValid(name)) {
                report(FLOW_POSITION, ProblemCode.INVALID_PROPERTY_NAME, null, null, OneLine.escape(name),
                        NameReasons.forName(name));
            }
            String declared = lastKnownType(types);
            KnownType source = filled.get(name);
            if (types.size() > 1) {
                List<String> distinct = types.stream().distinct().toList();
                if (distinct.size() == 1) {
                    report(FLOW_POSITION, ProblemCode.DUPLICATE_PROPERTY, null, null, name, types.size(),
                            distinct.get(0));
                } else {
                    report(FLOW_POSITION, ProblemCode.CONFLICTING_PROPERTY_TYPE, null, null, name,
                            String.join(", ", distinct), declared == null ? PropertyType.TEXT.id() : declared);
                }
            }
            for (String type : types.stream().distinct().toList()) {
                if (PropertyType.fromId(type).isEmpty()) {
                    String treatedAs = declared != null ? declared : source != null ? source.type().id() : PropertyType.TEXT.id();
                    report(FLOW_POSITION, ProblemCode.UNKNOWN_PROPERTY_TYPE, null, null, OneLine.escape(name),
                            OneLine.escape(type), treatedAs, KNOWN_TYPES);
                }
            }
            if (declared != null && source != null && !declared.equals(source.type().id())) {
                report(FLOW_POSITION, ProblemCode.PROPERTY_TYPE_MISMATCH, null, null, name, declared, source.source(),
                        source.type().id());
            }
        }
    }

    private static final String KNOWN_TYPES = String.join(", ",
            Arrays.stream(PropertyType.values()).map(PropertyType::id).toList());

    /** The type the engine uses: the last declaration whose type it knows (others are kept but ignored); null if none. */
    private static String lastKnownType(List<String> declaredTypes) {
        for (int i = declaredTypes.size() - 1; i >= 0; i--) {
            if (PropertyType.fromId(declaredTypes.get(i)).isPresent()) {
                return declaredTypes.get(i);
            }
        }
        return null;
    }

    /** A property's type as something other than a declaration gives it, and what gives it (for messages). */
    private record KnownType(PropertyType type, Object source) {
    }

    /**
     * The types properties have without any declaration: the system properties, the properties blocks of this
     * flow fill under fixed names (Get Member's {@code member.*}, Select Order's {@code order.*}, ...), and what a
     * checkout entry fills. Names the merchant chooses in a block's settings (Ask Question's property, Set
     * Property's assignments, response mappings) are left out: their declaration is how the merchant types them.
     */
    private Map<String, KnownType> filledTypes() {
        Map<String, KnownType> known = new HashMap<>();
        for (PropertyDeclaration system : SystemProperties.ALL) {
            PropertyType.fromId(system.type()).ifPresent(type ->
                    known.put(system.name(), new KnownType(type, Explanation.of("source.system"))));
        }
        for (int i = 0; i < blockCount; i++) {
            Block block = blocks.get(i);
            if (types[i] == null || blockIndex.get(block.id()) != i) {
                continue;
            }
            Set<String> chosen = namesChosenInSettings(types[i], block);
            for (ProvidedProperty provided : types[i].providedProperties(block)) {
                if (!chosen.contains(provided.name())) {
                    known.putIfAbsent(provided.name(), new KnownType(provided.type(), new BlockName(block.id(), types[i])));
                }
            }
        }
        for (EntryPoint entry : document.entryPoints()) {
            if (entry.knownKind().orElse(null) == EntryKind.CHECKOUT_RETURN) {
                for (ProvidedProperty provided : CheckoutEntry.provided()) {
                    known.putIfAbsent(provided.name(), new KnownType(provided.type(),
                            Explanation.of("source.checkoutEntry", OneLine.escape(entry.id()))));
                }
                break;
            }
        }
        return known;
    }

    /** Property names written in the block's settings: property settings and the properties of list items. */
    private static Set<String> namesChosenInSettings(BlockType type, Block block) {
        Set<String> names = new HashSet<>();
        for (FieldSpec field : type.fields()) {
            switch (field.type()) {
                case PROPERTY -> names.add(type.string(block, field.key()).strip());
                case ASSIGNMENTS, RESPONSE_MAPPINGS -> {
                    for (com.fasterxml.jackson.databind.JsonNode item : type.list(block, field.key())) {
                        names.add(item.path("property").asText("").strip());
                        names.add(item.path("property").asText(""));
                    }
                }
                default -> {
                }
            }
        }
        return names;
    }

    private void checkEntryPoints() {
        List<EntryPoint> entries = document.entryPoints();
        if (entries.isEmpty()) {
            report(FLOW_POSITION, ProblemCode.NO_ENTRY_POINT, null, null, Explanation.of("entries.none"));
        } else if (entries.stream().allMatch(entry -> entry.knownKind().isEmpty())) {
            report(FLOW_POSITION, ProblemCode.NO_ENTRY_POINT, null, null, Explanation.of("entries.noneKnown",
                    String.join(", ", entries.stream().map(entry -> "\"" + OneLine.escape(entry.kind()) + "\"")
                            .distinct().toList())));
        }
        Set<String> known = knownProperties();
        for (int i = 0; i < entries.size(); i++) {
            EntryPoint entry = entries.get(i);
            int position = entryPosition(i);
            if (entry.knownKind().isEmpty()) {
                report(position, ProblemCode.UNKNOWN_ENTRY_KIND, entry.id(), "kind", OneLine.escape(entry.kind()),
                        kindHint(entry.kind()));
            }
            String target = entry.target() == null ? "" : entry.target();
            if (!blockIndex.containsKey(target)) {
                report(position, ProblemCode.ENTRY_TARGET_MISSING, entry.id(), "target", entry.id(),
                        target.isBlank() ? "—" : target);
            }
            EntryKind kind = entry.knownKind().orElse(null);
            if (kind == EntryKind.KEYWORD && entry.keywords().values().stream()
                    .flatMap(List::stream).allMatch(String::isBlank)) {
                report(position, ProblemCode.MISSING_REQUIRED_FIELD, entry.id(), "keywords",
                        Explanation.of("setting.keywords"));
            } else if (kind == EntryKind.CLICK_TO_WHATSAPP && (entry.sourceTag() == null || entry.sourceTag().isBlank())) {
                report(position, ProblemCode.MISSING_REQUIRED_FIELD, entry.id(), "sourceTag",
                        Explanation.of("setting.sourceTag"));
            } else if (kind == EntryKind.CHECKOUT_RETURN && entry.checkoutOutcome() != null
                    && !CheckoutOutcome.entryValues().contains(entry.checkoutOutcome())) {
                report(position, ProblemCode.INVALID_FIELD_VALUE, entry.id(), "checkoutOutcome",
                        Explanation.of("setting.checkoutOutcome"),
                        Explanation.of("reason.notAnOption", entry.checkoutOutcome(),
                                String.join(", ", CheckoutOutcome.entryValues())));
            }
            Set<String> reported = new HashSet<>();
            for (String text : entry.prefilledText().asMap().values()) {
                for (String name : Placeholders.names(text)) {
                    if (!known.contains(name) && reported.add(name)) {
                        report(position, ProblemCode.UNKNOWN_PLACEHOLDER, entry.id(), "prefilledText",
                                Explanation.of("setting.prefilledText"), name, Explanation.of("consequence.emptyValue"));
                    }
                }
            }
        }
    }

    private static final String KNOWN_ENTRY_KINDS = String.join(", ",
            Arrays.stream(EntryKind.values()).map(EntryKind::id).toList());

    /** "did you mean "keyword"?" for a kind that is a known one misspelt a little, else the list of kinds. */
    private static Explanation kindHint(String kind) {
        String written = kind.strip().toLowerCase(java.util.Locale.ROOT);
        for (EntryKind known : EntryKind.values()) {
            String id = known.id().toLowerCase(java.util.Locale.ROOT);
            if (written.equals(id) || editDistance(written, id) <= 2) {
                return Explanation.of("kind.didYouMean", known.id(), KNOWN_ENTRY_KINDS);
            }
        }
        return Explanation.of("kind.known", KNOWN_ENTRY_KINDS);
    }

    /** Levenshtein distance, for spotting typos in short words. */
    private static int editDistance(String a, String b) {
        if (Math.abs(a.length() - b.length()) > 2 || a.length() > 64 || b.length() > 64) {
            return Integer.MAX_VALUE;
        }
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }

    // ---- blocks ----------------------------------------------------------------------------------------------

    private Set<String> knownProperties;

    /**
     * Declared properties, properties some block of the flow fills, the system properties, and what a checkout
     * event fills when the flow has a checkoutReturn entry.
     */
    Set<String> knownProperties() {
        if (knownProperties == null) {
            Set<String> names = new HashSet<>();
            for (PropertyDeclaration declaration : document.properties()) {
                names.add(declaration.name());
            }
            for (int i = 0; i < blockCount; i++) {
                if (types[i] != null) {
                    for (ProvidedProperty provided : types[i].providedProperties(blocks.get(i))) {
                        names.add(provided.name());
                    }
                }
            }
            for (PropertyDeclaration system : SystemProperties.ALL) {
                names.add(system.name());
            }
            for (EntryPoint entry : document.entryPoints()) {
                if (entry.knownKind().orElse(null) == EntryKind.CHECKOUT_RETURN) {
                    for (ProvidedProperty provided : CheckoutEntry.provided()) {
                        names.add(provided.name());
                    }
                    break;
                }
            }
            knownProperties = names;
        }
        return knownProperties;
    }

    private void checkBlocks() {
        BlockSettingsCheck settings = new BlockSettingsCheck(this, document.languages(), knownProperties(),
                blockIndex.keySet());
        for (int i = 0; i < blockCount; i++) {
            Block block = blocks.get(i);
            if (types[i] == null) {
                report(blockPosition(i), ProblemCode.UNKNOWN_BLOCK_TYPE, block.id(), null, block.type());
            } else {
                settings.check(blockPosition(i), block, types[i]);
            }
        }
    }

    // ---- connections and ports ---------------------------------------------------------------------------------

    /**
     * Reports broken wires and returns the edges a conversation can follow, as adjacency lists over
     * first-occurrence block indices: connections through existing ports plus Jump targets.
     */
    private int[][] checkConnections() {
        List<Connection> connections = document.connections();
        int[] edgeCount = new int[blockCount];
        int[] fromOf = new int[connections.size()];
        int[] toOf = new int[connections.size()];
        Set<String> usedPorts = new HashSet<>(connections.size() * 2);
        for (int c = 0; c < connections.size(); c++) {
            Connection connection = connections.get(c);
            Integer from = blockIndex.get(connection.from());
            Integer to = blockIndex.get(connection.to());
            fromOf[c] = -1;
            int position = from == null ? orphanConnectionPosition(c) : blockPosition(from);
            if (from == null || to == null) {
                report(position, ProblemCode.DANGLING_CONNECTION, connection.from(), null, connection.from(),
                        connection.port(), connection.to(), from == null ? connection.from() : connection.to());
            }
            if (from == null) {
                continue;
            }
            connectedPorts.get(from).add(connection.port());
            BlockType type = types[from];
            PortSpec port = type == null ? null : portOf(from, connection.port());
            if (type != null && port == null) {
                report(position, ProblemCode.UNKNOWN_PORT, connection.from(), null, connection.port(), connection.to());
                continue;
            }
            if (!usedPorts.add(connection.from() + '\u0000' + connection.port())) {
                report(position, ProblemCode.DUPLICATE_CONNECTION, connection.from(), null,
                        portArgument(from, port, connection.port()));
            }
            if (to != null) {
                fromOf[c] = from;
                toOf[c] = to;
                edgeCount[from]++;
            }
        }
        List<List<String>> references = new ArrayList<>(blockCount);
        for (int i = 0; i < blockCount; i++) {
            List<String> targets = types[i] == null || blockIndex.get(blocks.get(i).id()) != i
                    ? List.of() : types[i].referencedBlocks(blocks.get(i));
            references.add(targets);
            for (String target : targets) {
                if (blockIndex.containsKey(target)) {
                    edgeCount[i]++;
                }
            }
        }
        int[][] edges = new int[blockCount][];
        for (int i = 0; i < blockCount; i++) {
            edges[i] = new int[edgeCount[i]];
            edgeCount[i] = 0;
        }
        for (int c = 0; c < connections.size(); c++) {
            if (fromOf[c] >= 0) {
                edges[fromOf[c]][edgeCount[fromOf[c]]++] = toOf[c];
            }
        }
        for (int i = 0; i < blockCount; i++) {
            for (String target : references.get(i)) {
                Integer to = blockIndex.get(target);
                if (to != null) {
                    edges[i][edgeCount[i]++] = to;
                }
            }
        }
        return edges;
    }

    private PortSpec portOf(int block, String portId) {
        List<PortSpec> blockPorts = ports.get(block);
        if (blockPorts.size() <= 8) {
            for (PortSpec port : blockPorts) {
                if (port.id().equals(portId)) {
                    return port;
                }
            }
            return null;
        }
        // A question with hundreds of choices has as many ports: index them once instead of scanning per wire.
        Map<String, PortSpec> index = portIndex.computeIfAbsent(block, key -> {
            Map<String, PortSpec> byId = new HashMap<>(blockPorts.size() * 2);
            for (PortSpec port : blockPorts) {
                byId.putIfAbsent(port.id(), port);
            }
            return byId;
        });
        return index.get(portId);
    }

    private Object portArgument(int block, PortSpec port, String portId) {
        return port == null || types[block] == null ? "\"" + portId + "\""
                : new Port(types[block], port, document.defaultLanguage());
    }

    private void checkPorts() {
        for (int i = 0; i < blockCount; i++) {
            if (types[i] == null) {
                continue;
            }
            Block block = blocks.get(i);
            Set<String> connected = connectedPorts.get(blockIndex.get(block.id()));
            List<PortSpec> blockPorts = ports.get(i);
            for (PortSpec port : blockPorts) {
                if (port.fallback() != null || port.need() == PortNeed.OPTIONAL || connected.contains(port.id())) {
                    continue;
                }
                if (fallingBackPortsAllConnected(blockPorts, port.id(), connected)) {
                    continue;
                }
                ProblemCode code = port.need() == PortNeed.REQUIRED
                        ? ProblemCode.REQUIRED_PORT_UNCONNECTED : ProblemCode.RECOMMENDED_PORT_UNCONNECTED;
                report(blockPosition(i), code, block.id(), null, portArgument(i, port, port.id()));
            }
        }
    }

    /** True when some ports fall back to {@code portId} and every one of them is connected. */
    private static boolean fallingBackPortsAllConnected(List<PortSpec> blockPorts, String portId, Set<String> connected) {
        boolean any = false;
        for (PortSpec other : blockPorts) {
            if (portId.equals(other.fallback())) {
                if (!connected.contains(other.id())) {
                    return false;
                }
                any = true;
            }
        }
        return any;
    }

    // ---- graph ----------------------------------------------------------------------------------------------

    private void checkReachability(int[][] edges) {
        boolean[] reached = new boolean[blockCount];
        ArrayDeque<Integer> queue = new ArrayDeque<>();
        for (EntryPoint entry : document.entryPoints()) {
            Integer start = entry.target() == null ? null : blockIndex.get(entry.target());
            if (start != null && !reached[start]) {
                reached[start] = true;
                queue.add(start);
            }
        }
        if (queue.isEmpty()) {
            // Without a working entry point every block would be "unreachable"; the entry problem says enough.
            return;
        }
        while (!queue.isEmpty()) {
            int current = queue.poll();
            for (int next : edges[current]) {
                if (!reached[next]) {
                    reached[next] = true;
                    queue.add(next);
                }
            }
        }
        for (int i = 0; i < blockCount; i++) {
            String id = blocks.get(i).id();
            if (!reached[i] && blockIndex.get(id) == i) {
                report(blockPosition(i), ProblemCode.UNREACHABLE_BLOCK, id, null, id);
            }
        }
    }

    /**
     * Finds cycles among blocks that never wait (Tarjan's strongly connected components over the blocks that do
     * not wait, iteratively so that long chains cannot overflow the stack) and reports each once, on its first
     * block in document order. Unknown block types are assumed to wait: we cannot tell, and must not cry wolf.
     */
    private void checkLoops(int[][] edges) {
        boolean[] candidate = new boolean[blockCount];
        for (int i = 0; i < blockCount; i++) {
            Block block = blocks.get(i);
            candidate[i] = types[i] != null && blockIndex.get(block.id()) == i && !types[i].waitsForCustomer(block);
        }
        boolean[] inLoop = new boolean[blockCount];
        int[] index = new int[blockCount];
        int[] low = new int[blockCount];
        Arrays.fill(index, -1);
        boolean[] onStack = new boolean[blockCount];
        int[] stack = new int[blockCount];
        int stackSize = 0;
        int[] callNode = new int[blockCount];
        int[] callEdge = new int[blockCount];
        int counter = 0;
        for (int root = 0; root < blockCount; root++) {
            if (!candidate[root] || index[root] >= 0) {
                continue;
            }
            int depth = 0;
            callNode[0] = root;
            callEdge[0] = 0;
            index[root] = low[root] = counter++;
            stack[stackSize++] = root;
            onStack[root] = true;
            while (depth >= 0) {
                int node = callNode[depth];
                if (callEdge[depth] < edges[node].length) {
                    int next = edges[node][callEdge[depth]++];
                    if (!candidate[next]) {
                        continue;
                    }
                    if (index[next] < 0) {
                        index[next] = low[next] = counter++;
                        stack[stackSize++] = next;
                        onStack[next] = true;
                        depth++;
                        callNode[depth] = next;
                        callEdge[depth] = 0;
                    } else if (onStack[next]) {
                        low[node] = Math.min(low[node], index[next]);
                    }
                    continue;
                }
                if (low[node] == index[node]) {
                    List<Integer> component = new ArrayList<>();
                    int member;
                    do {
                        member = stack[--stackSize];
                        onStack[member] = false;
                        component.add(member);
                    } while (member != node);
                    if (component.size() > 1 || hasSelfLoop(edges, node)) {
                        reportLoop(component);
                        for (int looping : component) {
                            inLoop[looping] = true;
                        }
                    }
                }
                depth--;
                if (depth >= 0) {
                    int parent = callNode[depth];
                    low[parent] = Math.min(low[parent], low[node]);
                }
            }
        }
        checkLongestPathWithoutWaiting(edges, candidate, inLoop);
    }

    /**
     * The longest run of blocks that never wait, outside the loops already reported (what remains is acyclic):
     * a turn walking it would reach the engine's limit and be stopped even though nothing repeats. Longest paths
     * are counted from the end (iterative post-order, so 5,000-block chains cannot overflow the stack); one
     * warning for the longest such path.
     */
    private void checkLongestPathWithoutWaiting(int[][] edges, boolean[] candidate, boolean[] inLoop) {
        int[] length = new int[blockCount];
        int[] following = new int[blockCount];
        Arrays.fill(following, -1);
        int[] stack = new int[blockCount];
        int[] nextEdge = new int[blockCount];
        int longestStart = -1;
        for (int root = 0; root < blockCount; root++) {
            if (!candidate[root] || inLoop[root] || length[root] > 0) {
                continue;
            }
            int depth = 0;
            stack[0] = root;
            nextEdge[0] = 0;
            length[root] = -1; // on the path being explored
            while (depth >= 0) {
                int node = stack[depth];
                if (nextEdge[depth] < edges[node].length) {
                    int next = edges[node][nextEdge[depth]++];
                    if (candidate[next] && !inLoop[next] && length[next] == 0) {
                        length[next] = -1;
                        depth++;
                        stack[depth] = next;
                        nextEdge[depth] = 0;
                    }
                    continue;
                }
                int best = 0;
                for (int next : edges[node]) {
                    if (candidate[next] && !inLoop[next] && length[next] > best) {
                        best = length[next];
                        following[node] = next;
                    }
                }
                length[node] = best + 1;
                if (longestStart < 0 || length[node] > length[longestStart]) {
                    longestStart = node;
                }
                depth--;
            }
        }
        if (longestStart < 0 || length[longestStart] <= TurnLimit.BLOCKS_PER_TURN) {
            return;
        }
        int last = longestStart;
        while (following[last] >= 0) {
            last = following[last];
        }
        report(blockPosition(longestStart), ProblemCode.PATH_TOO_LONG_WITHOUT_WAIT, blocks.get(longestStart).id(), null,
                length[longestStart], blocks.get(longestStart).id(), blocks.get(last).id(), TurnLimit.BLOCKS_PER_TURN);
    }

    private static boolean hasSelfLoop(int[][] edges, int node) {
        for (int next : edges[node]) {
            if (next == node) {
                return true;
            }
        }
        return false;
    }

    private void reportLoop(List<Integer> component) {
        component.sort(null);
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < component.size() && i < MAX_IDS_IN_LOOP_MESSAGE; i++) {
            ids.add(blocks.get(component.get(i)).id());
        }
        String listed = String.join(", ", ids) + (component.size() > MAX_IDS_IN_LOOP_MESSAGE ? " …" : "");
        int first = component.get(0);
        report(blockPosition(first), ProblemCode.LOOP_WITHOUT_WAIT, blocks.get(first).id(), null, listed,
                component.size());
    }
}
