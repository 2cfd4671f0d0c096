package dev.akis.commerce.dataset;

import java.util.Set;

/**
 * A member as the simulator's customer picker and the data view list them: the row, the order count, the
 * persona (the one written in the dataset, or one generated from the data when the dataset has none) and the
 * traits of their orders, so a picker can offer "members with a delayed parcel" without reading text.
 */
public record MemberSummary(MemberRow member, int orderCount, Persona persona, Set<Personas.Trait> traits) {

    public MemberSummary {
        traits = Set.copyOf(traits);
    }

    public boolean has(Personas.Trait trait) {
        return traits.contains(trait);
    }
}
