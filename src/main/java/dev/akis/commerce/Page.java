package dev.akis.commerce;

import java.util.List;

/** One page of a paged list, as İkas returns it: 1-based page, page size, total count and whether more follow. */
public record Page<T>(List<T> items, int page, int limit, int count, boolean hasNext) {

    public Page {
        items = List.copyOf(items);
    }
}
