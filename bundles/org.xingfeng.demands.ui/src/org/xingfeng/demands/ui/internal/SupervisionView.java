package org.xingfeng.demands.ui.internal;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
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
import org.xingfeng.demands.api.supervision.BoardEntry;
import org.xingfeng.demands.api.supervision.DemandFigure;
import org.xingfeng.demands.api.supervision.FigureDimension;
import org.xingfeng.demands.api.supervision.FiguresQuery;
import org.xingfeng.demands.api.supervision.SupervisionService;
import org.xingfeng.platform.api.Actor;
import org.xingfeng.platform.api.Strings;
import org.xingfeng.platform.api.ValidationException;
import org.xingfeng.platform.api.org.OrgService;
import org.xingfeng.platform.ui.ContributedView;
import org.xingfeng.platform.ui.ViewSite;
import org.xingfeng.platform.ui.widgets.ChoiceBox;
import org.xingfeng.platform.ui.widgets.Column;
import org.xingfeng.platform.ui.widgets.DataTable;
import org.xingfeng.platform.ui.widgets.Texts;

/**
 * 督办与统计: the supervision board (open demands overdue, due for a reminder or an escalation, or waiting for an
 * extension decision, the longest overdue first) and the figures (on-time and satisfaction rates by unit, lead section,
 * category or month of a period).
 */
public class SupervisionView implements ContributedView {

    private final ViewSite site;
    private final SupervisionService supervision;
    private final Texts t;
    private final CTabFolder root;
    private final ChoiceBox<Long> unit;
    private final ChoiceBox<FigureDimension> by;
    private final Text from;
    private final Text to;
    private final DataTable<BoardEntry> board;
    private final DataTable<DemandFigure> figures;

    public SupervisionView(Composite parent, ViewSite site, SupervisionService supervision, OrgService org) {
        this.site = site;
        this.supervision = supervision;
        this.t = Texts.of(site, SupervisionView.class);
        root = new CTabFolder(parent, SWT.BORDER);

        Composite boardPage = new Composite(root, SWT.NONE);
        boardPage.setLayout(new GridLayout(1, false));
        CTabItem boardTab = new CTabItem(root, SWT.NONE);
        boardTab.setText(t.get("supervision.board"));
        boardTab.setControl(boardPage);
        Composite filters = new Composite(boardPage, SWT.NONE);
        filters.setLayout(new GridLayout(3, false));
        new Label(filters, SWT.NONE).setText(t.get("common.unit"));
        unit = new ChoiceBox<>(filters, DemandsUi.units(org, actor(), t, true), 170);
        Button show = new Button(filters, SWT.PUSH);
        show.setText(t.get("common.search"));
        show.addListener(SWT.Selection, e -> reload());
        board = new DataTable<>(boardPage, site, t.get("supervision.board"), List.of(
                Column.<BoardEntry>of(t.get("demand.id"), BoardEntry::demandId).width(50),
                Column.<BoardEntry>of(t.get("common.unit"), BoardEntry::unitName).width(120),
                Column.<BoardEntry>of(t.get("demand.category"), b -> DemandsUi.label(t, b.category())).width(60),
                Column.<BoardEntry>of(t.get("demand.topic"), BoardEntry::topic).width(160),
                Column.<BoardEntry>of(t.get("common.state"), b -> DemandsUi.label(t, b.state())).width(70),
                Column.<BoardEntry>of(t.get("demand.leadSection"), BoardEntry::leadSectionName).width(100),
                Column.<BoardEntry>of(t.get("demand.due"), BoardEntry::dueDate).width(90),
                Column.<BoardEntry>of(t.get("demand.deadline"), b -> DemandsUi.label(t, b.status())).width(80),
                Column.<BoardEntry>of(t.get("supervision.daysOverdue"), BoardEntry::workingDaysOverdue).width(70),
                Column.<BoardEntry>of(t.get("supervision.reminded"),
                        b -> b.reminded() ? t.get("common.yes") : "").width(60),
                Column.<BoardEntry>of(t.get("supervision.escalated"),
                        b -> b.escalated() ? t.get("common.yes") : "").width(60)));
        board.control().setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));

        Composite figuresPage = new Composite(root, SWT.NONE);
        figuresPage.setLayout(new GridLayout(1, false));
        CTabItem figuresTab = new CTabItem(root, SWT.NONE);
        figuresTab.setText(t.get("supervision.figures"));
        figuresTab.setControl(figuresPage);
        Composite period = new Composite(figuresPage, SWT.NONE);
        period.setLayout(new GridLayout(7, false));
        new Label(period, SWT.NONE).setText(t.get("supervision.by"));
        by = new ChoiceBox<>(period, DemandsUi.choices(t, FigureDimension.values(), false), 90);
        by.select(FigureDimension.UNIT);
        new Label(period, SWT.NONE).setText(t.get("supervision.from"));
        from = new Text(period, SWT.BORDER);
        from.setText(site.time().today().withDayOfMonth(1).minusMonths(3).toString());
        new Label(period, SWT.NONE).setText(t.get("supervision.to"));
        to = new Text(period, SWT.BORDER);
        to.setText(site.time().today().toString());
        Button count = new Button(period, SWT.PUSH);
        count.setText(t.get("common.search"));
        count.addListener(SWT.Selection, e -> loadFigures());
        figures = new DataTable<>(figuresPage, site, t.get("supervision.figures"), List.of(
                Column.<DemandFigure>of(t.get("figure.part"), DemandFigure::label).width(140),
                Column.<DemandFigure>of(t.get("figure.total"), DemandFigure::total).width(60),
                Column.<DemandFigure>of(t.get("figure.due"), DemandFigure::due).width(60),
                Column.<DemandFigure>of(t.get("figure.onTime"), DemandFigure::onTime).width(60),
                Column.<DemandFigure>of(t.get("figure.onTimeRate"), f -> rate(f.onTimeRate())).width(80),
                Column.<DemandFigure>of(t.get("figure.rated"), DemandFigure::rated).width(60),
                Column.<DemandFigure>of(t.get("figure.satisfied"), DemandFigure::satisfied).width(60),
                Column.<DemandFigure>of(t.get("figure.satisfactionRate"), f -> rate(f.satisfactionRate()))
                        .width(80)));
        figures.control().setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        root.setSelection(boardTab);
        reload();
        loadFigures();
    }

    private static String rate(Double r) {
        return r == null ? "—" : r + "%";
    }

    private Actor actor() {
        return site.session().actor();
    }

    public CTabFolder control() {
        return root;
    }

    public DataTable<BoardEntry> board() {
        return board;
    }

    public DataTable<DemandFigure> figures() {
        return figures;
    }

    /** Sets the filters as a user would. */
    public void setFilters(Long unitId, FigureDimension dimension, String fromText, String toText) {
        unit.select(unitId);
        by.select(dimension);
        from.setText(fromText == null ? "" : fromText);
        to.setText(toText == null ? "" : toText);
    }

    public void reload() {
        Long u = unit.value();
        Actor a = actor();
        board.load(t.get("supervision.reading"), monitor -> supervision.board(a, u));
    }

    public void loadFigures() {
        LocalDate f;
        LocalDate e;
        try {
            f = Strings.blank(from.getText()) ? null : LocalDate.parse(from.getText().strip());
            e = Strings.blank(to.getText()) ? null : LocalDate.parse(to.getText().strip());
        } catch (DateTimeParseException ex) {
            site.showError(new ValidationException("from", DemandsUi.MESSAGES.text("error.date")));
            return;
        }
        FiguresQuery q = new FiguresQuery(unit.value(), f, e, by.value());
        Actor a = actor();
        figures.load(t.get("supervision.reading"), monitor -> supervision.figures(a, q));
    }

    @Override
    public void setFocus() {
        board.filterBox().setFocus();
    }
}
