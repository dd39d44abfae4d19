package org.xingfeng.platform.api.security;

import java.util.List;

import org.xingfeng.platform.api.XingfengException;
import org.xingfeng.platform.api.i18n.Text;

/** A login or token that is not accepted (HTTP 401). */
public class AuthenticationException extends XingfengException {

    private static final long serialVersionUID = 1L;

    public AuthenticationException(String code, Text message) {
        super(401, code, message, List.of());
    }
}
