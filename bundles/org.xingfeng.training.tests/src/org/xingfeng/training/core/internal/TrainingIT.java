package org.xingfeng.training.core.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.xingfeng.training.core.internal.TrainingFixtures.API;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.xingfeng.platform.testing.Api;
import org.xingfeng.platform.testing.Fixtures;
import org.xingfeng.platform.testing.ReachMatrix;

import com.fasterxml.jackson.databind.JsonNode;

/** Courses, sessions and attendance over HTTP, and where a person and a unit then stand. */
class TrainingIT {

    static String admin;
    static String officer;
    static long county;
    static JsonNode staff;
    static JsonNode other;

    @BeforeAll
    static void setUp() {
        Api.awaitReady();
        admin = Api.admin();
        county = Fixtures.createCounty(admin).path("id").asLong();
        staff = Fixtures.createStaff(admin, county, "培训人员");
        other = Fixtures.createStaff(admin, county, "未培训人员");
        officer = Fixtures.userAt(admin, "trn.o." + Api.unique(), List.of("training.officer", "staff"), county, null);
    }

    @Test
    void aCourseOverNationalDayIsShortAndOneOverTheAdjustedDaysIsNot() {
        // 29 September to 3 October 2025: 1-3 October are holidays, two working days
        JsonNode shortCourse = TrainingFixtures.course(officer, county, "国庆前培训", "2025-09-29", "2025-10-03",
                "WINDOW_STAFF");
        assertEquals(2, shortCourse.path("workingDays").asInt());
        assertEquals("[\"WINDOW_STAFF\"]", shortCourse.path("shortForTiers").toString());
        // 28 September (Sunday, worked) to 11 October (Saturday, worked): 28, 29, 30 Sep, 9, 10, 11 Oct
        JsonNode longCourse = TrainingFixtures.course(officer, county, "跨国庆培训", "2025-09-28", "2025-10-11",
                "WINDOW_STAFF");
        assertEquals(6, longCourse.path("workingDays").asInt());
        assertEquals("[]", longCourse.path("shortForTiers").toString());
        JsonNode flagged = Api.get(API + "/courses?flagged=true&unitId=" + county, officer).json();
        assertEquals(1, flagged.path("total").asInt());
        assertEquals(shortCourse.path("id").asLong(), flagged.path("items").get(0).path("id").asLong());
    }

    @Test
    void attendanceMakesAPersonTrainedAndTheUnitCovered() {
        // dates relative to the bureau's today: a four-week course (five working days whatever the holidays) ended
        // twelve days ago, two sessions in its first days
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
        LocalDate start = today.minusDays(40);
        LocalDate end = today.minusDays(12);
        long course = TrainingFixtures.course(officer, county, "服务礼仪", start.toString(), end.toString(),
                "WINDOW_STAFF").path("id").asLong();
        long s1 = TrainingFixtures.session(officer, course, start.toString());
        long s2 = TrainingFixtures.session(officer, course, start.plusDays(1).toString());
        long staffId = staff.path("id").asLong();
        JsonNode a = TrainingFixtures.attend(officer, s1, staffId,
                Map.of("score", 92, "passed", true, "certificateNo", "PX-" + Api.unique(), "certificateIssued",
                        end.toString()));
        assertEquals(3.0, a.path("hours").asDouble(), "the session's three hours");
        assertEquals(end.plusMonths(36).minusDays(1).toString(), a.path("certificateValidUntil").asText(),
                "36 months by default");
        TrainingFixtures.attend(officer, s2, staffId, Map.of("hours", 2.5));
        TrainingFixtures.attend(officer, s2, other.path("id").asLong(), Map.of("present", false));

        JsonNode standing = Api.get(API + "/standing/staff/" + staffId, officer).json();
        assertEquals(end.toString(), standing.path("lastTrained").asText());
        assertEquals(end.plusYears(3).toString(), standing.path("trainedUntil").asText());
        assertEquals("DONE", standing.path("tierTraining").asText());
        // this year's days and hours: the sessions that fall in it
        int days = (start.getYear() == today.getYear() ? 1 : 0) + (start.plusDays(1).getYear() == today.getYear() ? 1
                : 0);
        double hours = (start.getYear() == today.getYear() ? 3.0 : 0) + (start.plusDays(1).getYear() == today
                .getYear() ? 2.5 : 0);
        assertEquals(days, standing.path("daysThisYear").asInt());
        assertEquals(hours, standing.path("hoursThisYear").asDouble());
        JsonNode never = Api.get(API + "/standing/staff/" + other.path("id").asLong(), officer).json();
        assertEquals("OVERDUE", never.path("tierTraining").asText());
        assertTrue(never.path("lastTrained").isNull());

        JsonNode coverage = Api.get(API + "/coverage?unitId=" + county, officer).json();
        JsonNode window = coverage.path("tiers").get(2);
        assertEquals("WINDOW_STAFF", window.path("tier").asText());
        assertEquals(2, window.path("activeStaff").asInt());
        assertEquals(1, window.path("trained").asInt());
        assertEquals(0.5, window.path("coverage").asDouble());
        assertEquals(hours / 2, window.path("hoursPerHead").asDouble(), 0.005, "the year's hours over two heads");
        assertEquals(other.path("id").asLong(), coverage.path("untrained").get(0).path("staffId").asLong());

        Api.Reply xlsx = Api.get(API + "/coverage?format=xlsx&unitId=" + county, officer);
        assertEquals(200, xlsx.status());
        assertTrue(xlsx.contentType().startsWith("application/vnd.openxmlformats"), xlsx.contentType());
        for (String list : List.of("/courses?", "/attendance?", "/coverage/untrained?",
                "/certificates/expiring?", "/courses/" + course + "/sessions?")) {
            Api.Reply r = Api.get(API + list + "format=xlsx&unitId=" + county, officer);
            assertEquals(200, r.status(), list + " " + r.text());
        }
    }

    @Test
    void staffReadTheirOwnRecordOnly() {
        long unit = Fixtures.createCounty(admin).path("id").asLong();
        JsonNode me = Fixtures.createStaff(admin, unit, "本人");
        long colleague = Fixtures.createStaff(admin, unit, "同事").path("id").asLong();
        String name = "trn.s." + Api.unique();
        String token = Fixtures.userAt(admin, name, List.of("staff"), null, me.path("id").asLong());
        long course = TrainingFixtures.course(admin, unit, "政策培训", "2026-04-06", "2026-04-10", "WINDOW_STAFF")
                .path("id").asLong();
        long session = TrainingFixtures.session(admin, course, "2026-04-07");
        long own = TrainingFixtures.attend(admin, session, me.path("id").asLong(), Map.of()).path("id").asLong();
        long others = TrainingFixtures.attend(admin, session, colleague, Map.of()).path("id")
                .asLong();
        JsonNode mine = Api.get(API + "/me/attendance", token).json();
        assertEquals(1, mine.size());
        assertEquals(own, mine.get(0).path("id").asLong());
        assertEquals(200, Api.get(API + "/attendance/" + own, token).status());
        assertEquals(404, Api.get(API + "/attendance/" + others, token).status());
        assertEquals(403, Api.get(API + "/attendance", token).status());
        assertEquals(403, Api.get(API + "/coverage", token).status());
        assertEquals(200, Api.get(API + "/standing/me", token).status());
        assertEquals(403, Api.post(API + "/courses", token,
                Api.json(TrainingFixtures.courseDraft(unit, "x", "2026-04-06", "2026-04-10"))).status());
        assertEquals(409, Api.delete(API + "/courses/" + course, admin).status(), "a course with attendance");
    }

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    static Api.Reply upload(String token, long session, boolean dryRun, byte[] sheet) {
        return Api.send("POST", API + "/sessions/" + session + "/attendance/import?dryRun=" + dryRun, token, XLSX,
                sheet, Map.of());
    }

    @Test
    void aSignInSheetIsCheckedFirstAndStoredWholeOrNotAtAll() {
        long county = Fixtures.createCounty(admin).path("id").asLong(); // a county of its own: coverage counts heads
        String officer = Fixtures.userAt(admin, "trn.i." + Api.unique(), List.of("training.officer", "staff"), county,
                null);
        JsonNode a = Fixtures.createStaff(admin, county, "签到甲");
        JsonNode b = Fixtures.createStaff(admin, county, "签到乙" + Api.unique());
        long course = TrainingFixtures.course(officer, county, "签到表培训", "2026-05-11", "2026-05-15", "WINDOW_STAFF")
                .path("id").asLong();
        long session = TrainingFixtures.session(officer, course, "2026-05-11");
        List<String> header = List.of("工号", "姓名", "出勤", "学时", "成绩", "考核");
        byte[] bad = ReachMatrix.xlsx(header,
                List.of(List.of(a.path("staffNumber").asText(), "签到甲", "是", "3", "90", "合格"),
                        List.of("NOPE-1", "", "是", "", "", ""),
                        List.of(b.path("staffNumber").asText(), "", "也许", "", "", ""),
                        List.of(a.path("staffNumber").asText(), "", "是", "", "", ""),
                        List.of(b.path("staffNumber").asText(), "", "是", "9", "", "")));
        Api.Reply rejected = upload(officer, session, false, bad);
        assertEquals(422, rejected.status(), rejected.text());
        JsonNode errors = rejected.json().path("errors");
        assertEquals(4, errors.size(), rejected.text());
        assertEquals(3, errors.get(0).path("row").asInt());
        assertEquals("工号", errors.get(0).path("column").asText());
        assertEquals(4, errors.get(1).path("row").asInt());
        assertEquals("出勤", errors.get(1).path("column").asText());
        assertEquals(5, errors.get(2).path("row").asInt());
        assertEquals(6, errors.get(3).path("row").asInt());
        assertEquals("学时", errors.get(3).path("column").asText());
        assertEquals(0, Api.get(API + "/attendance?sessionId=" + session, officer).json().path("total").asInt(),
                "nothing stored");

        byte[] good = ReachMatrix.xlsx(header, List.of(List.of(a.path("staffNumber").asText(), "", "是", "", "88", "合格"),
                List.of("", b.path("name").asText(), "否", "", "", "")));
        Api.Reply dry = upload(officer, session, true, good);
        assertEquals(200, dry.status(), dry.text());
        assertEquals(2, dry.json().path("created").asInt());
        assertEquals(0, Api.get(API + "/attendance?sessionId=" + session, officer).json().path("total").asInt(),
                "a dry run stores nothing");
        Api.Reply stored = upload(officer, session, false, good);
        assertEquals(200, stored.status(), stored.text());
        JsonNode list = Api.get(API + "/attendance?sessionId=" + session, officer).json();
        assertEquals(2, list.path("total").asInt());
        Api.Reply again = upload(officer, session, true, good);
        assertEquals(2, again.json().path("updated").asInt(), "a second sheet replaces the records");
    }
}
