package dev.akis.commerce.dataset;

/**
 * A member as the simulator's customer picker and the data view list them: the row, the order count and the
 * persona (the one written in the dataset, or one generated from the data when the dataset has none).
 */
public record MemberSummary(MemberRow member, int orderCount, Persona persona) {
}
