package org.xingfeng.training.api.signin;

import org.xingfeng.platform.api.Actor;
import org.xingfeng.platform.api.remote.Remote;

/**
 * 扫码签到. The training officer (or an administrator) gets a session's code for its QR code, within their reach (404
 * otherwise). The sign-in page, without a login, reads the session a code stands for and signs a trainee in: the code
 * must be this server's and unexpired (400 {@code signin_code_invalid} naming {@code code}), sign-in open (409
 * {@code signin_not_open} before, {@code signin_closed} after), the staff number and name one active member of staff of
 * the course's unit or a unit below it (400 {@code signin_staff_unknown} naming {@code staffNumber}), who has not signed
 * in to the session already (409 {@code signin_twice}). A sign-in records the trainee present with the session's hours
 * ({@link org.xingfeng.training.api.attendance.AttendanceService}, audited as {@link #AUDIT_TYPE}).
 */
public interface SignInService {

    String AUDIT_TYPE = "training.signin";

    @Remote
    SignInCode code(Actor actor, long sessionId);

    /** The session the code stands for and its sign-in state now. */
    SignInSession session(String code);

    SignIn signIn(SignInDraft draft);
}
