package org.xingfeng.platform.api;

import java.util.List;

import org.xingfeng.platform.api.i18n.Text;

/** The actor lacks a role the operation needs (HTTP 403). */
public class ForbiddenException extends XingfengException {

    private static final long serialVersionUID = 1L;

    public ForbiddenException(Text message) {
        super(403, "forbidden", message, List.of());
    }
}
