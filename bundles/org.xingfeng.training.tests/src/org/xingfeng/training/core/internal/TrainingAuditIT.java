package org.xingfeng.training.core.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.xingfeng.training.core.internal.TrainingFixtures.API;

import java.util.List;
import java.util.Map;

import jakarta.persistence.EntityManagerFactory;

import org.junit.jupiter.api.Test;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.xingfeng.platform.testing.Api;
import org.xingfeng.platform.testing.AuditChainHead;
import org.xingfeng.platform.testing.Fixtures;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Training's audit entries are written inside the change's own transaction: a change whose entry cannot be written
 * (the audit chain's head row taken away for the moment, as the platform's own test does) is rolled back whole, and a
 * change that stays has its entry.
 */
class TrainingAuditIT {

    @Test
    void aChangeWhoseEntryCannotBeWrittenLeavesNothing() throws Exception {
        Api.awaitReady();
        String admin = Api.admin();
        long county = Fixtures.createCounty(admin).path("id").asLong();
        long staff = Fixtures.createStaff(admin, county, "审计人员").path("id").asLong();
        String officer = Fixtures.userAt(admin, "trn.a." + Api.unique(), List.of("training.officer"), county, null);
        long course = TrainingFixtures.course(officer, county, "审计课程", "2026-03-02", "2026-03-06").path("id")
                .asLong();
        long session = TrainingFixtures.session(officer, course, "2026-03-03");
        assertEquals(List.of("create"), actions(admin, "training.course", course));
        assertEquals(List.of("create"), actions(admin, "training.session", session));

        String title = "不应留下" + Api.unique();
        EntityManagerFactory emf = database().emf();
        Api.Reply[] r = AuditChainHead.withoutAudit(AuditChainHead.on(emf), () -> new Api.Reply[] {
                Api.post(API + "/courses", officer,
                        Api.json(TrainingFixtures.courseDraft(county, title, "2026-03-02", "2026-03-06"))),
                Api.put(API + "/sessions/" + session + "/attendance", officer,
                        Api.json(List.of(Map.of("staffId", staff, "present", true)))),
                Api.put(API + "/courses/" + course, officer,
                        Api.json(TrainingFixtures.courseDraft(county, title, "2026-03-02", "2026-03-06"))) });
        Api.Reply created = r[0];
        Api.Reply attended = r[1];
        Api.Reply renamed = r[2];
        assertEquals(500, created.status(), created.text());
        assertEquals(500, attended.status(), attended.text());
        assertEquals(500, renamed.status(), renamed.text());
        assertEquals(0,
                Api.get(API + "/courses?unitId=" + county + "&q="
                        + java.net.URLEncoder.encode(title, java.nio.charset.StandardCharsets.UTF_8), officer).json()
                        .path("total")
                        .asInt(),
                "the course was rolled back with its entry");
        assertEquals(0, Api.get(API + "/attendance?sessionId=" + session, officer).json().path("total").asInt(),
                "the attendance was rolled back with its entry");
        assertEquals("审计课程", Api.get(API + "/courses/" + course, officer).json().path("title").asText());

        JsonNode a = TrainingFixtures.attend(officer, session, staff, Map.of());
        assertEquals(List.of("create"), actions(admin, "training.attendance", a.path("id").asLong()));
        assertEquals(204, Api.delete(API + "/attendance/" + a.path("id").asLong(), officer).status());
        assertEquals(List.of("delete", "create"), actions(admin, "training.attendance", a.path("id").asLong()));
    }

    private static List<String> actions(String admin, String type, long id) {
        JsonNode page = Api.get("/api/v1/audit?entityType=" + type + "&entityId=" + id, admin).json();
        List<String> out = new java.util.ArrayList<>();
        page.path("items").forEach(e -> out.add(e.path("action").asText()));
        return out;
    }

    private static TrainingDatabase database() {
        BundleContext context = FrameworkUtil.getBundle(TrainingDatabase.class).getBundleContext();
        return context.getService(context.getServiceReference(TrainingDatabase.class));
    }
}
