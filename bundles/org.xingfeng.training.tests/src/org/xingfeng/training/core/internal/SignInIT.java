package org.xingfeng.training.core.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.xingfeng.training.core.internal.TrainingFixtures.API;
import static org.xingfeng.training.core.internal.TrainingFixtures.ok;

import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.xingfeng.platform.testing.Api;
import org.xingfeng.platform.testing.Fixtures;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * 扫码签到 over HTTP, as a trainee's phone calls it: the officer's code, the session it stands for, a sign-in that
 * records attendance, and the refusals (twice, before and after the session, a forged or altered code, a name that is
 * not the number's, a member of staff of another county, several phones of one person at once).
 */
class SignInIT {

    static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    static final DateTimeFormatter HM = DateTimeFormatter.ofPattern("HH:mm");
    static String admin;
    static String officer;
    static long county;
    static long course;

    @BeforeAll
    static void setUp() {
        Api.awaitReady();
        admin = Api.admin();
        county = Fixtures.createCounty(admin).path("id").asLong();
        officer = Fixtures.userAt(admin, "trn.signin." + Api.unique(), List.of("training.officer"), county, null);
        LocalDateTime now = LocalDateTime.now(ZONE);
        course = TrainingFixtures.course(admin, county, "扫码签到课程", now.toLocalDate().minusDays(1).toString(),
                now.toLocalDate().plusDays(1).toString(), "WINDOW_STAFF").path("id").asLong();
    }

    /** A session of the course on the day given (0 today) around now: begun ten minutes ago, ending in an hour. */
    static long session(int dayOffset) {
        LocalDateTime now = LocalDateTime.now(ZONE);
        LocalTime start = startAround(now);
        LocalTime end = now.plusMinutes(60).toLocalDate().equals(now.toLocalDate()) ? now.toLocalTime().plusMinutes(60)
                : LocalTime.of(23, 59);
        Map<String, Object> d = new HashMap<>();
        d.put("day", now.toLocalDate().plusDays(dayOffset).toString());
        d.put("startsAt", HM.format(start));
        d.put("endsAt", HM.format(end));
        d.put("hours", 2);
        d.put("place", "二楼培训室");
        return ok(Api.post(API + "/courses/" + course + "/sessions", admin, Api.json(d)), 201, "session").path("id")
                .asLong();
    }

    /** Ten minutes before now, or midnight in the first ten minutes of a day (CI runs then too). */
    static LocalTime startAround(LocalDateTime now) {
        return now.minusMinutes(10).toLocalDate().equals(now.toLocalDate()) ? now.toLocalTime().minusMinutes(10)
                : LocalTime.MIDNIGHT;
    }

    static JsonNode code(long session) {
        return ok(Api.get(API + "/sessions/" + session + "/signin-code", officer), 200, "code");
    }

    static Api.Reply signIn(String code, String number, String name) {
        Map<String, Object> b = new HashMap<>();
        b.put("code", code);
        b.put("staffNumber", number);
        b.put("name", name);
        return Api.send("POST", API + "/public/signin", null, "application/json",
                Api.json(b).getBytes(StandardCharsets.UTF_8), Map.of());
    }

    static String error(Api.Reply r) {
        return r.status() + " " + r.json().path("error").asText();
    }

    @Test
    void aTraineeSignsInOnceFromTheSessionsCode() {
        LocalDateTime before = LocalDateTime.now(ZONE);
        long session = session(0);
        // whole minutes from the session's start (HH:mm, so at or before now - 10 min) to before it was made
        long late = java.time.Duration
                .between(before.toLocalDate().atTime(startAround(before).withSecond(0).withNano(0)),
                        before)
                .toMinutes();
        JsonNode staff = Fixtures.createStaff(admin, county, "王晓梅");
        JsonNode link = code(session);
        String code = link.path("code").asText();
        assertTrue(link.path("url").asText().endsWith("/training-signin/" + code), link.toString());
        assertTrue(link.path("posterUrl").asText().endsWith("/training-signin/" + code + "/poster"));

        JsonNode info = ok(Api.get(API + "/public/signin?code=" + code, null), 200, "session info");
        assertEquals("扫码签到课程", info.path("courseTitle").asText());
        assertEquals("OPEN", info.path("state").asText());
        assertEquals("二楼培训室", info.path("place").asText());

        // the name typed with a space, as phones do
        JsonNode done = ok(signIn(code, staff.path("staffNumber").asText(), "王 晓梅"), 201, "sign in");
        assertEquals("王晓梅", done.path("staffName").asText());
        assertTrue(done.path("minutesLate").asInt() >= late, late + " " + done);
        JsonNode rows = ok(Api.get(API + "/attendance?sessionId=" + session, admin), 200, "attendance");
        assertEquals(1, rows.path("items").size(), rows.toString());
        JsonNode row = rows.path("items").get(0);
        assertEquals(staff.path("id").asLong(), row.path("staffId").asLong());
        assertTrue(row.path("present").asBoolean());
        assertEquals(0, row.path("hours").decimalValue().compareTo(new java.math.BigDecimal("2")));

        Api.Reply again = signIn(code, staff.path("staffNumber").asText(), "王晓梅");
        assertEquals("409 signin_twice", error(again), again.text());
        assertEquals(1, ok(Api.get(API + "/attendance?sessionId=" + session, admin), 200, "attendance")
                .path("items").size());
    }

    @Test
    void anOfficersAbsentMarkIsReplacedBySigningIn() {
        long session = session(0);
        JsonNode staff = Fixtures.createStaff(admin, county, "赵磊");
        TrainingFixtures.attend(admin, session, staff.path("id").asLong(), Map.of("present", false));
        ok(signIn(code(session).path("code").asText(), staff.path("staffNumber").asText(), "赵磊"), 201, "sign in");
        JsonNode row = ok(Api.get(API + "/attendance?sessionId=" + session, admin), 200, "list").path("items").get(0);
        assertTrue(row.path("present").asBoolean(), row.toString());
    }

    @Test
    void onlyDuringTheSession() {
        JsonNode staff = Fixtures.createStaff(admin, county, "钱芳");
        String tomorrow = code(session(1)).path("code").asText();
        assertEquals("NOT_YET",
                ok(Api.get(API + "/public/signin?code=" + tomorrow, null), 200, "info").path("state").asText());
        assertEquals("409 signin_not_open", error(signIn(tomorrow, staff.path("staffNumber").asText(), "钱芳")));
        String yesterday = code(session(-1)).path("code").asText();
        assertEquals("409 signin_closed", error(signIn(yesterday, staff.path("staffNumber").asText(), "钱芳")));
    }

    @Test
    void aWrongCodeOrPersonIsRefused() {
        long session = session(0);
        String code = code(session).path("code").asText();
        JsonNode staff = Fixtures.createStaff(admin, county, "孙伟");
        String number = staff.path("staffNumber").asText();
        // another session's id under this signature, a signature cut short, rubbish
        String[] parts = code.split("\\.");
        String otherPayload = java.util.Base64.getUrlEncoder().withoutPadding()
                .encodeToString(("1|" + (session + 1) + "|4102444800").getBytes(StandardCharsets.UTF_8));
        for (String bad : List.of(otherPayload + "." + parts[1], parts[0] + "." + parts[1].substring(1), "abc.def",
                "<script>", "")) {
            Api.Reply r = signIn(bad, number, "孙伟");
            assertEquals(bad.isEmpty() ? "400 validation_failed" : "400 signin_code_invalid", error(r),
                    bad + ": " + r.text());
            assertTrue(r.text().contains("\"field\":\"code\""), r.text());
        }
        Api.Reply wrongName = signIn(code, number, "孙伟伟");
        assertEquals("400 signin_staff_unknown", error(wrongName));
        assertTrue(wrongName.text().contains("\"field\":\"staffNumber\""), wrongName.text());
        assertEquals("400 signin_staff_unknown", error(signIn(code, "NO-SUCH-" + Api.unique(), "孙伟")));
        long otherCounty = Fixtures.createCounty(admin).path("id").asLong();
        JsonNode outsider = Fixtures.createStaff(admin, otherCounty, "外县人员");
        assertEquals("400 signin_staff_unknown", error(signIn(code, outsider.path("staffNumber").asText(), "外县人员")));
        assertEquals(0, ok(Api.get(API + "/attendance?sessionId=" + session, admin), 200, "list").path("items")
                .size(), "nothing recorded");
        assertEquals(404, Api.get("/training-signin/" + parts[0] + "." + parts[1].substring(1) + "/poster", null)
                .status());
        assertEquals(404, Api.get("/training-signin/" + parts[0] + "x." + parts[1] + "/qr.svg", null).status());
    }

    @Test
    void severalPhonesOfOnePersonAtOnceGiveOneSignIn() throws Exception {
        long session = session(0);
        String code = code(session).path("code").asText();
        JsonNode staff = Fixtures.createStaff(admin, county, "周敏");
        ExecutorService pool = Executors.newFixedThreadPool(6);
        try {
            List<Callable<Integer>> calls = new ArrayList<>();
            for (int i = 0; i < 6; i++) {
                calls.add(() -> Api.sendOnNewConnection("POST", API + "/public/signin", null, "application/json",
                        Api.json(Map.of("code", code, "staffNumber", staff.path("staffNumber").asText(), "name", "周敏"))
                                .getBytes(StandardCharsets.UTF_8),
                        Map.of()).status());
            }
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> f : pool.invokeAll(calls)) {
                statuses.add(f.get());
            }
            assertEquals(1, statuses.stream().filter(s -> s == 201).count(), statuses.toString());
            assertEquals(5, statuses.stream().filter(s -> s == 409).count(), statuses.toString());
        } finally {
            pool.shutdownNow();
        }
        assertEquals(1, ok(Api.get(API + "/attendance?sessionId=" + session, admin), 200, "list").path("items")
                .size());
    }

    @Test
    void theCodeIsTheOfficersOfTheSessionsReach() {
        long session = session(0);
        String staffUser = Fixtures.userAt(admin, "trn.signin.staff." + Api.unique(), List.of("staff"), county, null);
        assertEquals(403, Api.get(API + "/sessions/" + session + "/signin-code", staffUser).status());
        assertEquals(404, Api.get(API + "/sessions/999999999/signin-code", officer).status());
        String poster = Api.get("/training-signin/" + code(session).path("code").asText() + "/poster", null).text();
        assertTrue(poster.contains("扫码签到课程") && poster.contains("<svg"), poster);
    }
}
