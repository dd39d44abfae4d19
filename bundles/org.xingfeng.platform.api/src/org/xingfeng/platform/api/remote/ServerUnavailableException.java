package org.xingfeng.platform.api.remote;

import java.util.List;

import org.xingfeng.platform.api.XingfengException;
import org.xingfeng.platform.api.i18n.Messages;

/**
 * A client working against the county's server could not reach it (no connection, no answer in time, or an answer
 * that is not the server's). Nothing is known to have changed on the server; the message says which server and why.
 */
public class ServerUnavailableException extends XingfengException {

    private static final long serialVersionUID = 1L;
    private static final Messages MESSAGES = Messages.of(ServerUnavailableException.class);

    /** {@code reason} is already in the client's language. */
    public ServerUnavailableException(String server, String reason, Throwable cause) {
        super(503, "server_unavailable", MESSAGES.text("error.server_unavailable", server, reason), List.of());
        initCause(cause);
    }
}
