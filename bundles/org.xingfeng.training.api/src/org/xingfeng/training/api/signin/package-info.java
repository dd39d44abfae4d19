/**
 * 扫码签到: trainees sign in to a session on their phones from the session's QR code. The code is signed by the server
 * and expires when the session's sign-in closes, so only someone who saw it at the session can use it; a member of
 * staff names themselves by staff number and name, once per session, only while sign-in is open.
 */
@org.osgi.annotation.versioning.Version("0.1.0")
package org.xingfeng.training.api.signin;
