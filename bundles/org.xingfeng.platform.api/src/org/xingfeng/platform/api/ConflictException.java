package org.xingfeng.platform.api;

import java.util.List;

import org.xingfeng.platform.api.i18n.Text;

/** The change clashes with existing data or the target's state, e.g. a duplicate code (HTTP 409). Nothing was changed. */
public class ConflictException extends XingfengException {

    private static final long serialVersionUID = 1L;

    public ConflictException(String code, Text message) {
        super(409, code, message, List.of());
    }
}
