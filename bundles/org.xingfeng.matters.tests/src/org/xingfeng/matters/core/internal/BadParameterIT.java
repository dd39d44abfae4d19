package org.xingfeng.matters.core.internal;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.xingfeng.platform.testing.Api;
import org.xingfeng.platform.testing.BadParameters;

/** The platform's error mapping answers for the module's typed parameters too. */
class BadParameterIT {

    static String admin;

    @BeforeAll
    static void setUp() throws InterruptedException {
        Api.awaitReady();
        long deadline = System.currentTimeMillis() + 60_000;
        while (Api.get("/api/v1/matters/items", null).status() != 401 && System.currentTimeMillis() < deadline) {
            Thread.sleep(200);
        }
        admin = Api.admin();
    }

    @Test
    void aQueryParameterOfTheWrongTypeIs400NamingIt() {
        BadParameters.assertRefused(Api.get("/api/v1/matters/items?unitId=abc", admin), "unitId");
        BadParameters.assertRefused(Api.get("/api/v1/matters/items?unitId=2&mainItemId=x", admin), "mainItemId");
    }

    @Test
    void aPathParameterOfTheWrongTypeIs404NamingIt() {
        BadParameters.assertPathRefused(Api.get("/api/v1/matters/units/abc/main-items", admin), "unitId");
    }
}
