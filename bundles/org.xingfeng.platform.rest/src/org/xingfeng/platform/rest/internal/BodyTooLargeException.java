package org.xingfeng.platform.rest.internal;

/** A request body over its limit: answered 413, nothing changed. */
public class BodyTooLargeException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** Its message, as found again inside another exception's. */
    static final java.util.regex.Pattern MESSAGE = java.util.regex.Pattern
            .compile("request body larger than (\\d+) bytes");

    private final long limit;

    public BodyTooLargeException(long limit) {
        super("request body larger than " + limit + " bytes");
        this.limit = limit;
    }

    public long limit() {
        return limit;
    }
}
