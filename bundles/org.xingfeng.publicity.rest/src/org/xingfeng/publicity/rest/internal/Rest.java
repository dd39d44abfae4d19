package org.xingfeng.publicity.rest.internal;

import org.xingfeng.platform.api.i18n.Messages;
import org.xingfeng.platform.api.security.Roles;
import org.xingfeng.publicity.api.PublicityRoles;

/** What the module's resources share: the base path, the role sets and the bundle's messages. */
final class Rest {

    static final String BASE = "api/v1/publicity";
    static final Messages MESSAGES = Messages.of(Rest.class);

    /** Who reads (the services check reach and the finer rules). */
    static final String READER_1 = PublicityRoles.EDITOR;
    static final String READER_2 = PublicityRoles.VIEWER;
    static final String READER_3 = Roles.ADMIN;
    static final String READER_4 = Roles.AUDITOR;

    private Rest() {
    }
}
