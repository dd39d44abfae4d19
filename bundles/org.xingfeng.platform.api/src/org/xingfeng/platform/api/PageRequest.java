package org.xingfeng.platform.api;

/**
 * Which page of a list to fetch: 0-based page number and size. {@link #of} caps the size at {@link #MAX_SIZE}
 * for API callers; {@link #EXPORT} fetches up to {@link #EXPORT_MAX} rows for a spreadsheet export.
 */
public record PageRequest(int page, int size) {

    public static final int MAX_SIZE = 1000;
    public static final int EXPORT_MAX = 100_000;
    public static final PageRequest ALL = new PageRequest(0, MAX_SIZE);
    public static final PageRequest EXPORT = new PageRequest(0, EXPORT_MAX);

    public PageRequest {
        if (page < 0) {
            throw new ValidationException("page", PlatformMessages.MESSAGES.text("page.page"));
        }
        if (size < 1) {
            throw new ValidationException("size", PlatformMessages.MESSAGES.text("page.size"));
        }
    }

    /** A page as an API caller asks for it: defaults page 0, size 50; sizes above {@link #MAX_SIZE} are cut. */
    public static PageRequest of(Integer page, Integer size) {
        return new PageRequest(page == null ? 0 : page, Math.min(size == null ? 50 : size, MAX_SIZE));
    }

    public int offset() {
        return page * size;
    }
}
