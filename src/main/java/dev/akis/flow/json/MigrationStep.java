package dev.akis.flow.json;

import com.fasterxml.jackson.databind.node.ObjectNode;

/** Rewrites a flow tree from one schema version to the next. Steps run in order on load. */
public interface MigrationStep {

    /** The version this step reads; it produces {@code fromVersion() + 1}. */
    int fromVersion();

    /** One line saying what changed, shown to users whose file was upgraded. */
    String description();

    /** Changes {@code root} in place; must set {@code schemaVersion} to the next version. */
    void apply(ObjectNode root) throws MigrationException;

    /** A file that cannot be upgraded, with the JSON pointer of the offending value. */
    final class MigrationException extends Exception {
        private static final long serialVersionUID = 1L;
        private final String pointer;

        public MigrationException(String pointer, String message) {
            super(message);
            this.pointer = pointer;
        }

        public String pointer() {
            return pointer;
        }
    }
}
