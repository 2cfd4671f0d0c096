package dev.akis.commerce.dataset;

import java.util.List;

/** One page of rows and how many rows match in all (-1 when the total was not asked for). */
public record Slice<T>(List<T> items, int total) {

    public Slice {
        items = List.copyOf(items);
    }
}
