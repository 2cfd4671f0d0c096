package dev.akis.studio.inspector;

import dev.akis.studio.geometry.Alignment;

/** Operations on the selection that the inspector offers as buttons; carried out by the editor session. */
public interface InspectorActions {

    void align(Alignment alignment);

    void tidySelection();

    void deleteSelection();
}
