package org.xingfeng.publicity.core.internal;

import org.xingfeng.platform.api.i18n.Messages;

/** The bundle's message properties ({@code OSGI-INF/l10n/messages*.properties}). */
final class PublicityText {

    static final Messages MESSAGES = Messages.of(PublicityText.class);

    private PublicityText() {
    }
}
