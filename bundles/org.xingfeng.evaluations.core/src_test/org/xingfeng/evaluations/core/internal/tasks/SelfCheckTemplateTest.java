package org.xingfeng.evaluations.core.internal.tasks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.xingfeng.evaluations.api.tasks.SelfCheckTemplate;
import org.xingfeng.evaluations.api.tasks.TemplateItem;
import org.xingfeng.evaluations.testing.SeedSelfCheck;

class SelfCheckTemplateTest {

    @Test
    void theShippedTableHas34ItemsUnder11NumberedGoalsAndOneUnnumbered() {
        SelfCheckTemplate t = SelfCheckTemplates.load2019();
        assertEquals(34, t.items().size());
        for (int i = 0; i < 34; i++) {
            assertEquals(i + 1, t.items().get(i).number());
        }
        assertEquals(12, t.goals());
        assertEquals(11, t.items().stream().map(TemplateItem::goalNumber).filter(n -> n != null).distinct().count());
        TemplateItem eight = t.items().get(7);
        assertNull(eight.goalNumber());
        assertEquals("优化规范医保服务流程", eight.goal());
        TemplateItem seven = t.items().get(6);
        assertEquals(3, seven.goalNumber());
        assertEquals("减少证明材料和手续", seven.goal());
        TemplateItem two = t.items().get(1);
        assertEquals("加强组织领导", two.goal(), "an item under a blank goal cell belongs to the goal above");
        assertEquals(1, two.goalNumber());
        assertTrue(t.items().get(0).content().startsWith("各级医疗保障部门"), "the item number is not part of the content");
        assertEquals(LocalDate.of(2019, 10, 20), t.items().get(0).deadline());
        assertEquals(LocalDate.of(2019, 10, 31), t.items().get(3).deadline());
        assertEquals(LocalDate.of(2019, 12, 31), t.items().get(11).deadline());
        assertEquals(LocalDate.of(2020, 6, 30), t.items().get(21).deadline());
        assertEquals("长期", t.items().get(22).deadlineText());
        assertNull(t.items().get(22).deadline());
        assertEquals("按各地区党委、政府要求", t.items().get(23).deadlineText());
        assertNull(t.items().get(23).deadline());
        assertEquals(11, t.items().stream().filter(i -> i.deadline() == null).count());
        assertEquals(11, t.items().get(33).goalNumber());
    }

    @Test
    void theShippedTableIsTheSeedsTable() {
        List<List<String>> seed = SeedSelfCheck.rows();
        assertEquals(34, seed.size());
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of("序号", "目标要求", "工作内容及要求", "完成时限"));
        seed.forEach(r -> rows.add(r.subList(0, 4)));
        List<TemplateItem> fromSeed = SelfCheckTemplates.parse(rows);
        assertEquals(fromSeed, SelfCheckTemplates.load2019().items());
        long goals = fromSeed.stream().map(TemplateItem::goal).distinct().count();
        assertTrue(goals >= 11, "goals: " + goals);
        assertEquals("2020年12月底前", fromSeed.get(8).deadlineText());
        assertEquals(LocalDate.of(2019, 11, 30), fromSeed.get(27).deadline());
    }
}
