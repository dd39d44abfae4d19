package org.xingfeng.windows.core.internal;

import org.xingfeng.platform.api.i18n.Messages;

/** The bundle's message properties ({@code OSGI-INF/l10n/messages*.properties}). */
final class WindowsText {

    static final Messages MESSAGES = Messages.of(WindowsText.class);

    private WindowsText() {
    }
}
