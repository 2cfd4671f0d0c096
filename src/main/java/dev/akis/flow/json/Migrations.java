package dev.akis.flow.json;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

/** The registry of migration steps; a file of version n goes through every step from n up to the current one. */
public final class Migrations {

    private final Map<Integer, MigrationStep> steps = new TreeMap<>();

    /** What migrating did: the steps' descriptions in the order applied, and where moved values came from. */
    public record Migrated(List<String> applied, PointerOrigins origins) {
    }

    public static Migrations standard() {
        return new Migrations().register(new MigrationV0ToV1());
    }

    public Migrations register(MigrationStep step) {
        if (steps.putIfAbsent(step.fromVersion(), step) != null) {
            throw new IllegalStateException("Two migration steps from version " + step.fromVersion());
        }
        return this;
    }

    /** Runs the steps in place and returns their descriptions in the order applied. */
    public List<String> migrate(ObjectNode root, int from, int to, String source) throws FlowFormatException {
        return migrate(root, from, to, source, pointer -> SourceLocation.UNKNOWN).applied();
    }

    /**
     * Runs the steps in place. A step that fails is reported at the position, in the file as written, of the
     * value it names: {@code originalLocations} gives positions of pointers into the original tree.
     */
    public Migrated migrate(ObjectNode root, int from, int to, String source,
                            Function<String, SourceLocation> originalLocations) throws FlowFormatException {
        List<String> applied = new ArrayList<>();
        PointerOrigins origins = PointerOrigins.none();
        for (int version = from; version < to; version++) {
            MigrationStep step = steps.get(version);
            if (step == null) {
                throw new FlowFormatException(source, originalLocations.apply("/schemaVersion"), "format.noMigration",
                        version, version + 1);
            }
            origins.startStep();
            try {
                step.apply(root, origins);
            } catch (MigrationStep.MigrationException e) {
                // The step's pointer is into the tree it read: only earlier steps' moves lead back to the file.
                String original = origins.originalBeforeLatestStep(e.pointer());
                throw new FlowFormatException(source, originalLocations.apply(original), "format.migrationFailed",
                        version, original.isEmpty() ? "/" : original,
                        (FlowFormatException.LocalizedArgument) e::reason);
            }
            root.put("schemaVersion", version + 1);
            applied.add(step.description());
        }
        return new Migrated(applied, origins);
    }
}
