package org.xingfeng.platform.api;

import java.util.List;

/** The change clashes with existing data, e.g. a duplicate code (HTTP 409). Nothing was changed. */
public class ConflictException extends XingfengException {

    private static final long serialVersionUID = 1L;

    public ConflictException(String code, String message) {
        super(409, code, message, List.of());
    }
}
