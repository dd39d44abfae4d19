package org.xingfeng.platform.api.remote;

import java.util.List;

import org.xingfeng.platform.api.XingfengException;

/**
 * A client working against the county's server could not reach it (no connection, no answer in time, or an answer
 * that is not the server's). Nothing is known to have changed on the server; the message says which server and why.
 */
public class ServerUnavailableException extends XingfengException {

    private static final long serialVersionUID = 1L;

    public ServerUnavailableException(String server, String reason, Throwable cause) {
        super(503, "server_unavailable", "无法连接服务器 " + server + "，请检查网络或稍后再试 (cannot reach the server "
                + server + ": " + reason + ")", List.of());
        initCause(cause);
    }
}
