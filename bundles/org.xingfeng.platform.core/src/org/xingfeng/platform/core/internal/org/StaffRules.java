package org.xingfeng.platform.core.internal.org;

import java.util.Optional;

import jakarta.persistence.EntityManager;

import org.xingfeng.platform.api.FieldError;
import org.xingfeng.platform.api.org.StaffDraft;
import org.xingfeng.platform.core.internal.store.OrgUnitEntity;
import org.xingfeng.platform.core.internal.store.SectionEntity;
import org.xingfeng.platform.core.internal.store.StaffEntity;

/** Validation of a staff draft, shared by the form and the spreadsheet import. */
final class StaffRules {

    private StaffRules() {
    }

    /** The first problem with the draft, reported against {@code row} (0 when not an import). */
    static Optional<FieldError> check(EntityManager em, StaffDraft d, int row) {
        if (d == null) {
            return Optional.of(new FieldError("body", row, "请求体为空 (empty request)"));
        }
        if (d.staffNumber() == null || d.staffNumber().isBlank() || d.staffNumber().strip().length() > 64) {
            return Optional.of(new FieldError("staffNumber", row, "工号必填，不超过64字符 (staff number required, at most 64 characters)"));
        }
        if (d.name() == null || d.name().isBlank() || d.name().strip().length() > 100) {
            return Optional.of(new FieldError("name", row, "姓名必填，不超过100字 (name required, at most 100 characters)"));
        }
        if (d.tier() == null) {
            return Optional.of(new FieldError("tier", row, "人员类别必填 (tier is required)"));
        }
        if (em.find(OrgUnitEntity.class, d.unitId()) == null) {
            return Optional.of(new FieldError("unitId", row, "单位不存在 (unit not found): " + d.unitId()));
        }
        if (d.sectionId() != null) {
            SectionEntity s = em.find(SectionEntity.class, d.sectionId());
            if (s == null || s.unitId != d.unitId()) {
                return Optional.of(new FieldError("sectionId", row, "科室不属于该单位 (section does not belong to the unit)"));
            }
        }
        if (String.join("|", d.posts()).length() > 500 || d.posts().stream().anyMatch(p -> p.contains("|"))) {
            return Optional.of(new FieldError("posts", row, "岗位过长或含有'|' (posts too long or containing '|')"));
        }
        return Optional.empty();
    }

    static void apply(StaffEntity e, StaffDraft d) {
        e.staffNumber = d.staffNumber().strip();
        e.name = d.name().strip();
        e.unitId = d.unitId();
        e.sectionId = d.sectionId();
        e.tier = d.tier();
        e.posts = String.join("|", d.posts().stream().map(String::strip).filter(p -> !p.isEmpty()).toList());
        e.active = d.active();
    }
}
