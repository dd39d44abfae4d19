package org.xingfeng.publicity.ui.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.CTabFolder;
import org.eclipse.swt.custom.CTabItem;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Spinner;
import org.xingfeng.platform.api.Actor;
import org.xingfeng.platform.api.FieldError;
import org.xingfeng.platform.api.PageRequest;
import org.xingfeng.platform.api.ValidationException;
import org.xingfeng.platform.api.org.OrgService;
import org.xingfeng.platform.api.org.Staff;
import org.xingfeng.platform.api.org.StaffQuery;
import org.xingfeng.platform.api.time.BureauTime;
import org.xingfeng.platform.ui.ContributedView;
import org.xingfeng.platform.ui.ViewSite;
import org.xingfeng.platform.ui.widgets.BarChart;
import org.xingfeng.platform.ui.widgets.Choice;
import org.xingfeng.platform.ui.widgets.ChoiceBox;
import org.xingfeng.platform.ui.widgets.DataTable;
import org.xingfeng.platform.ui.widgets.FormDialog;
import org.xingfeng.platform.ui.widgets.Texts;
import org.xingfeng.publicity.api.articles.Article;
import org.xingfeng.publicity.api.articles.ArticleDraft;
import org.xingfeng.publicity.api.articles.ArticleQuery;
import org.xingfeng.publicity.api.articles.ArticleService;
import org.xingfeng.publicity.api.articles.MediaLevel;
import org.xingfeng.publicity.api.articles.PersonStanding;
import org.xingfeng.publicity.api.articles.PointsTable;

/**
 * 宣传稿件与积分: a year's articles of a unit (and those below it) with their level, authors and each author's points,
 * and the year's leaderboard per person with a chart of the best twenty. Both tables export to XLSX; the leaderboard's
 * export is the yearly assessment's sheet as shown.
 */
public class ArticlesView implements ContributedView {

    static final int CHART_BARS = 20;
    /** Author fields in the entry form (the service takes up to ten; five cover the articles seen). */
    static final int AUTHOR_FIELDS = 5;

    private final ViewSite site;
    private final ArticleService articles;
    private final OrgService org;
    private final Texts t;
    private final CTabFolder root;
    private final Spinner year;
    private final ChoiceBox<Long> unit;
    private final DataTable<Article> log;
    private final DataTable<PersonStanding> board;
    private final BarChart chart;
    private final Button newButton;
    private final java.util.Map<Long, String> staffNames = new java.util.HashMap<>();
    private String sharesShown = "";

    public ArticlesView(Composite parent, ViewSite site, ArticleService articles, OrgService org, BureauTime time) {
        this.site = site;
        this.articles = articles;
        this.org = org;
        this.t = Texts.of(site, ArticlesView.class);
        Composite page = new Composite(parent, SWT.NONE);
        page.setLayout(new GridLayout(1, false));
        Composite bar = new Composite(page, SWT.NONE);
        bar.setLayout(new GridLayout(5, false));
        new Label(bar, SWT.NONE).setText(t.get("year"));
        year = new Spinner(bar, SWT.BORDER);
        year.setValues(time.today().getYear(), 2000, 2999, 0, 1, 1);
        new Label(bar, SWT.NONE).setText(t.get("unit"));
        unit = new ChoiceBox<>(bar, PublicityUi.units(t, org, actor()), 200);
        Button show = new Button(bar, SWT.PUSH);
        show.setText(t.get("search"));
        show.addListener(SWT.Selection, e -> reload());

        root = new CTabFolder(page, SWT.BORDER);
        root.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        Composite logPage = new Composite(root, SWT.NONE);
        logPage.setLayout(new GridLayout(1, false));
        CTabItem logTab = new CTabItem(root, SWT.NONE);
        logTab.setText(t.get("articles.log"));
        logTab.setControl(logPage);
        log = new DataTable<>(logPage, site, t.get("articles.log"), List.of(
                PublicityUi.<Article>column(t, "article.publishedOn", Article::publishedOn).width(90),
                PublicityUi.<Article>column(t, "article.title", Article::title).width(260),
                PublicityUi.<Article>column(t, "article.outlet", Article::outlet).width(140),
                PublicityUi.<Article>column(t, "article.level", a -> PublicityUi.label(t, a.level())).width(70),
                PublicityUi.<Article>column(t, "article.unit", Article::unitName).width(140),
                PublicityUi.<Article>column(t, "article.authors", a -> a.authors().stream()
                        .map(x -> x.name() + " " + PublicityUi.points(x.points())).collect(Collectors.joining("、")))
                        .width(220),
                PublicityUi.<Article>column(t, "article.points", a -> PublicityUi.points(a.points())).width(60)));
        log.control().setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        newButton = log.addButton(t.get("article.new"), this::newArticleDialog);
        newButton.setEnabled(PublicityUi.editor(site));

        SashForm boardPage = new SashForm(root, SWT.VERTICAL);
        CTabItem boardTab = new CTabItem(root, SWT.NONE);
        boardTab.setText(t.get("articles.board"));
        boardTab.setControl(boardPage);
        chart = new BarChart(boardPage, t.locale());
        board = new DataTable<>(boardPage, site, t.get("articles.board"), List.of(
                PublicityUi.<PersonStanding>column(t, "board.rank", PersonStanding::rank).width(50),
                PublicityUi.<PersonStanding>column(t, "board.staffNumber", PersonStanding::staffNumber).width(80),
                PublicityUi.<PersonStanding>column(t, "board.name", PersonStanding::name).width(90),
                PublicityUi.<PersonStanding>column(t, "article.unit", PersonStanding::unitName).width(140),
                PublicityUi.<PersonStanding>column(t, "board.section", PersonStanding::sectionName).width(100),
                PublicityUi.<PersonStanding>column(t, "board.articles", PersonStanding::articles).width(60),
                PublicityUi.<PersonStanding>column(t, "MediaLevel.NATIONAL", PersonStanding::national).width(60),
                PublicityUi.<PersonStanding>column(t, "MediaLevel.PROVINCIAL", PersonStanding::provincial).width(60),
                PublicityUi.<PersonStanding>column(t, "MediaLevel.CITY", PersonStanding::city).width(60),
                PublicityUi.<PersonStanding>column(t, "MediaLevel.COUNTY", PersonStanding::county).width(60),
                PublicityUi.<PersonStanding>column(t, "article.points", p -> PublicityUi.points(p.points()))
                        .width(70)));
        boardPage.setWeights(2, 3);
        root.setSelection(logTab);
        reload();
    }

    private Actor actor() {
        return site.session().actor();
    }

    /** Sets the filters as a user would. */
    public void setFilters(int y, Long unitId) {
        year.setSelection(y);
        unit.select(unitId);
    }

    public void reload() {
        int y = year.getSelection();
        Long u = unit.value();
        log.load(t.get("reading"), monitor -> articles
                .articles(actor(), new ArticleQuery(u, y, null, null, null), PageRequest.ALL).items());
        site.run(t.get("reading"), monitor -> articles.leaderboard(actor(), y, u), rows -> {
            if (root.isDisposed()) {
                return;
            }
            board.setRows(rows);
            chart.setTitle(t.get("board.chart", y));
            chart.setValueFormat(v -> String.format("%.2f", v));
            List<BarChart.Bar> bars = rows.stream().limit(CHART_BARS)
                    .map(p -> new BarChart.Bar(p.name(), p.points().doubleValue())).toList();
            chart.setRange(0, PublicityUi.top(bars.stream().map(BarChart.Bar::value).toList()));
            chart.setBars(bars);
        });
    }

    /**
     * 登记稿件: unit, title, outlet, level, date, link and up to {@value #AUTHOR_FIELDS} authors among the staff of the
     * unit and below, first author first; the points each will get are shown as they are chosen. The service's refusals
     * are marked on their fields; on success the log is read again.
     */
    public void newArticleDialog() {
        if (!PublicityUi.editor(site)) {
            return;
        }
        List<Choice<Long>> units = PublicityUi.unitChoices(t, org, actor());
        Long first = unit.value() != null ? unit.value() : units.isEmpty() ? null : units.get(0).value();
        PointsTable points = articles.points();
        List<Choice<Long>> staff = staff(first);
        sharesShown = t.get("article.sharesNone");
        FormDialog d = new FormDialog(site, t.get("article.newTitle"), sharesShown)
                .choice("unitId", t.get("article.unit"), units, first)
                .text("title", t.get("article.title"), "")
                .text("outlet", t.get("article.outlet"), "")
                .choice("level", t.get("article.level"), PublicityUi.choices(t, MediaLevel.values(), false),
                        MediaLevel.COUNTY)
                .text("publishedOn", t.get("article.publishedOn"), site.time().today().toString())
                .text("link", t.get("article.link"), "");
        for (int i = 0; i < AUTHOR_FIELDS; i++) {
            d.choice(author(i), t.get("article.author", i + 1), staff, null);
        }
        d.onChange("unitId", () -> {
            List<Choice<Long>> inUnit = staff(d.choice("unitId"));
            for (int i = 0; i < AUTHOR_FIELDS; i++) {
                Long chosen = d.choice(author(i));
                d.setChoices(author(i), inUnit,
                        inUnit.stream().anyMatch(c -> java.util.Objects.equals(c.value(), chosen)) ? chosen : null);
            }
            showShares(d, points);
        });
        d.onChange("level", () -> showShares(d, points));
        for (int i = 0; i < AUTHOR_FIELDS; i++) {
            d.onChange(author(i), () -> showShares(d, points));
        }
        d.onSave(f -> {
            List<Integer> fields = new ArrayList<>();
            List<Long> ids = new ArrayList<>();
            for (int i = 0; i < AUTHOR_FIELDS; i++) {
                Long a = f.choice(author(i));
                if (a != null) {
                    fields.add(i);
                    ids.add(a);
                }
            }
            ArticleDraft draft = new ArticleDraft(f.choice("unitId"), f.text("title").strip(), f.text("outlet").strip(),
                    f.choice("level"), PublicityUi.date("publishedOn", f.text("publishedOn")),
                    PublicityUi.blankToNull(f.text("link")), ids);
            try {
                articles.create(actor(), draft);
            } catch (ValidationException e) {
                throw onAuthorFields(e, fields);
            }
        });
        if (d.open() == FormDialog.OK) {
            site.status(t.get("article.saved"));
            reload();
        }
    }

    static String author(int i) {
        return "authorIds[" + i + "]";
    }

    /** The service names the i-th author of the list sent; the form's field is the i-th chosen one (gaps skipped). */
    static ValidationException onAuthorFields(ValidationException e, List<Integer> fields) {
        List<FieldError> details = new ArrayList<>();
        for (FieldError fe : e.details()) {
            String field = fe.field();
            if ("authorIds".equals(field)) {
                field = author(0);
            } else if (field != null && field.startsWith("authorIds[")) {
                int i = Integer.parseInt(field.substring("authorIds[".length(), field.length() - 1));
                field = author(i < fields.size() ? fields.get(i) : 0);
            }
            details.add(new FieldError(field, fe.row(), fe.message(), fe.text()));
        }
        return details.isEmpty() ? e : ValidationException.of(details);
    }

    private List<Choice<Long>> staff(Long unitId) {
        List<Choice<Long>> out = new ArrayList<>();
        out.add(new Choice<>(null, "—"));
        if (unitId != null) {
            // the staff list's unit filter is that unit alone: each unit of the subtree is asked for its own
            PublicityUi.subtree(org.units(actor()), unitId).stream()
                    .flatMap(u -> org.staff(actor(), new StaffQuery(u, null, null, true, null), PageRequest.ALL)
                            .items().stream())
                    .sorted(Comparator.comparing(Staff::staffNumber))
                    .forEach(x -> {
                        staffNames.put(x.id(), x.name());
                        out.add(new Choice<>(x.id(), x.name() + " " + x.staffNumber()));
                    });
        }
        return out;
    }

    /** The chosen authors with the points each will get, in the form's message line. */
    private void showShares(FormDialog d, PointsTable points) {
        List<String> names = new ArrayList<>();
        for (int i = 0; i < AUTHOR_FIELDS; i++) {
            Long a = d.choice(author(i));
            if (a != null) {
                names.add(staffNames.getOrDefault(a, ""));
            }
        }
        sharesShown = shares(t, points, d.choice("level"), names);
        d.setMessage(sharesShown);
    }

    /** "张宣 5.00、李传 5.00（省级 10 分，平均分配）", or a hint while no author is chosen. */
    static String shares(Texts t, PointsTable points, MediaLevel level, List<String> names) {
        if (names.isEmpty() || level == null) {
            return t.get("article.sharesNone");
        }
        List<BigDecimal> each = points.shares(level, names.size());
        List<String> parts = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            parts.add(names.get(i) + " " + PublicityUi.points(each.get(i)));
        }
        return t.get("article.shares", String.join("、", parts), PublicityUi.label(t, level),
                points.points().getOrDefault(level, 0), PublicityUi.label(t, points.shareRule()));
    }

    /** The points shown in the open entry form (what the authors will get). */
    public String sharesShown() {
        return sharesShown;
    }

    public Button newButton() {
        return newButton;
    }

    public DataTable<Article> log() {
        return log;
    }

    public DataTable<PersonStanding> board() {
        return board;
    }

    public BarChart chart() {
        return chart;
    }

    public void showBoard() {
        root.setSelection(1);
    }

    @Override
    public void setFocus() {
        log.filterBox().setFocus();
    }
}
