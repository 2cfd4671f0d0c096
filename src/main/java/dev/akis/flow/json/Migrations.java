package dev.akis.flow.json;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** The registry of migration steps; a file of version n goes through every step from n up to the current one. */
public final class Migrations {

    private final Map<Integer, MigrationStep> steps = new TreeMap<>();

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
        List<String> applied = new ArrayList<>();
        for (int version = from; version < to; version++) {
            MigrationStep step = steps.get(version);
            if (step == null) {
                throw new FlowFormatException(source, SourceLocation.UNKNOWN, "format.noMigration", version, version + 1);
            }
            try {
                step.apply(root);
            } catch (MigrationStep.MigrationException e) {
                throw new FlowFormatException(source, SourceLocation.UNKNOWN, "format.migrationFailed", version,
                        e.pointer(), e.getMessage());
            }
            root.put("schemaVersion", version + 1);
            applied.add(step.description());
        }
        return applied;
    }
}
