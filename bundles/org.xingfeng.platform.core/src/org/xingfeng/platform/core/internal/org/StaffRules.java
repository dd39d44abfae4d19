package org.xingfeng.platform.core.internal.org;

import java.util.Optional;

import jakarta.persistence.EntityManager;

import org.xingfeng.platform.api.FieldError;
import org.xingfeng.platform.api.i18n.Messages;
import org.xingfeng.platform.api.org.StaffDraft;
import org.xingfeng.platform.core.internal.store.OrgUnitEntity;
import org.xingfeng.platform.core.internal.store.SectionEntity;
import org.xingfeng.platform.core.internal.store.StaffEntity;

/** Validation of a staff draft, shared by the form and the spreadsheet import. */
final class StaffRules {

    static final Messages MESSAGES = Messages.of(StaffRules.class);

    private StaffRules() {
    }

    /** The first problem with the draft, reported against {@code row} (0 when not an import). */
    static Optional<FieldError> check(EntityManager em, StaffDraft d, int row) {
        if (d == null) {
            return Optional.of(FieldError.at("body", row, MESSAGES.text("org.empty_request")));
        }
        if (d.staffNumber() == null || d.staffNumber().isBlank() || d.staffNumber().strip().length() > 64) {
            return Optional
                    .of(FieldError.at("staffNumber", row, MESSAGES.text("staffRules.staff_number_required_at_most")));
        }
        if (d.name() == null || d.name().isBlank() || d.name().strip().length() > 100) {
            return Optional.of(FieldError.at("name", row, MESSAGES.text("staffRules.name_required_at_most_100")));
        }
        if (d.tier() == null) {
            return Optional.of(FieldError.at("tier", row, MESSAGES.text("staffRules.tier_required")));
        }
        if (em.find(OrgUnitEntity.class, d.unitId()) == null) {
            return Optional.of(FieldError.at("unitId", row, MESSAGES.text("org.unit_not_found", d.unitId())));
        }
        if (d.sectionId() != null) {
            SectionEntity s = em.find(SectionEntity.class, d.sectionId());
            if (s == null || s.unitId != d.unitId()) {
                return Optional
                        .of(FieldError.at("sectionId", row, MESSAGES.text("staffRules.section_does_not_belong_unit")));
            }
        }
        if (String.join("|", d.posts()).length() > 500 || d.posts().stream().anyMatch(p -> p.contains("|"))) {
            return Optional.of(FieldError.at("posts", row, MESSAGES.text("staffRules.posts_too_long")));
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
