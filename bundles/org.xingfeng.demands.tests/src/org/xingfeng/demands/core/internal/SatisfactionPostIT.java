package org.xingfeng.demands.core.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.xingfeng.demands.core.internal.DemandsFixtures.step;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import org.junit.jupiter.api.Test;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceRegistration;
import org.xingfeng.platform.testing.Api;
import org.xingfeng.platform.testing.Fixtures;

/**
 * The citizen's satisfaction goes to the evaluations module when it is there (here a stand-in for its bridge, with
 * the evaluations module stopped): once per round, with the round in the record number, satisfied or not; without it
 * the demand's steps work the same.
 */
class SatisfactionPostIT {

    record Post(long unitId, String recordNo, boolean satisfied, String remark) {
    }

    @Test
    void eachRoundsRatingIsPostedOnceAndTheDemandWorksWithoutEvaluations() throws Exception {
        Api.awaitReady();
        WithoutEvaluations.run(SatisfactionPostIT::postedOncePerRound);
    }

    static void postedOncePerRound() {
        String root = Api.admin();
        long county = Fixtures.createCounty(root).path("id").asLong();
        long section = DemandsFixtures.section(root, county, "办公室");
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));

        // without the bridge: the rating is recorded, nothing else happens
        long alone = DemandsFixtures.inState(root, county, section, "RATED", today);
        assertEquals("RATED", Api.get(DemandsFixtures.API + "/" + alone, root).json().path("state").asText());

        List<Post> posts = new CopyOnWriteArrayList<>();
        BundleContext context = FrameworkUtil.getBundle(DemandsDemo.class).getBundleContext();
        ServiceRegistration<SatisfactionPoster> reg = context.registerService(SatisfactionPoster.class,
                (unitId, recordNo, satisfied, remark, name, phone) -> posts.add(new Post(unitId, recordNo, satisfied,
                        remark)),
                null);
        try {
            long id = DemandsFixtures.inState(root, county, section, "REPLIED", today);
            step(root, id, "satisfaction", Map.of("satisfied", false, "remark", "仍未解决"));
            step(root, id, "assign", Map.of("leadSectionId", section));
            step(root, id, "handle", Map.of("text", "再次办理"));
            step(root, id, "review", Map.of("approved", true));
            step(root, id, "reply", Map.of("text", "已解决"));
            step(root, id, "satisfaction", Map.of("satisfied", true));
            assertEquals(List.of(new Post(county, "DMD-" + id + "-1", false, "仍未解决"),
                    new Post(county, "DMD-" + id + "-2", true, null)), posts);
        } finally {
            reg.unregister();
        }
    }
}
