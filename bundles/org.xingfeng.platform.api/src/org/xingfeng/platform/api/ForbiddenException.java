package org.xingfeng.platform.api;

import java.util.List;

/** The actor lacks a role the operation needs (HTTP 403). */
public class ForbiddenException extends XingfengException {

    private static final long serialVersionUID = 1L;

    public ForbiddenException(String message) {
        super(403, "forbidden", message, List.of());
    }
}
