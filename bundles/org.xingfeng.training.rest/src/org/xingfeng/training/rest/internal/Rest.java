package org.xingfeng.training.rest.internal;

import org.xingfeng.platform.api.i18n.Messages;
import org.xingfeng.platform.api.security.Roles;

/** What the module's resources share: the base path, the role names and the bundle's messages. */
final class Rest {

    static final String BASE = "api/v1/training";
    static final Messages MESSAGES = Messages.of(Rest.class);

    static final String OFFICER = Roles.TRAINING_OFFICER;
    static final String ADMIN = Roles.ADMIN;
    static final String AUDITOR = Roles.AUDITOR;
    static final String STAFF = Roles.STAFF;

    private Rest() {
    }
}
