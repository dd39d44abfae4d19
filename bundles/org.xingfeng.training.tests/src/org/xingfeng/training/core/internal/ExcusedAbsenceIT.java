package org.xingfeng.training.core.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.xingfeng.training.core.internal.TrainingFixtures.API;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.xingfeng.platform.testing.Api;
import org.xingfeng.platform.testing.Fixtures;
import org.xingfeng.platform.testing.ReachMatrix;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Excused absences (请假) over HTTP: five one-hour sessions today, a clerk present at three (by mark and by
 * {@code present}), absent at one and on leave at one. The leave earns no hours and is no absence: the standing
 * counts 3 hours, one absence, one day on leave and an absence rate of 1/4, not 2/5; the list filters by mark, the
 * export says 请假, and a sign-in sheet's 请假 is stored as such.
 */
class ExcusedAbsenceIT {

    static String admin;
    static String officer;
    static long county;
    static JsonNode clerk;
    static JsonNode other;
    static List<Long> sessions = new ArrayList<>();

    @BeforeAll
    static void setUp() {
        Api.awaitReady();
        admin = Api.admin();
        county = Fixtures.createCounty(admin).path("id").asLong();
        clerk = Fixtures.createStaff(admin, county, "请假人员");
        other = Fixtures.createStaff(admin, county, "签到表请假" + Api.unique());
        officer = Fixtures.userAt(admin, "trn.x." + Api.unique(), List.of("training.officer"), county, null);
        String today = LocalDate.now(ZoneId.of("Asia/Shanghai")).toString();
        long course = TrainingFixtures.course(officer, county, "请假测试课程", today, today, "WINDOW_STAFF").path("id")
                .asLong();
        for (String[] t : new String[][] { { "08:00", "09:00" }, { "09:00", "10:00" }, { "10:00", "11:00" },
                { "13:00", "14:00" }, { "14:00", "15:00" } }) {
            sessions.add(TrainingFixtures.ok(Api.post(API + "/courses/" + course + "/sessions", officer,
                    Api.json(Map.of("day", today, "startsAt", t[0], "endsAt", t[1]))), 201, "session").path("id")
                    .asLong());
        }
    }

    static JsonNode mark(long session, Map<String, Object> draft) {
        Map<String, Object> d = new HashMap<>(draft);
        d.put("staffId", clerk.path("id").asLong());
        return TrainingFixtures.ok(Api.put(API + "/sessions/" + session + "/attendance", officer,
                Api.json(List.of(d))), 200, "attendance").get(0);
    }

    @Test
    void leaveIsNeitherAttendedNorAnAbsence() {
        assertEquals("PRESENT", mark(sessions.get(0), Map.of("mark", "PRESENT")).path("mark").asText());
        assertEquals("PRESENT", mark(sessions.get(1), Map.of("mark", "PRESENT", "present", true)).path("mark")
                .asText(), "mark and present agreeing");
        JsonNode byPresent = mark(sessions.get(2), Map.of("present", true));
        assertEquals("PRESENT", byPresent.path("mark").asText(), "present alone, as before marks");
        JsonNode absent = mark(sessions.get(3), Map.of("present", false));
        assertEquals("ABSENT", absent.path("mark").asText());
        JsonNode leave = mark(sessions.get(4), Map.of("mark", "EXCUSED"));
        assertEquals("EXCUSED", leave.path("mark").asText());
        assertFalse(leave.path("present").asBoolean(), leave.toString());
        assertEquals(0.0, leave.path("hours").asDouble(), 1e-9, "leave earns no hours");

        JsonNode standing = TrainingFixtures.ok(Api.get(API + "/standing/staff/" + clerk.path("id").asLong(),
                officer), 200, "standing");
        assertEquals(3.0, standing.path("hoursThisYear").asDouble(), 1e-9, standing.toString());
        assertEquals(1, standing.path("daysThisYear").asInt(), "one day, today");
        assertEquals(1, standing.path("absencesThisYear").asInt(), standing.toString());
        assertEquals(1, standing.path("excusedThisYear").asInt(), standing.toString());
        assertEquals(0.25, standing.path("absenceRate").asDouble(), 1e-9, "1 absence in 4 sessions, leave apart");

        assertEquals(1, Api.get(API + "/attendance?unitId=" + county + "&mark=EXCUSED", officer).json()
                .path("total").asInt());
        assertEquals(1, Api.get(API + "/attendance?unitId=" + county + "&mark=ABSENT", officer).json()
                .path("total").asInt(), "leave is not among the absent");
        assertEquals(3, Api.get(API + "/attendance?unitId=" + county + "&mark=PRESENT", officer).json()
                .path("total").asInt());
        assertEquals(2, Api.get(API + "/attendance?unitId=" + county + "&present=false", officer).json()
                .path("total").asInt(), "not present: absent or on leave");
        String csv = new String(Api.get(API + "/attendance?format=csv&unitId=" + county, officer).bytes(),
                StandardCharsets.UTF_8);
        assertTrue(csv.contains("考勤") && csv.contains("请假") && csv.contains("缺勤") && csv.contains("出勤"), csv);
        String mine = new String(Api.get(API + "/attendance?format=csv&mark=EXCUSED&unitId=" + county, officer)
                .bytes(), StandardCharsets.UTF_8);
        assertFalse(mine.contains("缺勤"), mine);
    }

    @Test
    void aSignInSheetsLeaveIsStoredAsLeave() {
        long session = sessions.get(0);
        byte[] sheet = ReachMatrix.xlsx(List.of("工号", "姓名", "出勤"),
                List.of(List.of(other.path("staffNumber").asText(), "", "请假")));
        Api.Reply bad = TrainingIT.upload(officer, session, false, ReachMatrix.xlsx(List.of("工号", "出勤", "学时"),
                List.of(List.of(other.path("staffNumber").asText(), "请假", "1"))));
        assertEquals(422, bad.status(), "hours for someone on leave: " + bad.text());
        assertEquals("学时", bad.json().path("errors").get(0).path("column").asText(), bad.text());
        Api.Reply stored = TrainingIT.upload(officer, session, false, sheet);
        assertEquals(200, stored.status(), stored.text());
        JsonNode list = Api.get(API + "/attendance?sessionId=" + session + "&staffId=" + other.path("id").asLong(),
                officer).json();
        assertEquals(1, list.path("total").asInt(), list.toString());
        assertEquals("EXCUSED", list.path("items").get(0).path("mark").asText(), list.toString());
    }
}
