package org.xingfeng.platform.remote.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.xingfeng.platform.api.Actor;
import org.xingfeng.platform.api.ConflictException;
import org.xingfeng.platform.api.ForbiddenException;
import org.xingfeng.platform.api.NotFoundException;
import org.xingfeng.platform.api.Reach;
import org.xingfeng.platform.api.ValidationException;
import org.xingfeng.platform.api.XingfengException;
import org.xingfeng.platform.api.org.OrgService;
import org.xingfeng.platform.api.org.OrgUnitDraft;
import org.xingfeng.platform.api.org.OrgLevel;
import org.xingfeng.platform.api.remote.ServerUnavailableException;
import org.xingfeng.platform.api.security.AuthenticationException;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** The client's side of a call: the body it sends, the actor it keeps, and the server's errors as exceptions. */
class RemoteErrorsTest {

    private static final ObjectMapper JSON = ServerConnection.mapper();
    private static final String SERVER = "http://county.example:8080";

    private static XingfengException error(int status, String body) {
        return RemoteErrors.toException(JSON, SERVER, status, body.replace('\'', '"').getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void aValidationErrorKeepsItsFields() {
        XingfengException e = error(400, "{'error':'validation_failed','message':'编码必填 (code required)',"
                + "'details':[{'field':'code','row':0,'message':'编码必填 (code required)'},{'field':'name','row':2,'message':'x'}]}");
        ValidationException v = assertInstanceOf(ValidationException.class, e);
        assertEquals("编码必填 (code required)", v.getMessage());
        assertEquals(List.of("code", "name"), v.details().stream().map(d -> d.field()).toList());
        assertEquals(2, v.details().get(1).row());
    }

    @Test
    void eachErrorBecomesTheServicesClass() {
        NotFoundException nf = assertInstanceOf(NotFoundException.class,
                error(404, "{'error':'not_found','message':'org unit 9 不存在 (not found)','details':[]}"));
        assertEquals("org unit 9 不存在 (not found)", nf.getMessage());
        assertEquals(404, nf.status());
        assertInstanceOf(ForbiddenException.class, error(403, "{'error':'forbidden','message':'没有权限','details':[]}"));
        AuthenticationException auth = assertInstanceOf(AuthenticationException.class,
                error(401, "{'error':'invalid_token','message':'登录已失效','details':[]}"));
        assertEquals("invalid_token", auth.code());
        ConflictException conflict = assertInstanceOf(ConflictException.class,
                error(409, "{'error':'code_taken','message':'编码已存在','details':[]}"));
        assertEquals("code_taken", conflict.code());
        XingfengException change = error(403,
                "{'error':'password_change_required','message':'请先修改一次性密码','details':[]}");
        assertEquals("password_change_required", change.code());
        assertEquals(403, change.status());
        XingfengException internal = error(500,
                "{'error':'internal_error','message':'服务器内部错误 (internal error)','details':[]}");
        assertEquals(500, internal.status());
        assertEquals("服务器内部错误 (internal error)", internal.getMessage());
    }

    @Test
    void anAnswerThatIsNotTheServersSaysSo() {
        XingfengException e = error(404, "<html><body>Not Found</body></html>");
        ServerUnavailableException u = assertInstanceOf(ServerUnavailableException.class, e);
        assertTrue(u.getMessage().startsWith("无法连接服务器 " + SERVER), u.getMessage());
        assertTrue(u.message(Locale.ENGLISH).startsWith("Cannot reach the server " + SERVER),
                u.message(Locale.ENGLISH));
        assertEquals("server_unavailable", u.code());
        ServerUnavailableException english = assertInstanceOf(ServerUnavailableException.class,
                RemoteErrors.toException(JSON, SERVER, 404, "<html></html>".getBytes(StandardCharsets.UTF_8),
                        Locale.ENGLISH));
        assertTrue(english.message(Locale.ENGLISH).contains("HTTP 404 is not an answer of the Xingfeng server"),
                english.message(Locale.ENGLISH));
    }

    @Test
    void theClientAsksForAnswersInItsLanguage() {
        assertEquals(Locale.ENGLISH, RemoteClient.language("en"));
        assertEquals(Locale.ENGLISH, RemoteClient.language("en_GB"));
        assertEquals(Locale.SIMPLIFIED_CHINESE, RemoteClient.language("zh_CN"));
        assertEquals(Locale.SIMPLIFIED_CHINESE, RemoteClient.language("fr"));
        ServerConnection english = new ServerConnection(SERVER, java.time.Duration.ofSeconds(1),
                java.time.Duration.ofSeconds(1),
                Locale.ENGLISH);
        assertEquals("en",
                english.request("caller", null).build().headers().firstValue("Accept-Language").orElse(null));
        ServerConnection chinese = new ServerConnection(SERVER, java.time.Duration.ofSeconds(1),
                java.time.Duration.ofSeconds(1));
        assertEquals("zh-CN",
                chinese.request("caller", null).build().headers().firstValue("Accept-Language").orElse(null));
        // the server's message arrives as it was written, in whatever language the reader asks for it later
        XingfengException answer = RemoteErrors.toException(JSON, SERVER, 409,
                "{\"error\":\"code_taken\",\"message\":\"code already exists: X\",\"details\":[]}"
                        .getBytes(StandardCharsets.UTF_8),
                Locale.ENGLISH);
        assertEquals("code already exists: X", answer.message(Locale.SIMPLIFIED_CHINESE));
    }

    @Test
    void aCallSendsNoActorAndFilesAsBase64() throws Exception {
        ServerConnection c = new ServerConnection(SERVER + "/", java.time.Duration.ofSeconds(1),
                java.time.Duration.ofSeconds(1));
        assertEquals(SERVER, c.server());
        Actor forged = new Actor(1, "admin", Set.of("admin"), Reach.EVERYWHERE);
        JsonNode body = c.callBody(OrgService.class.getMethod("createUnit", Actor.class, OrgUnitDraft.class),
                new Object[] { forged, new OrgUnitDraft(2L, "510722", "三台县", OrgLevel.COUNTY) });
        assertEquals("org.xingfeng.platform.api.Actor", body.path("parameterTypes").path(0).asText());
        assertTrue(body.path("args").path(0).isNull());
        assertEquals("COUNTY", body.path("args").path(1).path("level").asText());
        byte[] file = { 1, 2, 3, (byte) 0xff };
        JsonNode upload = c.callBody(OrgService.class.getMethod("importStaff", Actor.class, java.io.InputStream.class,
                boolean.class), new Object[] { forged, new ByteArrayInputStream(file), true });
        assertEquals(Base64.getEncoder().encodeToString(file), upload.path("args").path(1).asText());
        assertTrue(upload.path("args").path(2).asBoolean());
    }

    @Test
    void theActorIsTheServersAnswer() throws Exception {
        Actor everywhere = ServerConnection.actor(JSON.readTree(
                "{\"userId\":1,\"username\":\"admin\",\"roles\":[\"admin\"],\"homeUnitId\":null,\"unitIds\":null}"));
        assertTrue(everywhere.reach().everywhere());
        assertTrue(everywhere.hasRole("admin"));
        Actor county = ServerConnection.actor(JSON.readTree(
                "{\"userId\":7,\"username\":\"a\",\"roles\":[\"staff\"],\"homeUnitId\":3,\"unitIds\":[3,4]}"));
        assertEquals(Reach.of(3, List.of(3L, 4L)), county.reach());
        assertEquals(7, county.userId());
        Actor nowhere = ServerConnection.actor(JSON.readTree(
                "{\"userId\":8,\"username\":\"b\",\"roles\":[],\"homeUnitId\":null,\"unitIds\":[]}"));
        assertEquals(Reach.NOWHERE, nowhere.reach());
    }
}
