package org.xingfeng.training.api.signin;

/**
 * A trainee's sign-in: the session's {@code code} from its QR code, and their {@code staffNumber} (工号) and
 * {@code name} (姓名), which must match the same member of staff. All three are required.
 */
public record SignInDraft(String code, String staffNumber, String name) {
}
