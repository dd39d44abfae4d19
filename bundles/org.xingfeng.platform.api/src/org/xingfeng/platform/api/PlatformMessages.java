package org.xingfeng.platform.api;

import org.xingfeng.platform.api.i18n.Messages;

/** The platform API's own messages (generic errors), in this bundle's {@code OSGI-INF/l10n/messages*.properties}. */
final class PlatformMessages {

    static final Messages MESSAGES = Messages.of(PlatformMessages.class);

    private PlatformMessages() {
    }
}
