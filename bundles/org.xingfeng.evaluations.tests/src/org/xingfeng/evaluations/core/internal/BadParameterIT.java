package org.xingfeng.evaluations.core.internal;

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
        EvalFixtures.awaitPaths("/api/v1/evaluations", "/api/v1/evaluations/cases");
        admin = Api.admin();
    }

    @Test
    void aQueryParameterOfTheWrongTypeIs400NamingIt() {
        BadParameters.assertRefused(Api.get("/api/v1/evaluations?unitId=abc", admin), "unitId");
        BadParameters.assertRefused(Api.get("/api/v1/evaluations/cases?unitId=2&page=first", admin), "page");
        BadParameters.assertRefused(Api.get("/api/v1/evaluations/satisfaction?unitId=x1", admin), "unitId");
    }
}
