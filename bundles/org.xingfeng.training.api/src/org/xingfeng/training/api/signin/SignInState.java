package org.xingfeng.training.api.signin;

/** Whether a session's sign-in is open at the moment asked. */
public enum SignInState {
    /** Before {@code opensAt}. */
    NOT_YET,
    /** From {@code opensAt} until the session ends. */
    OPEN,
    /** After the session. */
    CLOSED
}
