package org.xingfeng.platform.api.security;

import java.util.List;

import org.xingfeng.platform.api.XingfengException;

/** A login or token that is not accepted (HTTP 401). */
public class AuthenticationException extends XingfengException {

    private static final long serialVersionUID = 1L;

    public AuthenticationException(String code, String message) {
        super(401, code, message, List.of());
    }
}
