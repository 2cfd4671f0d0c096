package dev.akis.studio.document;

import dev.akis.flow.Connection;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;

/**
 * What the user has selected in one open flow: blocks and notes (by id), or one connection. Views listen to
 * {@link #versionProperty()}, which changes once per selection change however many elements it touches.
 */
public final class Selection {

    private final Set<String> elements = new LinkedHashSet<>();
    private Connection connection;
    private final ReadOnlyLongWrapper version = new ReadOnlyLongWrapper(0);

    public ReadOnlyLongProperty versionProperty() {
        return version.getReadOnlyProperty();
    }

    /** The selected block and note ids, in the order they were selected. */
    public Set<String> elements() {
        return Collections.unmodifiableSet(elements);
    }

    public boolean contains(String id) {
        return elements.contains(id);
    }

    public boolean isEmpty() {
        return elements.isEmpty() && connection == null;
    }

    public int size() {
        return elements.size();
    }

    /** The one selected element, if exactly one is selected. */
    public Optional<String> single() {
        return elements.size() == 1 ? Optional.of(elements.iterator().next()) : Optional.empty();
    }

    public Optional<Connection> connection() {
        return Optional.ofNullable(connection);
    }

    public void set(Collection<String> ids) {
        if (connection == null && elements.size() == ids.size() && elements.containsAll(ids)) {
            return;
        }
        elements.clear();
        elements.addAll(ids);
        connection = null;
        changed();
    }

    public void select(String id) {
        set(Set.of(id));
    }

    public void add(Collection<String> ids) {
        boolean changed = elements.addAll(ids) | connection != null;
        connection = null;
        if (changed) {
            changed();
        }
    }

    public void toggle(String id) {
        if (!elements.remove(id)) {
            elements.add(id);
        }
        connection = null;
        changed();
    }

    public void selectConnection(Connection selected) {
        elements.clear();
        connection = selected;
        changed();
    }

    public void clear() {
        if (isEmpty()) {
            return;
        }
        elements.clear();
        connection = null;
        changed();
    }

    /** Drops what no longer exists (after undo, delete or a change from elsewhere). */
    public void retain(Predicate<String> exists, Predicate<Connection> connectionExists) {
        boolean changed = elements.removeIf(id -> !exists.test(id));
        if (connection != null && !connectionExists.test(connection)) {
            connection = null;
            changed = true;
        }
        if (changed) {
            changed();
        }
    }

    private void changed() {
        version.set(version.get() + 1);
    }
}
