package org.xingfeng.platform.rest.internal;

/** A request body over its limit: answered 413, nothing changed. */
public class BodyTooLargeException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public BodyTooLargeException(long limit) {
        super("请求体过大，上限 " + limit + " 字节 (request body larger than " + limit + " bytes)");
    }
}
