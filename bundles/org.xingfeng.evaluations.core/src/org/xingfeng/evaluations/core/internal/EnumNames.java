package org.xingfeng.evaluations.core.internal;

import org.xingfeng.platform.api.i18n.Messages;
import org.xingfeng.platform.api.i18n.Text;

/**
 * The api's enumeration values as words in the reader's language, for messages: key
 * {@code enum.<Type>.<VALUE>} in this bundle's message properties (the Chinese word is the value's {@code nameZh()}).
 */
public final class EnumNames {

    static final Messages MESSAGES = Messages.of(EnumNames.class);

    private EnumNames() {
    }

    public static Text of(Enum<?> value) {
        return MESSAGES.text("enum." + value.getDeclaringClass().getSimpleName() + "." + value.name());
    }
}
