package org.xingfeng.evaluations.core.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.xingfeng.platform.testing.Api;
import org.xingfeng.platform.testing.PlatformReachCases;
import org.xingfeng.platform.testing.ReachMatrix;
import org.xingfeng.platform.testing.ReachMatrix.World;

/**
 * Every operation of the evaluations runtime (the platform's and the evaluations module's), run as county A's officers
 * against county B's data and A's own. The runtime lists its operations itself, so an evaluations endpoint without a
 * case fails here the day it is added. The citizens' submission servlet is no operation of the REST runtime and is
 * checked on its own.
 */
class ReachMatrixIT {

    static final String API = EvaluationsReachCases.API;

    static World w;

    @BeforeAll
    static void setUp() throws InterruptedException {
        EvalFixtures.awaitPaths(API + "/cases", API + "/complaints", API + "/tasks", API + "/visits",
                API + "/scoring/sheets");
        w = new World(EvaluationsReachCases.officerRoles());
        EvaluationsReachCases.fixtures(w);
    }

    @Test
    void everyOperationOfTheEvaluationsRuntimeKeepsCountyBOutOfCountyAsReach() {
        assertEquals(List.of(),
                ReachMatrix.check(w, EvaluationsReachCases.cases(), EvaluationsReachCases.snapshotPaths(w)));
    }

    private static String snapshot() {
        List<String> paths = new ArrayList<>(PlatformReachCases.snapshotPaths(w));
        paths.addAll(EvaluationsReachCases.snapshotPaths(w));
        return ReachMatrix.snapshotOfB(w, paths);
    }

    @Test
    void aSubmissionNamingAStaffMemberOfCountyBForCountyAIsRefusedAndStoresNothing() {
        String before = snapshot();
        String record = "RM-X-" + Api.unique();
        Api.Reply r = EvalFixtures.submit((EvaluationsReachCases.map("unitId", w.countyA,
                "recordNo", record, "level", "非常不满意", "channel", "WINDOW_DEVICE", "windowNo", "1", "staffNumber",
                w.staffB.path("staffNumber").asText(), "citizenName", "孙八", "citizenPhone", "13700001234")));
        assertEquals(400, r.status(), r.text());
        assertEquals("staffNumber", r.json().path("details").get(0).path("field").asText(), r.text());
        assertFalse(r.text().contains(w.markerB), "the refusal names B's staff member: " + r.text());
        assertEquals(0, Api.get(API + "?recordNo=" + record, w.root).json().path("total").asLong(), "nothing stored");
        assertEquals(before, snapshot(), "county B's data unchanged");
    }

    @Test
    void aListOfCountyAReadByANonOfficerShowsCitizensNamesMasked() {
        String name = EvaluationsReachCases.CITIZEN_A;
        String query = API + "?format=csv&recordNo=" + w.ids.get("recordNoA");
        Api.Reply clear = Api.get(query, w.officerA);
        assertEquals(200, clear.status(), clear.text());
        assertTrue(clear.text().contains(name), "the officer sees the name: " + clear.text());
        Api.Reply masked = Api.get(query, w.auditorA);
        assertEquals(200, masked.status(), masked.text());
        assertTrue(masked.text().contains(w.ids.get("recordNoA").toString()), masked.text());
        assertFalse(masked.text().contains(name), "the auditor of A sees no name in clear: " + masked.text());
        assertTrue(masked.text().contains("张*"), masked.text());
    }

    @Test
    void aBodyNamingARecordOfCountyBIsRefusedOnItsField() {
        String before = snapshot();
        long staffB = w.staffB.path("id").asLong();
        field(Api.post(API + "/complaints", w.officerA,
                Api.json(EvaluationsReachCases.complaintDraft(w.countyB, w.staffB))),
                "unitId");
        field(Api.post(API + "/complaints", w.officerA,
                Api.json(EvaluationsReachCases.complaintDraft(w.countyA, w.staffB))),
                "staffId");
        Map<String, Object> sectionOfB = EvaluationsReachCases.complaintDraft(w.countyA, w.staffA);
        sectionOfB.put("subject", "SECTION");
        sectionOfB.remove("staffId");
        sectionOfB.put("sectionId", w.id("sectionB"));
        field(Api.post(API + "/complaints", w.officerA, Api.json(sectionOfB)), "sectionId");
        field(Api.post(API + "/scoring/sheets", w.officerA, Api.json(EvaluationsReachCases.sheetDraft(w.id("sectionB"),
                w.staffA.path("id").asLong()))), "sectionId");
        field(Api.post(API + "/scoring/sheets", w.officerA, Api.json(EvaluationsReachCases.sheetDraft(w.id("sectionA"),
                staffB))), "raterStaffId");
        // filters naming B's staff member or section find nothing of B
        for (String list : List.of(API + "?format=csv&staffId=" + staffB,
                API + "?format=csv&sectionId=" + w.id("sectionB"),
                API + "/complaints?size=1000&staffId=" + staffB, API + "/tasks?size=1000&visitId=" + w.id("visitB"))) {
            Api.Reply r = Api.get(list, w.officerA);
            assertTrue(r.status() == 200 || r.status() == 404, list + ": " + r.status() + " " + r.text());
            assertFalse(r.text().contains(w.markerB), list + " holds B's data: " + r.text());
        }
        assertEquals(before, snapshot(), "county B's data unchanged");
    }

    private static void field(Api.Reply r, String field) {
        assertEquals(400, r.status(), r.text());
        assertEquals(field, r.json().path("details").get(0).path("field").asText(), r.text());
        assertFalse(r.text().contains(w.markerB), "the refusal names B's data: " + r.text());
    }

    @Test
    void spreadsheetExportsOfCountyAHoldNothingOfCountyB() throws IOException {
        String year = String.valueOf(EvaluationsReachCases.today().getYear());
        for (String export : List.of(API + "?format=xlsx&size=1000", API + "/complaints?format=xlsx",
                API + "/complaints/criticism?format=xlsx&year=" + year, API + "/tasks?format=xlsx",
                API + "/tasks/overdue?format=xlsx", API + "/visits?format=xlsx")) {
            assertFalse(cells(Api.get(export, w.officerA)).contains(w.markerB), export + " as A holds B's data");
            assertTrue(cells(Api.get(export, w.root)).contains(w.markerB),
                    export + " as the installation's administrator"
                            + " should hold B's data");
        }
    }

    private static String cells(Api.Reply xlsx) throws IOException {
        return ReachIT.rows(xlsx).toString();
    }
}
