package org.xingfeng.platform.itests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.xingfeng.platform.testing.Api;
import org.xingfeng.platform.testing.Fixtures;

import com.fasterxml.jackson.databind.JsonNode;

/** Online backups of the embedded database from the admin REST API (the restore is the product test's). */
class BackupIT {

    @BeforeAll
    static void ready() {
        Api.awaitReady();
    }

    @Test
    void anAdministratorOfTheInstallationTakesAndListsBackups() throws Exception {
        String admin = Api.admin();
        String kind = System.getProperty("xingfeng.db.kind", "");
        Api.Reply taken = Api.post("/api/v1/admin/backups", admin, null);
        if (!kind.isBlank() && !"derby-embedded".equals(kind)) {
            assertEquals(409, taken.status(), taken.text());
            assertEquals("backup_not_embedded", taken.json().path("error").asText());
            return;
        }
        assertEquals(201, taken.status(), taken.text());
        JsonNode backup = taken.json();
        String name = backup.path("name").asText();
        assertTrue(backup.path("bytes").asLong() > 100_000, backup.toString());
        Path folder = Path.of(System.getProperty("xingfeng.data"), "backups", name);
        assertTrue(Files.isDirectory(folder.resolve("db").resolve("seg0")), "Derby's copy in " + folder);
        assertTrue(Files.isRegularFile(folder.resolve("backup.properties")));

        JsonNode listed = Api.get("/api/v1/admin/backups", admin).json();
        assertEquals(name, listed.get(0).path("name").asText(), "newest first: " + listed);
        assertEquals(backup.path("bytes").asLong(), listed.get(0).path("bytes").asLong());
        assertEquals(backup.path("at").asText(), listed.get(0).path("at").asText());

        JsonNode audited = Api.get("/api/v1/audit?entityType=platform.backup&entityId=" + name, admin).json();
        assertEquals(1, audited.path("total").asInt(), audited.toString());
    }

    @Test
    void aCountysAdministratorAndStaffAreRefused() {
        String root = Api.admin();
        long county = Fixtures.createCounty(root).path("id").asLong();
        String countyAdmin = Fixtures.userAt(root, "bk.a." + Api.unique(), List.of("admin", "staff"), county, null);
        String staff = Fixtures.userWithRoles(root, "bk.s." + Api.unique(), List.of("staff"));
        for (String token : List.of(countyAdmin, staff)) {
            assertEquals(403, Api.post("/api/v1/admin/backups", token, null).status());
            assertEquals(403, Api.get("/api/v1/admin/backups", token).status());
        }
        assertEquals(401, Api.get("/api/v1/admin/backups", null).status());
        assertEquals(405, Api.delete("/api/v1/admin/backups", root).status());
    }
}
