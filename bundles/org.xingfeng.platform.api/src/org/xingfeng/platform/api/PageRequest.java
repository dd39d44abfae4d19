package org.xingfeng.platform.api;

/** Which page of a list to fetch: 0-based page number and size (1..1000; larger sizes are cut to 1000). */
public record PageRequest(int page, int size) {

    public static final int MAX_SIZE = 1000;
    public static final PageRequest ALL = new PageRequest(0, MAX_SIZE);

    public PageRequest {
        if (page < 0) {
            throw new ValidationException("page", "page 必须 >= 0 (page must be >= 0)");
        }
        if (size < 1) {
            throw new ValidationException("size", "size 必须 >= 1 (size must be >= 1)");
        }
        size = Math.min(size, MAX_SIZE);
    }

    public int offset() {
        return page * size;
    }
}
