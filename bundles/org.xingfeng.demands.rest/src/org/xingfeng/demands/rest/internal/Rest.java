package org.xingfeng.demands.rest.internal;

import org.xingfeng.demands.api.DemandsRoles;
import org.xingfeng.platform.api.i18n.Messages;
import org.xingfeng.platform.api.security.Roles;

/** What the module's resources share: the base path, the role sets and the bundle's messages. */
final class Rest {

    static final String BASE = "api/v1/demands";
    static final Messages MESSAGES = Messages.of(Rest.class);

    /** Who reads demands, the board and the figures (the services check reach and the finer rules). */
    static final String READER_1 = DemandsRoles.OFFICER;
    static final String READER_2 = DemandsRoles.HEAD;
    static final String READER_3 = DemandsRoles.COORDINATOR;
    static final String READER_4 = DemandsRoles.HANDLER;
    static final String READER_5 = Roles.ADMIN;
    static final String READER_6 = Roles.AUDITOR;

    private Rest() {
    }
}
