package org.xingfeng.platform.api.security;

import java.time.Instant;

/** The result of a good login: a bearer token valid until {@code expiresAt}. */
public record LoginSession(String token, Instant expiresAt, UserAccount user) {
}
