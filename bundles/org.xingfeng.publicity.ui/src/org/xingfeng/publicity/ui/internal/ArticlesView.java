package org.xingfeng.publicity.ui.internal;

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
import org.xingfeng.platform.api.PageRequest;
import org.xingfeng.platform.api.org.OrgService;
import org.xingfeng.platform.api.time.BureauTime;
import org.xingfeng.platform.ui.ContributedView;
import org.xingfeng.platform.ui.ViewSite;
import org.xingfeng.platform.ui.widgets.BarChart;
import org.xingfeng.platform.ui.widgets.ChoiceBox;
import org.xingfeng.platform.ui.widgets.DataTable;
import org.xingfeng.platform.ui.widgets.Texts;
import org.xingfeng.publicity.api.articles.Article;
import org.xingfeng.publicity.api.articles.ArticleQuery;
import org.xingfeng.publicity.api.articles.ArticleService;
import org.xingfeng.publicity.api.articles.PersonStanding;

/**
 * 宣传稿件与积分: a year's articles of a unit (and those below it) with their level, authors and each author's points,
 * and the year's leaderboard per person with a chart of the best twenty. Both tables export to XLSX; the leaderboard's
 * export is the yearly assessment's sheet as shown.
 */
public class ArticlesView implements ContributedView {

    static final int CHART_BARS = 20;

    private final ViewSite site;
    private final ArticleService articles;
    private final Texts t;
    private final CTabFolder root;
    private final Spinner year;
    private final ChoiceBox<Long> unit;
    private final DataTable<Article> log;
    private final DataTable<PersonStanding> board;
    private final BarChart chart;

    public ArticlesView(Composite parent, ViewSite site, ArticleService articles, OrgService org, BureauTime time) {
        this.site = site;
        this.articles = articles;
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
