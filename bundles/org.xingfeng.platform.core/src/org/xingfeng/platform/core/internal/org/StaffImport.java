package org.xingfeng.platform.core.internal.org;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import jakarta.persistence.EntityManager;

import org.xingfeng.platform.api.FieldError;
import org.xingfeng.platform.api.Reach;
import org.xingfeng.platform.api.ValidationException;
import org.xingfeng.platform.api.i18n.Languages;
import org.xingfeng.platform.api.i18n.Messages;
import org.xingfeng.platform.api.org.Staff;
import org.xingfeng.platform.api.org.StaffDraft;
import org.xingfeng.platform.api.org.StaffTier;
import org.xingfeng.platform.api.spreadsheet.ImportReport;
import org.xingfeng.platform.api.spreadsheet.RowError;
import org.xingfeng.platform.api.spreadsheet.SheetData;
import org.xingfeng.platform.core.internal.store.OrgUnitEntity;
import org.xingfeng.platform.core.internal.store.StaffEntity;

/**
 * Staff import from the first sheet of an XLSX file. The header row names the columns (any order):
 * 工号, 姓名, 单位编码, 科室, 人员类别, 岗位 (several separated by 、or ,), 状态 (在岗/离岗). 科室 must exist in the unit.
 */
final class StaffImport {

    static final Messages MESSAGES = Messages.of(StaffImport.class);

    static final String[] REQUIRED = { "工号", "姓名", "单位编码", "人员类别" };
    static final String[] OPTIONAL = { "科室", "岗位", "状态" };

    record Row(int number, Map<String, String> cells) {
        String get(String column) {
            return cells.getOrDefault(column, "").strip();
        }
    }

    record Parsed(List<Row> rows) {
    }

    record Change(Staff before, Staff after) {
    }

    record Result(ImportReport report, List<Change> changes) {
    }

    private StaffImport() {
    }

    static Parsed parse(List<SheetData> sheets) {
        if (sheets.isEmpty() || sheets.get(0).rows().isEmpty()) {
            throw new ValidationException("file", MESSAGES.text("staffImport.file_empty"));
        }
        SheetData sheet = sheets.get(0);
        List<String> header = sheet.rows().get(0);
        Map<String, Integer> columns = new HashMap<>();
        for (int c = 0; c < header.size(); c++) {
            columns.put(header.get(c).strip(), c);
        }
        List<FieldError> missing = new ArrayList<>();
        for (String required : REQUIRED) {
            if (!columns.containsKey(required)) {
                missing.add(FieldError.at(required, 1, MESSAGES.text("staffImport.missing_column", required)));
            }
        }
        if (!missing.isEmpty()) {
            throw new ValidationException(MESSAGES.text("staffImport.header_row_not_staff_list"), missing);
        }
        List<Row> rows = new ArrayList<>();
        for (int r = 1; r < sheet.rows().size(); r++) {
            Map<String, String> cells = new HashMap<>();
            boolean blank = true;
            for (String col : concat(REQUIRED, OPTIONAL)) {
                Integer c = columns.get(col);
                String v = c == null ? "" : sheet.cell(r, c);
                cells.put(col, v);
                blank &= v.isBlank();
            }
            if (!blank) {
                rows.add(new Row(r + 1, cells));
            }
        }
        return new Parsed(rows);
    }

    private static List<String> concat(String[] a, String[] b) {
        List<String> all = new ArrayList<>(Arrays.asList(a));
        all.addAll(Arrays.asList(b));
        return all;
    }

    /** What the import would do, checked against the database; no change is made. */
    static Plan plan(EntityManager em, Parsed parsed, Reach reach) {
        List<RowError> errors = new ArrayList<>();
        List<StaffDraft> drafts = new ArrayList<>();
        List<StaffEntity> existing = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        int creates = 0;
        int updates = 0;
        for (Row row : parsed.rows()) {
            String number = row.get("工号");
            if (!number.isEmpty() && !seen.add(number)) {
                errors.add(new RowError(row.number(), "工号",
                        MESSAGES.get(Languages.CHINESE, "staffImport.staff_number_repeated_file", number)));
                continue;
            }
            Optional<OrgUnitEntity> unit = em
                    .createQuery("select u from OrgUnitEntity u where u.code = :c", OrgUnitEntity.class)
                    .setParameter("c", row.get("单位编码")).getResultStream().findFirst().filter(u -> reach.contains(u.id));
            if (unit.isEmpty()) {
                errors.add(new RowError(row.number(), "单位编码",
                        MESSAGES.get(Languages.CHINESE, "staffImport.unknown_unit_code", row.get("单位编码"))));
                continue;
            }
            Long sectionId = null;
            if (!row.get("科室").isEmpty()) {
                Optional<Long> section = em
                        .createQuery("select s.id from SectionEntity s where s.unitId = :u and s.name = :n", Long.class)
                        .setParameter("u", unit.get().id).setParameter("n", row.get("科室")).getResultStream()
                        .findFirst();
                if (section.isEmpty()) {
                    errors.add(new RowError(row.number(), "科室",
                            MESSAGES.get(Languages.CHINESE, "staffImport.no_such_section_unit", row.get("科室"))));
                    continue;
                }
                sectionId = section.get();
            }
            StaffTier tier = StaffTier.parse(row.get("人员类别"));
            if (tier == null) {
                errors.add(new RowError(row.number(), "人员类别",
                        MESSAGES.get(Languages.CHINESE, "staffImport.unknown_tier", row.get("人员类别"))));
                continue;
            }
            String status = row.get("状态");
            if (!status.isEmpty() && !status.equals("在岗") && !status.equals("离岗")) {
                errors.add(new RowError(row.number(), "状态",
                        MESSAGES.get(Languages.CHINESE, "staffImport.unknown_status", status)));
                continue;
            }
            List<String> posts = Arrays.stream(row.get("岗位").split("[、,，;；]")).map(String::strip)
                    .filter(p -> !p.isEmpty()).toList();
            StaffDraft draft = new StaffDraft(number, row.get("姓名"), unit.get().id, sectionId, tier, posts,
                    !status.equals("离岗"));
            Optional<FieldError> problem = StaffRules.check(em, draft, row.number());
            if (problem.isPresent()) {
                errors.add(new RowError(row.number(), columnOf(problem.get().field()), problem.get().message()));
                continue;
            }
            StaffEntity old = em.createQuery("select s from StaffEntity s where s.staffNumber = :n", StaffEntity.class)
                    .setParameter("n", number).getResultStream().findFirst().orElse(null);
            if (old != null && !reach.contains(old.unitId)) {
                errors.add(new RowError(row.number(), "工号",
                        MESSAGES.get(Languages.CHINESE, "staffImport.staff_number_taken_another_unit", number)));
                continue;
            }
            if (old == null) {
                creates++;
            } else {
                updates++;
            }
            drafts.add(draft);
            existing.add(old);
        }
        if (parsed.rows().isEmpty()) {
            errors.add(new RowError(2, "工号", MESSAGES.get(Languages.CHINESE, "staffImport.no_data_rows")));
        }
        return new Plan(drafts, existing, creates, updates, errors);
    }

    private static String columnOf(String field) {
        return switch (field) {
            case "staffNumber" -> "工号";
            case "name" -> "姓名";
            case "tier" -> "人员类别";
            case "posts" -> "岗位";
            default -> field;
        };
    }

    record Plan(List<StaffDraft> drafts, List<StaffEntity> existing, int creates, int updates, List<RowError> errors) {

        List<Change> apply(EntityManager em) {
            List<Change> changes = new ArrayList<>();
            for (int i = 0; i < drafts.size(); i++) {
                StaffEntity e = existing.get(i);
                Staff before = e == null ? null : e.toRecord();
                if (e == null) {
                    e = new StaffEntity();
                    StaffRules.apply(e, drafts.get(i));
                    em.persist(e);
                } else {
                    StaffRules.apply(e, drafts.get(i));
                }
                em.flush();
                changes.add(new Change(before, e.toRecord()));
            }
            return changes;
        }
    }
}
