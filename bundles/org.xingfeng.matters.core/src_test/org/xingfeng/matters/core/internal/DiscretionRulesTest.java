package org.xingfeng.matters.core.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.xingfeng.matters.api.DiscretionFlag;
import org.xingfeng.matters.api.Material;
import org.xingfeng.matters.api.SubItem;
import org.xingfeng.matters.api.TimeLimit;

/** 最小自由裁量 against hand-worked wording. */
class DiscretionRulesTest {

    @Test
    void openTermsAreFoundAndOrdinaryWordsAreNot() {
        assertEquals(List.of("相关证明"), DiscretionRules.openTerms("提供户籍所在地相关证明"));
        assertEquals(List.of("其他材料"), DiscretionRules.openTerms("经办机构要求的其他材料"));
        assertEquals(List.of("其他相关证明"), DiscretionRules.openTerms("其他相关证明"));
        assertEquals(List.of("等"), DiscretionRules.openTerms("身份证、户口簿等"));
        assertEquals(List.of("等"), DiscretionRules.openTerms("结婚证、出生医学证明等材料"));
        assertEquals(List.of("必要时", "视情况"), DiscretionRules.openTerms("必要时实地核查，视情况延长"));
        assertEquals(List.of(), DiscretionRules.openTerms("伤残等级鉴定结论；平等就医；等待期满"));
        assertEquals(List.of(), DiscretionRules.openTerms("《医疗保险变更登记表》"));
        assertEquals(List.of(), DiscretionRules.openTerms(null));
    }

    static SubItem item(String conditions, List<Material> materials, TimeLimit limit) {
        return new SubItem(1, 1, 1, "X", "Y", "门诊慢特病认定", Set.of(), null, materials, conditions, limit, List.of(),
                null, null, null, null, null);
    }

    @Test
    void anItemIsFlaggedByItsConditionsItsRequiredMaterialsAndAMissingTimeLimit() {
        SubItem s = item("参保人员；必要时提供其他材料",
                List.of(Material.named("申请表"), Material.named("诊断证明等"),
                        new Material("相关证明", "原件", 1, false, "减证便民", LocalDate.of(2020, 1, 1))),
                null);
        assertEquals(
                List.of(new DiscretionFlag("conditions", "必要时"), new DiscretionFlag("conditions", "其他材料"),
                        new DiscretionFlag("materials[1]", "等"), new DiscretionFlag("timeLimit", "未明确")),
                DiscretionRules.flags(s), "a cancelled material is not asked for, so it is not flagged");
        assertEquals(List.of(), DiscretionRules.flags(item("参保人员", List.of(Material.named("申请表")), TimeLimit.days(5))));
    }

    @Test
    void theListsFigureIsTheShareOfItemsWithAFinding() {
        SubItem clean = item("参保人员", List.of(Material.named("申请表")), TimeLimit.ON_THE_SPOT);
        SubItem open = item("视情况办理", List.of(), TimeLimit.days(5));
        SubItem unfixed = item(null, List.of(), null);
        assertEquals(66.7, DiscretionRules.figure(List.of(clean, open, unfixed)));
        assertEquals(0.0, DiscretionRules.figure(List.of(clean)));
        assertEquals(0.0, DiscretionRules.figure(List.of()));
    }
}
