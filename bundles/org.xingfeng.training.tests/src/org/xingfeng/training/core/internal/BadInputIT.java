package org.xingfeng.training.core.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.xingfeng.training.core.internal.TrainingFixtures.API;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.xingfeng.platform.testing.Api;
import org.xingfeng.platform.testing.Fixtures;

/** Bad input on every endpoint of the module that takes some: a JSON 400 naming the field, and nothing changed. */
class BadInputIT {

    static String admin;
    static long county;
    static long staff;
    static long course;
    static long session;

    @BeforeAll
    static void setUp() {
        Api.awaitReady();
        admin = Api.admin();
        county = Fixtures.createCounty(admin).path("id").asLong();
        staff = Fixtures.createStaff(admin, county, "坏输入人员").path("id").asLong();
        course = TrainingFixtures.course(admin, county, "坏输入课程", "2026-03-02", "2026-03-06", "WINDOW_STAFF")
                .path("id").asLong();
        session = TrainingFixtures.session(admin, course, "2026-03-02");
        // a record the bad marks below must leave as it is
        TrainingFixtures.attend(admin, session, staff, Map.of("mark", "PRESENT", "score", 80));
    }

    record Bad(String method, String path, String body, String field) {
    }

    static String course(String change) {
        return "{\"unitId\":" + county + ",\"title\":\"x\",\"kind\":\"POLICY\",\"online\":true,"
                + "\"startDate\":\"2026-03-02\",\"endDate\":\"2026-03-06\"" + change + "}";
    }

    @Test
    void everyEndpointNamesTheBadField() {
        String before = snapshot();
        List<Bad> cases = List.of(new Bad("POST", API + "/courses", course(",\"title\":\"\""), "title"),
                new Bad("POST", API + "/courses", course(",\"online\":false"), "place"),
                new Bad("POST", API + "/courses", course(",\"endDate\":\"2026-03-01\""), "endDate"),
                new Bad("POST", API + "/courses", course(",\"hours\":-2"), "hours"),
                new Bad("POST", API + "/courses", course(",\"kind\":\"PARTY\""), "kind"),
                new Bad("POST", API + "/courses", course(",\"tiers\":[\"BOSS\"]"), "tiers[0]"),
                new Bad("POST", API + "/courses", course(",\"startDate\":\"someday\""), "startDate"),
                new Bad("POST", API + "/courses", course(",\"unitId\":999999999"), "unitId"),
                new Bad("PUT", API + "/courses/" + course, course(",\"endDate\":\"2026-03-01\""), "endDate"),
                new Bad("PUT", API + "/courses/" + course, course(",\"startDate\":\"2026-03-03\""), "startDate"),
                new Bad("POST", API + "/courses/" + course + "/sessions",
                        "{\"day\":\"2026-03-09\",\"startsAt\":\"09:00\",\"endsAt\":\"12:00\"}", "day"),
                new Bad("POST", API + "/courses/" + course + "/sessions",
                        "{\"day\":\"2026-03-03\",\"startsAt\":\"09:00\",\"endsAt\":\"08:00\"}", "endsAt"),
                new Bad("PUT", API + "/sessions/" + session, "{\"day\":\"2026-03-03\",\"endsAt\":\"12:00\"}",
                        "startsAt"),
                new Bad("PUT", API + "/sessions/" + session + "/attendance",
                        "[{\"staffId\":" + staff + ",\"present\":true,\"hours\":5}]", "hours"),
                new Bad("PUT", API + "/sessions/" + session + "/attendance",
                        "[{\"staffId\":" + staff + ",\"present\":true,\"score\":120}]", "score"),
                new Bad("PUT", API + "/sessions/" + session + "/attendance",
                        "[{\"staffId\":" + staff + ",\"present\":true,\"certificateNo\":\"PX-1\"}]",
                        "certificateIssued"),
                new Bad("PUT", API + "/sessions/" + session + "/attendance",
                        "[{\"staffId\":" + staff + ",\"present\":true},{\"staffId\":999999999,\"present\":true}]",
                        "staffId"),
                new Bad("PUT", API + "/sessions/" + session + "/attendance",
                        "[{\"staffId\":" + staff + ",\"present\":true},{\"staffId\":" + staff + ",\"present\":true}]",
                        "staffId"),
                new Bad("PUT", API + "/sessions/" + session + "/attendance", "[]", "body"),
                new Bad("PUT", API + "/sessions/" + session + "/attendance",
                        "[{\"staffId\":" + staff + ",\"mark\":\"SICK\"}]", "[0].mark"),
                new Bad("PUT", API + "/sessions/" + session + "/attendance",
                        "[{\"staffId\":" + staff + ",\"present\":true,\"mark\":\"EXCUSED\"}]", "mark"),
                new Bad("PUT", API + "/sessions/" + session + "/attendance",
                        "[{\"staffId\":" + staff + ",\"mark\":\"EXCUSED\",\"hours\":1}]", "hours"),
                new Bad("PUT", API + "/sessions/" + session + "/attendance", "[{\"staffId\":" + staff + "}]",
                        "mark"),
                new Bad("GET", API + "/attendance?mark=SICK", null, "mark"),
                new Bad("GET", API + "/courses?unitId=abc", null, "unitId"),
                new Bad("GET", API + "/courses?kind=PARTY", null, "kind"),
                new Bad("GET", API + "/courses?tier=BOSS", null, "tier"),
                new Bad("GET", API + "/attendance?year=last", null, "year"),
                new Bad("GET", API + "/coverage?year=x", null, "year"),
                new Bad("GET", API + "/certificates/expiring?unitId=x", null, "unitId"),
                new Bad("POST", API + "/public/signin", "{\"code\":\"a.b\",\"name\":\"x\"}", "staffNumber"),
                new Bad("POST", API + "/public/signin", "{\"code\":\"a.b\",\"staffNumber\":\"S1\"}", "name"),
                new Bad("POST", API + "/public/signin", "{\"staffNumber\":\"S1\",\"name\":\"x\"}", "code"),
                new Bad("POST", API + "/public/signin",
                        "{\"code\":\"a.b\",\"staffNumber\":\"" + "9".repeat(40) + "\",\"name\":\"x\"}",
                        "staffNumber"),
                new Bad("POST", API + "/public/signin", "{\"code\":\"a.b\",\"staffNumber\":\"S1\",\"name\":\"x\"}",
                        "code"),
                new Bad("GET", API + "/public/signin?code=forged.code", null, "code"),
                new Bad("POST", API + "/plans", "{\"unitId\":" + county + ",\"year\":1999}", "year"),
                new Bad("POST", API + "/plans", "{\"unitId\":" + county + ",\"year\":2026,\"targetCoverage\":90}",
                        "targetCoverage"),
                new Bad("POST", API + "/plans", "{\"unitId\":" + county
                        + ",\"year\":2026,\"items\":[{\"title\":\"x\",\"kind\":\"POLICY\",\"month\":13}]}",
                        "items[0].month"),
                new Bad("POST", API + "/plans", "{\"unitId\":999999999,\"year\":2026}", "unitId"),
                new Bad("GET", API + "/plans?year=x", null, "year"));
        List<String> failures = new ArrayList<>();
        for (Bad b : cases) {
            Api.Reply r = Api.send(b.method(), b.path(), admin, b.body() == null ? null : "application/json",
                    b.body() == null ? null : b.body().getBytes(StandardCharsets.UTF_8), Map.of());
            if (r.status() != 400) {
                failures.add(b.method() + " " + b.path() + " " + b.body() + ": " + r.status() + " " + r.text());
            } else if (!r.text().contains("\"field\":\"" + b.field() + "\"")) {
                failures.add(b.method() + " " + b.path() + " " + b.body() + " does not name " + b.field() + ": "
                        + r.text());
            }
        }
        assertEquals(List.of(), failures);
        assertEquals(before, snapshot(), "nothing changed");
    }

    static String snapshot() {
        return Api.get(API + "/courses?unitId=" + county + "&size=1000", admin).text() + "\n"
                + Api.get(API + "/courses/" + course + "/sessions", admin).text() + "\n"
                + Api.get(API + "/attendance?unitId=" + county + "&size=1000", admin).text() + "\n"
                + Api.get(API + "/plans?unitId=" + county, admin).text();
    }
}
