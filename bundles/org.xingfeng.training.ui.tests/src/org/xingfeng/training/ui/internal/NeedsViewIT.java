package org.xingfeng.training.ui.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.xingfeng.platform.api.Actor;
import org.xingfeng.platform.api.spreadsheet.Table;
import org.xingfeng.platform.ui.testing.ViewTestSupport;
import org.xingfeng.training.api.courses.CourseKind;
import org.xingfeng.training.api.needs.NeedQuery;
import org.xingfeng.training.api.needs.NeedReason;
import org.xingfeng.training.api.needs.TrainingNeed;
import org.xingfeng.training.api.needs.TrainingNeedService;
import org.xingfeng.training.api.needs.TrainingNeeds;

/**
 * The training needs view: on the real service of a runtime without the evaluations module it says so; on a stand-in
 * service it lists the needs with their reasons and states and passes the period and the open-only filter on.
 */
class NeedsViewIT extends ViewTestSupport {

    @Test
    void withoutTheEvaluationsModuleTheViewSaysSo() throws Exception {
        NeedsView view = new NeedsView(open(), site, service(TrainingNeedService.class));
        settle(200);
        assertEquals(false, view.needs().evaluationsPresent());
        assertEquals(0, view.table().rows().size());
        assertTrue(view.summary().getText().contains("未安装好差评模块"), view.summary().getText());
        assertNoErrors(site);
    }

    @Test
    void theNeedsAreListedWithTheirReasonsAndStates() throws Exception {
        LocalDate today = time.today();
        List<NeedQuery> asked = new ArrayList<>();
        TrainingNeed bad = new TrainingNeed(1, "S001", "王芳", 9, "旌阳区医保局", NeedReason.BAD_REVIEWS, null, null, 3,
                null, List.of("态度不好", "解释不清"), today.minusDays(12), List.of(CourseKind.POLICY,
                        CourseKind.ETIQUETTE),
                false, null, null);
        TrainingNeed low = new TrainingNeed(2, "S002", "李强", 9, "旌阳区医保局", NeedReason.LOW_RATING, "attitude",
                "服务态度", 8, new BigDecimal("2.88"), List.of(), today.minusDays(30), List.of(CourseKind.ETIQUETTE),
                true, today.minusDays(5), "窗口服务礼仪提升培训");
        TrainingNeed upheld = new TrainingNeed(3, "S003", "赵敏", 9, "旌阳区医保局", NeedReason.UPHELD_COMPLAINT, null,
                null, 1, null, List.of("服务态度"), today.minusDays(2), List.of(CourseKind.ETIQUETTE), false, null,
                null);
        TrainingNeedService real = service(TrainingNeedService.class);
        TrainingNeedService stand = new TrainingNeedService() {
            @Override
            public TrainingNeeds needs(Actor actor, NeedQuery query) {
                asked.add(query);
                List<TrainingNeed> list = query.openOnly() ? List.of(bad, upheld) : List.of(bad, upheld, low);
                return new TrainingNeeds(9L, "旌阳区医保局", query.from() == null ? today.minusDays(89) : query.from(),
                        today, true, 2, query.openOnly() ? 0 : 1, list);
            }

            @Override
            public Table table(TrainingNeeds needs) {
                return real.table(needs);
            }
        };
        NeedsView view = new NeedsView(open(), site, stand);
        settle(200);
        assertEquals(3, view.table().rows().size());
        List<List<String>> cells = shown(view.table());
        assertTrue(cells.get(0).contains("差评 3 次（态度不好、解释不清）"), cells.toString());
        assertTrue(cells.get(0).contains("政策法规、服务礼仪"), cells.toString());
        assertTrue(cells.get(0).contains("待培训"), cells.toString());
        assertTrue(cells.get(1).contains("1 件投诉经核实属实（服务态度）"), cells.toString());
        assertTrue(cells.get(1).contains("服务礼仪"), cells.toString());
        assertTrue(cells.get(2).contains("服务态度平均 2.88 分（8 次评分）"), cells.toString());
        assertTrue(cells.get(2).stream().anyMatch(c -> c.contains("窗口服务礼仪提升培训") && c.contains("已满足")),
                cells.toString());
        assertEquals("待培训 2 项，已满足 1 项", view.summary().getText());
        screenshot("training-needs");
        assertExportMatches(view.table());

        view.openOnly().setSelection(true);
        view.reload();
        settle(200);
        assertEquals(2, view.table().rows().size());
        assertTrue(asked.get(asked.size() - 1).openOnly());
        assertEquals(today.minusDays(89), asked.get(asked.size() - 1).from(), "the period shown is asked again");
        assertNoErrors(site);
    }
}
