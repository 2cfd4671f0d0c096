package dev.akis.commerce.dataset;

import java.util.List;

/** An order read from the database, its lines joined with their products. */
public record OrderView(OrderRow order, List<LineView> lines) {

    public OrderView {
        lines = List.copyOf(lines);
    }
}
