package org.xingfeng.platform.api;

import java.util.List;

import org.xingfeng.platform.api.i18n.Text;

/** The entity asked for does not exist, or is outside the caller's reach (HTTP 404). */
public class NotFoundException extends XingfengException {

    private static final long serialVersionUID = 1L;

    /** "{entity} {id} 不存在", the entity named in the reader's language. */
    public NotFoundException(Text entity, Object id) {
        super(404, "not_found", PlatformMessages.MESSAGES.text("error.not_found", entity, id), List.of());
    }
}
