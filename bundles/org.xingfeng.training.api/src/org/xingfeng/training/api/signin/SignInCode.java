package org.xingfeng.training.api.signin;

import java.time.Instant;

/**
 * A session's sign-in code (签到码) for its QR code: {@code code} is signed by the server and stops working at
 * {@code closesAt}; sign-in is open from {@code opensAt} (some minutes before the session starts, configuration) until
 * the session ends.
 */
public record SignInCode(long sessionId, String code, Instant opensAt, Instant closesAt) {
}
