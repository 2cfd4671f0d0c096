package dev.akis.flow.json;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Locale;

/** Rewrites a flow tree from one schema version to the next. Steps run in order on load. */
public interface MigrationStep {

    /** The version this step reads; it produces {@code fromVersion() + 1}. */
    int fromVersion();

    /** One line saying what changed, shown to users whose file was upgraded. */
    String description();

    /** Changes {@code root} in place; must set {@code schemaVersion} to the next version. */
    void apply(ObjectNode root) throws MigrationException;

    /**
     * Like {@link #apply(ObjectNode)}, also recording in {@code origins} where each moved value came from, so
     * problems found in the migrated tree can point at the file as written. Steps that move values override it.
     */
    default void apply(ObjectNode root, PointerOrigins origins) throws MigrationException {
        apply(root);
    }

    /**
     * A file that cannot be upgraded: the JSON pointer of the offending value (in the tree as this step reads it)
     * and why, as a key of the {@code dev/akis/flow/json/format} bundle so it reads in the user's language.
     */
    final class MigrationException extends Exception {
        private static final long serialVersionUID = 1L;
        private final String pointer;
        private final String messageKey;
        private final transient Object[] args;

        public MigrationException(String pointer, String messageKey, Object... args) {
            super(null, null, false, false);
            this.pointer = pointer;
            this.messageKey = messageKey;
            this.args = args == null ? new Object[0] : args.clone();
        }

        public String pointer() {
            return pointer;
        }

        public String messageKey() {
            return messageKey;
        }

        /** Why the file cannot be upgraded, in the given language. */
        public String reason(Locale locale) {
            return FlowFormatException.TEXTS.get(locale, messageKey, args);
        }

        @Override
        public String getMessage() {
            return reason(Locale.ENGLISH);
        }
    }
}
