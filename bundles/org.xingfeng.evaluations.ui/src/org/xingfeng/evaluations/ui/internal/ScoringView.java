package org.xingfeng.evaluations.ui.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.CTabFolder;
import org.eclipse.swt.custom.CTabItem;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.xingfeng.evaluations.api.scoring.AnnualAward;
import org.xingfeng.evaluations.api.scoring.GroupScore;
import org.xingfeng.evaluations.api.scoring.Quarter;
import org.xingfeng.evaluations.api.scoring.RaterGroup;
import org.xingfeng.evaluations.api.scoring.ScoreSheet;
import org.xingfeng.evaluations.api.scoring.ScoreSheetDraft;
import org.xingfeng.evaluations.api.scoring.ScoringRules;
import org.xingfeng.evaluations.api.scoring.SectionRanking;
import org.xingfeng.evaluations.api.scoring.SectionScore;
import org.xingfeng.evaluations.api.scoring.SectionScoring;
import org.xingfeng.platform.api.FieldError;
import org.xingfeng.platform.api.PageRequest;
import org.xingfeng.platform.api.ValidationException;
import org.xingfeng.platform.api.org.OrgService;
import org.xingfeng.platform.api.org.Section;
import org.xingfeng.platform.api.org.Staff;
import org.xingfeng.platform.api.org.StaffQuery;
import org.xingfeng.platform.api.security.Roles;
import org.xingfeng.platform.ui.ContributedView;
import org.xingfeng.platform.ui.ViewSite;
import org.xingfeng.platform.ui.widgets.Choice;
import org.xingfeng.platform.ui.widgets.ChoiceBox;
import org.xingfeng.platform.ui.widgets.Column;
import org.xingfeng.platform.ui.widgets.Confirm;
import org.xingfeng.platform.ui.widgets.DataTable;
import org.xingfeng.platform.ui.widgets.FormDialog;
import org.xingfeng.platform.ui.widgets.Texts;

/**
 * 科室考评: score sheets entered per rater (five items of 20 points) for a unit's sections in a quarter; the
 * quarter's ranking with its benchmark sections (标杆科室) and which rater groups were left out; the year's
 * benchmark quarters per section and who may stand for 年度先进科室.
 */
public class ScoringView implements ContributedView {

    private final ViewSite site;
    private final SectionScoring scoring;
    private final OrgService org;
    private final Texts t;
    private final ScoringRules rules;
    private final Composite root;
    private final ChoiceBox<Long> unit;
    private final Text quarter;
    private final Label message;
    private final CTabFolder tabs;
    private final DataTable<ScoreSheet> sheets;
    private final DataTable<SectionScore> ranking;
    private final Label rankingTitle;
    private final DataTable<AnnualAward> awards;
    private final Button deleteButton;

    public ScoringView(Composite parent, ViewSite site, SectionScoring scoring, OrgService org) {
        this.site = site;
        this.scoring = scoring;
        this.org = org;
        this.t = Texts.of(site, ScoringView.class);
        this.rules = scoring.rules();
        root = new Composite(parent, SWT.NONE);
        root.setLayout(new GridLayout(1, false));
        Composite filters = new Composite(root, SWT.NONE);
        filters.setLayout(new GridLayout(5, false));
        new Label(filters, SWT.NONE).setText(t.get("common.unit"));
        unit = new ChoiceBox<>(filters, EvalTexts.units(org, site.session().actor(), t, false), 170);
        new Label(filters, SWT.NONE).setText(t.get("scoring.quarter"));
        quarter = new Text(filters, SWT.BORDER);
        quarter.setText(Quarter.of(site.time().today()).toString());
        quarter.setLayoutData(new GridData(80, SWT.DEFAULT));
        Button show = new Button(filters, SWT.PUSH);
        show.setText(t.get("common.search"));
        show.addListener(SWT.Selection, e -> reload());
        message = new Label(root, SWT.NONE);
        message.setForeground(root.getDisplay().getSystemColor(SWT.COLOR_RED));
        message.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));

        tabs = new CTabFolder(root, SWT.BORDER);
        tabs.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));

        Composite sheetBox = tab(t.get("scoring.scoreSheets"));
        List<Column<ScoreSheet>> sheetColumns = new ArrayList<>(List.of(
                Column.<ScoreSheet>of(t.get("common.id"), ScoreSheet::id).width(50),
                Column.<ScoreSheet>of(t.get("common.section"), ScoreSheet::sectionName).width(110),
                Column.<ScoreSheet>of(t.get("scoring.raterGroup"), s -> EvalTexts.group(t, s.group())).width(100),
                Column.<ScoreSheet>of(t.get("scoring.rater"), ScoreSheet::raterName).width(80)));
        for (int i = 0; i < rules.items().size(); i++) {
            int index = i;
            sheetColumns.add(Column.<ScoreSheet>of(rules.items().get(i),
                    s -> index < s.items().size() ? s.items().get(index) : null).width(70));
        }
        sheetColumns.add(Column.<ScoreSheet>of(t.get("scoring.total"), ScoreSheet::total).width(60));
        sheetColumns.add(Column.<ScoreSheet>of(t.get("scoring.entered"), ScoreSheet::enteredBy).width(80));
        sheets = new DataTable<>(sheetBox, site, t.get("scoring.scoreSheets"), sheetColumns);
        sheets.control().setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        Button enter = sheets.addButton(t.get("scoring.enterSheet"), this::sheetDialog);
        enter.setEnabled(EvalTexts.officer(site));
        deleteButton = sheets.addButton(t.get("scoring.delete"), () -> delete(sheets.selected()));
        deleteButton.setEnabled(false);
        sheets.onSelection(s -> deleteButton.setEnabled(s != null && EvalTexts.officer(site)));

        Composite rankingBox = tab(t.get("scoring.quarterSRanking"));
        rankingTitle = new Label(rankingBox, SWT.WRAP);
        rankingTitle.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        List<Column<SectionScore>> rankingColumns = new ArrayList<>(List.of(
                Column.<SectionScore>of(t.get("scoring.rank"), SectionScore::rank).width(50),
                Column.<SectionScore>of(t.get("common.section"), SectionScore::sectionName).width(120),
                Column.<SectionScore>of(t.get("scoring.score"), SectionScore::score).width(60),
                Column.<SectionScore>of(t.get("scoring.benchmark"),
                        s -> s.benchmark() ? t.get("scoring.benchmarkMark") : "").width(70)));
        for (RaterGroup g : RaterGroup.values()) {
            rankingColumns.add(Column.<SectionScore>of(EvalTexts.group(t, g),
                    s -> groupText(s, g)).width(120));
        }
        rankingColumns
                .add(Column.<SectionScore>of(t.get("scoring.notes"), s -> String.join("；", s.notes())).width(300));
        ranking = new DataTable<>(rankingBox, site, t.get("scoring.sectionRanking"), rankingColumns);
        ranking.control().setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));

        Composite awardBox = tab(t.get("scoring.annualAward"));
        awards = new DataTable<>(awardBox, site, t.get("scoring.annualAward"), List.of(
                Column.<AnnualAward>of(t.get("common.section"), AnnualAward::sectionName).width(140),
                Column.<AnnualAward>of(t.get("common.year"), AnnualAward::year).width(60),
                Column.<AnnualAward>of(t.get("scoring.benchmarkQuarters"), a -> String.join("、", a.benchmarkQuarters()))
                        .width(200),
                Column.<AnnualAward>of(t.get("scoring.eligible"), a -> EvalTexts.yesNo(t, a.eligible())).width(110)));
        awards.control().setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        tabs.setSelection(0);
        reload();
    }

    private Composite tab(String label) {
        Composite box = new Composite(tabs, SWT.NONE);
        box.setLayout(new GridLayout(1, false));
        CTabItem item = new CTabItem(tabs, SWT.NONE);
        item.setText(label);
        item.setControl(box);
        return box;
    }

    /** A group's part of a score: its average and the weight it got, or why it was left out. */
    private String groupText(SectionScore s, RaterGroup g) {
        GroupScore gs = s.groups().stream().filter(x -> x.group() == g).findFirst().orElse(null);
        if (gs == null || gs.average() == null) {
            return t.get("scoring.leftOut");
        }
        return String.format("%.2f (%.1f%%)", gs.average(), gs.appliedWeight());
    }

    public Composite control() {
        return root;
    }

    public CTabFolder tabs() {
        return tabs;
    }

    public DataTable<ScoreSheet> sheets() {
        return sheets;
    }

    public DataTable<SectionScore> ranking() {
        return ranking;
    }

    public DataTable<AnnualAward> awards() {
        return awards;
    }

    public String rankingTitle() {
        return rankingTitle.getText();
    }

    public String message() {
        return message.getText();
    }

    public void setFilters(long unitId, String quarterText) {
        unit.select(unitId);
        quarter.setText(quarterText);
    }

    private Quarter quarter() {
        Quarter q = Quarter.parse(quarter.getText());
        if (q == null) {
            throw new ValidationException("quarter",
                    EvalTexts.MESSAGES.text("error.quarterLookLike2026", quarter.getText()));
        }
        return q;
    }

    /** Reads the sheets (officers and auditors), the ranking and the award list of the unit and quarter. */
    public void reload() {
        Long u = unit.value();
        Quarter q;
        try {
            if (u == null) {
                throw new ValidationException("unitId", EvalTexts.MESSAGES.text("error.chooseUnit"));
            }
            q = quarter();
        } catch (ValidationException e) {
            message.setText(t.error(e));
            return;
        }
        message.setText("");
        if (site.session().actor().hasAnyRole(EvalTexts.OFFICER, Roles.AUDITOR, Roles.ADMIN)) {
            sheets.load(t.get("scoring.readingScoreSheets"),
                    monitor -> scoring.sheets(site.session().actor(), u, q, null));
        }
        site.run(t.get("scoring.rankingSections"), monitor -> scoring.ranking(site.session().actor(), u, q),
                (SectionRanking r) -> {
                    if (root.isDisposed()) {
                        return;
                    }
                    ranking.setRows(r.sections());
                    long benchmarks = r.sections().stream().filter(SectionScore::benchmark).count();
                    rankingTitle.setText(t.get("scoring.rankingTitle", r.unitName(), r.quarter(), r.from(), r.to(),
                            weight(RaterGroup.LEADERSHIP), weight(RaterGroup.PEER_CHIEFS),
                            weight(RaterGroup.COLLEAGUES),
                            weight(RaterGroup.PUBLIC), r.benchmarkCount(), benchmarks));
                    rankingTitle.getParent().layout();
                });
        awards.load(t.get("scoring.readingAnnualAwardList"),
                monitor -> scoring.awards(site.session().actor(), u, q.year()));
    }

    private String weight(RaterGroup g) {
        Double w = rules.weights().get(g);
        return w == null ? "0" : (w == Math.rint(w) ? String.valueOf(w.intValue()) : String.valueOf(w));
    }

    /** Enters one rater's sheet: section, rater group, rater and the five item scores (0-20 each). */
    public void sheetDialog() {
        Long u = unit.value();
        Quarter q;
        try {
            q = quarter();
        } catch (ValidationException e) {
            message.setText(t.error(e));
            return;
        }
        if (u == null) {
            return;
        }
        List<Choice<Long>> sections = new ArrayList<>();
        for (Section s : org.sections(site.session().actor(), u)) {
            sections.add(new Choice<>(s.id(), s.name()));
        }
        List<Choice<Long>> raters = new ArrayList<>();
        for (Staff s : org.staff(site.session().actor(), new StaffQuery(u, null, null, null, null),
                new PageRequest(0, PageRequest.MAX_SIZE)).items()) {
            raters.add(new Choice<>(s.id(), s.staffNumber() + " " + s.name()));
        }
        List<Choice<RaterGroup>> groups = Arrays.stream(RaterGroup.values()).filter(RaterGroup::entersSheets)
                .map(g -> new Choice<>(g, EvalTexts.group(t, g))).toList();
        FormDialog d = new FormDialog(site, t.get("scoring.enterScoreSheet"), t.get("scoring.sheetHint", q))
                .choice("sectionId", t.get("scoring.section"), sections,
                        sections.isEmpty() ? null : sections.get(0).value())
                .choice("group", t.get("scoring.raterGroup"), groups, RaterGroup.LEADERSHIP)
                .choice("raterStaffId", t.get("scoring.rater"), raters,
                        raters.isEmpty() ? null : raters.get(0).value());
        for (int i = 0; i < rules.items().size(); i++) {
            d.text("items[" + i + "]", rules.items().get(i), "");
        }
        ScoreSheet[] saved = new ScoreSheet[1];
        d.onSave(f -> {
            List<Double> items = new ArrayList<>();
            List<FieldError> errors = new ArrayList<>();
            for (int i = 0; i < rules.items().size(); i++) {
                String text = f.text("items[" + i + "]").strip();
                try {
                    items.add(Double.valueOf(text));
                } catch (NumberFormatException e) {
                    errors.add(FieldError.of("items[" + i + "]", EvalTexts.MESSAGES.text("error.scoreFrom020", text)));
                }
            }
            if (!errors.isEmpty()) {
                throw ValidationException.of(errors);
            }
            saved[0] = scoring.submit(site.session().actor(), new ScoreSheetDraft(f.choice("sectionId"), q.toString(),
                    f.choice("group"), f.choice("raterStaffId"), items));
        });
        if (d.open() == FormDialog.OK) {
            site.status(t.get("scoring.sheetEnteredTotal", saved[0].total()));
            reload();
        }
    }

    public void delete(ScoreSheet s) {
        if (s == null || !Confirm.ask(site, t.get("scoring.deleteQuestion", s.raterName(), s.sectionName()))) {
            return;
        }
        try {
            scoring.delete(site.session().actor(), s.id());
            site.status(t.get("scoring.sheetDeleted"));
        } catch (RuntimeException e) {
            site.showError(e);
        }
        reload();
    }

    @Override
    public void setFocus() {
        quarter.setFocus();
    }
}
