package org.xingfeng.platform.api;

import java.util.List;

/** The entity asked for does not exist (HTTP 404). */
public class NotFoundException extends XingfengException {

    private static final long serialVersionUID = 1L;

    public NotFoundException(String entity, Object id) {
        super(404, "not_found", entity + " " + id + " 不存在 (not found)", List.of());
    }
}
