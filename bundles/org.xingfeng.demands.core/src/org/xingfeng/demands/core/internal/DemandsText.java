package org.xingfeng.demands.core.internal;

import org.xingfeng.platform.api.i18n.Messages;
import org.xingfeng.platform.api.i18n.Text;

/** The bundle's message properties ({@code OSGI-INF/l10n/messages*.properties}) and the api's values as words. */
final class DemandsText {

    static final Messages MESSAGES = Messages.of(DemandsText.class);

    private DemandsText() {
    }

    /** An enumeration value in the reader's language: key {@code enum.<Type>.<VALUE>}. */
    static Text of(Enum<?> value) {
        return MESSAGES.text("enum." + value.getDeclaringClass().getSimpleName() + "." + value.name());
    }
}
