package org.xingfeng.platform.itests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Typed parameters given a value of the wrong type (the modules' own checks are in their test bundles). */
class BadParameterIT {

    static String admin;

    @BeforeAll
    static void ready() {
        Api.awaitReady();
        admin = Api.admin();
    }

    @Test
    void aQueryParameterOfTheWrongTypeIs400NamingIt() {
        BadParameters.assertRefused(Api.get("/api/v1/org/staff?unitId=abc", admin), "unitId");
        BadParameters.assertRefused(Api.get("/api/v1/org/staff?page=first", admin), "page");
        BadParameters.assertRefused(Api.get("/api/v1/calendar/add?start=2026-09-30&days=three", admin), "days");
        assertEquals(200, Api.get("/api/v1/org/staff?unitId=1", admin).status());
    }

    @Test
    void aPathParameterOfTheWrongTypeIs404NamingIt() {
        BadParameters.assertPathRefused(Api.get("/api/v1/org/units/abc", admin), "id");
    }

    @Test
    void theLoginIsCheckedFirst() {
        assertEquals(401, Api.get("/api/v1/org/staff?unitId=abc", null).status());
    }
}
