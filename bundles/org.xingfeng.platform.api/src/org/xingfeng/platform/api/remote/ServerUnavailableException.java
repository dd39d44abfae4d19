package org.xingfeng.platform.api.remote;

import java.util.List;

import org.xingfeng.platform.api.XingfengException;
import org.xingfeng.platform.api.i18n.Messages;
import org.xingfeng.platform.api.i18n.Text;

/**
 * A client working against the county's server could not reach it (no connection, no answer in time, or an answer
 * that is not the server's). Nothing is known to have changed on the server; the message says which server and why,
 * in the reader's language, and that the client goes on once the server answers again.
 */
public class ServerUnavailableException extends XingfengException {

    private static final long serialVersionUID = 1L;
    private static final Messages MESSAGES = Messages.of(ServerUnavailableException.class);

    /** @param reason why, a {@link Text} (rendered in the reader's language) or plain text such as the JDK's message */
    public ServerUnavailableException(String server, Object reason, Throwable cause) {
        super(503, "server_unavailable", MESSAGES.text("remote.unavailable", server, reason), List.of());
        initCause(cause);
    }

    /** "No answer in time", in the reader's language. */
    public static Text noAnswer() {
        return MESSAGES.text("remote.noAnswer");
    }

    /** "Connection refused or timed out", in the reader's language. */
    public static Text refused() {
        return MESSAGES.text("remote.refused");
    }
}
