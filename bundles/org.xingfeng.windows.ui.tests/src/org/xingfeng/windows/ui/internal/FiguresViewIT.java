package org.xingfeng.windows.ui.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.xingfeng.platform.api.org.OrgService;
import org.xingfeng.platform.api.time.BureauTime;
import org.xingfeng.platform.ui.testing.ViewTestSupport;
import org.xingfeng.windows.api.figures.Dimension;
import org.xingfeng.windows.api.figures.FiguresService;
import org.xingfeng.windows.api.halls.HallService;
import org.xingfeng.windows.api.halls.WindowService;
import org.xingfeng.windows.api.queue.Finish;
import org.xingfeng.windows.api.queue.Outcome;
import org.xingfeng.windows.api.queue.QueueService;
import org.xingfeng.windows.api.queue.Ticket;

/** 服务水平: tickets served today show in the breakdown by matter, the chart and the export; the coverage table. */
class FiguresViewIT extends ViewTestSupport {

    static HallService halls;
    static FiguresService figures;
    static QueueService queue;
    static OrgService org;
    static BureauTime time;
    static WinFixture f;

    @BeforeAll
    static void data() throws Exception {
        halls = service(HallService.class);
        figures = service(FiguresService.class);
        queue = service(QueueService.class);
        org = service(OrgService.class);
        time = service(BureauTime.class);
        f = WinFixture.create(org, halls, service(WindowService.class), admin, WinFixture.tag("WF"));
    }

    @Test
    void serviceLevelsAndCoverageAreShownWithAChart() throws Exception {
        for (String code : List.of(f.reimburse, f.enrol, f.enrol)) {
            f.take(queue, admin, code);
        }
        for (int i = 0; i < 2; i++) {
            Ticket t = queue.callNext(admin, f.w1.id()).orElseThrow();
            queue.start(admin, t.id());
            queue.finish(admin, t.id(), new Finish(Outcome.DONE, null));
        }
        FiguresView view = new FiguresView(open(), site, halls, figures, org, time);
        view.setFilters(f.hall.id(), f.county.id(), time.today(), time.today(), Dimension.MATTER);
        view.reload();
        assertEquals(3, view.levels().total().taken());
        assertEquals(2, view.levels().total().served());
        List<List<String>> rows = shown(view.table());
        assertEquals(3, rows.size(), "two matters and the total: " + rows);
        assertEquals("3", rows.get(2).get(1));
        assertEquals(2, view.chart().bars().size());
        assertTrue(view.chart().title().contains(view.levels().targetMinutes() + " 分钟内叫号占比"), view.chart().title());
        assertExportMatches(view.table());

        view.loadCoverage();
        List<List<String>> coverage = shown(view.coverage());
        assertFalse(coverage.isEmpty());
        List<String> hallRow = coverage.stream().filter(r -> r.get(0).contains(f.hall.name())).findFirst()
                .orElse(coverage.get(0));
        assertEquals(List.of("2", "1", "50.0%"), hallRow.subList(1, 4), coverage.toString());
        screenshot("windows-figures");
        assertNoErrors(site);
    }
}
