package org.xingfeng.platform.core.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.xingfeng.platform.api.i18n.Languages;
import org.xingfeng.platform.api.i18n.Messages;
import org.xingfeng.platform.api.i18n.Text;
import org.xingfeng.platform.core.internal.security.LoginLockout;
import org.xingfeng.platform.core.internal.security.PasswordPolicy;

/** One {@code Messages} per bundle: its files are read once, whichever class of the bundle asks. */
class MessagesSharedTest {

    @Test
    void theClassesOfOneBundleShareItsMessages() {
        assertSame(Messages.of(LoginLockout.class), Messages.of(PasswordPolicy.class), "two classes of platform.core");
        assertSame(Messages.of(Languages.class), Messages.of(Text.class), "two classes of platform.api");
        assertSame(Messages.of(Nested.class), Messages.of(MessagesSharedTest.class), "a nested class too");
    }

    @Test
    void eachBundleKeepsItsOwnTexts() {
        Messages core = Messages.of(PasswordPolicy.class);
        Messages api = Messages.of(Languages.class);
        assertNotSame(core, api);
        assertEquals("用户名或密码错误", core.get(Languages.CHINESE, "auth.wrong_username_or_password"));
        assertEquals(core.get(Languages.CHINESE, "auth.wrong_username_or_password"),
                Messages.of(LoginLockout.class).get(Locale.SIMPLIFIED_CHINESE, "auth.wrong_username_or_password"));
    }

    static final class Nested {
    }
}
