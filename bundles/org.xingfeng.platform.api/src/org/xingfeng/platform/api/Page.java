package org.xingfeng.platform.api;

import java.util.List;

/** One page of a list: the items, the 0-based page number, the page size and the total count. */
public record Page<T>(List<T> items, int page, int size, long total) {

    public Page {
        items = List.copyOf(items);
    }

    public <R> Page<R> map(java.util.function.Function<T, R> f) {
        return new Page<>(items.stream().map(f).toList(), page, size, total);
    }
}
