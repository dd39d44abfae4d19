package org.xingfeng.windows.rest.internal;

import org.xingfeng.platform.api.ValidationException;
import org.xingfeng.platform.api.i18n.Messages;
import org.xingfeng.platform.api.rest.QueryParams;
import org.xingfeng.platform.api.security.Roles;
import org.xingfeng.windows.api.WindowsRoles;

/** What the module's resources share: the base path, the role sets and the bundle's messages. */
final class Rest {

    static final String BASE = "api/v1/windows";
    static final Messages MESSAGES = Messages.of(Rest.class);

    /** Who reads halls, windows, queues, rosters and figures (the services check reach and the finer rules). */
    static final String READER_1 = WindowsRoles.ADMIN;
    static final String READER_2 = WindowsRoles.STAFF;
    static final String READER_3 = WindowsRoles.LOBBY;
    static final String READER_4 = Roles.ADMIN;
    static final String READER_5 = Roles.AUDITOR;

    private Rest() {
    }

    /** A query parameter that must be given: 400 naming it when missing or not a number. */
    static long requiredLong(String name, String value) {
        Long v = QueryParams.optionalLong(name, value);
        if (v == null) {
            throw new ValidationException(name, MESSAGES.text("field.required"));
        }
        return v;
    }
}
