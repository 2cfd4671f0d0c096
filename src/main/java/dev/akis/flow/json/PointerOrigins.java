package dev.akis.flow.json;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Where values of a migrated tree came from in the file as written. Each migration step records the values it
 * moved ("/blocks/3" came from "/nodes/3"); a pointer into the migrated tree is traced back through the steps,
 * latest first, so a problem found after migration still names a line and column of the user's file.
 * A pointer below a recorded one follows it ("/blocks/3/config/text" → "/nodes/3/settings/text"); pointers
 * no step recorded are taken to be where they were.
 */
public final class PointerOrigins {

    private final List<Map<String, String>> steps = new ArrayList<>();

    /** Nothing moved: every pointer is its own origin. */
    public static PointerOrigins none() {
        return new PointerOrigins();
    }

    /** Starts recording the moves of the next migration step. */
    void startStep() {
        steps.add(new HashMap<>());
    }

    /** Records that the value now at {@code pointer} was at {@code origin} before the current step. */
    public void moved(String pointer, String origin) {
        if (steps.isEmpty()) {
            startStep();
        }
        steps.get(steps.size() - 1).put(pointer, origin);
    }

    /** The pointer in the file as written of the value now at {@code pointer}. */
    public String original(String pointer) {
        return traceBack(pointer, steps.size());
    }

    /** Like {@link #original} for a pointer into the tree the latest step read (the step that failed). */
    String originalBeforeLatestStep(String pointer) {
        return traceBack(pointer, Math.max(0, steps.size() - 1));
    }

    private String traceBack(String pointer, int stepCount) {
        String current = pointer;
        for (int step = stepCount - 1; step >= 0; step--) {
            current = before(steps.get(step), current);
        }
        return current;
    }

    /** Where {@code pointer} was before one step: the longest recorded prefix replaced by its origin. */
    private static String before(Map<String, String> moves, String pointer) {
        String prefix = pointer;
        while (true) {
            String origin = moves.get(prefix);
            if (origin != null) {
                return origin + pointer.substring(prefix.length());
            }
            if (prefix.isEmpty()) {
                return pointer;
            }
            int slash = prefix.lastIndexOf('/');
            prefix = slash <= 0 ? "" : prefix.substring(0, slash);
        }
    }
}
