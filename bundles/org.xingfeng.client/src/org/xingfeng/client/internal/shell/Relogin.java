package org.xingfeng.client.internal.shell;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.e4.core.contexts.IEclipseContext;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.widgets.Shell;
import org.xingfeng.platform.api.security.AuthenticationException;
import org.xingfeng.platform.ui.ClientSession;

/**
 * Logging in again at the county's server from the open window. The server keeps sessions in its memory, so after it
 * restarts (or once a session expires) every call answers 401; instead of an error and a restart of the client, the
 * login dialog asks for the password again with the server and the user filled in, and the window goes on with the new
 * session (the views send no token of their own: the next call carries the new one). Used on the UI thread only.
 */
public final class Relogin {

    private final LoginServices services;
    private final String server;
    private final String user;
    private boolean asking;
    /** What waits for the login the dialog open now asks for. */
    private final List<Runnable> waiting = new ArrayList<>();

    public Relogin(LoginServices services, String server, String user) {
        this.services = services;
        this.server = server;
        this.user = user;
    }

    /** Whether the server no longer knows the client's session: a call answered 401 for its token. */
    public static boolean sessionLost(Throwable error) {
        for (Throwable e = error; e != null; e = e.getCause() == e ? null : e.getCause()) {
            if (e instanceof AuthenticationException a) {
                return "invalid_token".equals(a.code()) || "unauthenticated".equals(a.code());
            }
        }
        return false;
    }

    /**
     * Asks for the password again (once at a time: errors of other calls meanwhile are the same loss); after a good
     * login the session in {@code context} is the new one and the status line says to repeat the action.
     *
     * @return whether the user is logged in again
     */
    public boolean ask(Shell shell, IEclipseContext context) {
        return ask(shell, context, null);
    }

    /**
     * The same, then {@code then} (e.g. making a view again) once the user is logged in again, also when the dialog
     * was already open for another call: it runs after that login.
     */
    public boolean ask(Shell shell, IEclipseContext context, Runnable then) {
        if (asking) {
            if (then != null) {
                waiting.add(then);
            }
            return false;
        }
        asking = true;
        boolean again = false;
        try {
            ClientTexts messages = context.get(ClientTexts.class);
            LoginDialog dialog = new LoginDialog(shell, services, messages, server, user);
            if (dialog.open() == Window.OK) {
                context.set(ClientSession.class, dialog.session());
                StatusLine line = context.get(StatusLine.class);
                if (line != null) {
                    line.message(messages.get("login.againDone"));
                }
                again = true;
            }
        } finally {
            asking = false;
        }
        List<Runnable> after = new ArrayList<>(waiting);
        waiting.clear();
        if (again) {
            if (then != null) {
                then.run();
            }
            after.forEach(Runnable::run);
        }
        return again;
    }
}
