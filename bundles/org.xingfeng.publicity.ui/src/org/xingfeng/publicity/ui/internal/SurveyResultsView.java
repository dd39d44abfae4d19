package org.xingfeng.publicity.ui.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.CTabFolder;
import org.eclipse.swt.custom.CTabItem;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.custom.ScrolledComposite;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.xingfeng.platform.api.Actor;
import org.xingfeng.platform.api.XingfengException;
import org.xingfeng.platform.api.PageRequest;
import org.xingfeng.platform.api.org.OrgService;
import org.xingfeng.platform.ui.ContributedView;
import org.xingfeng.platform.ui.ViewSite;
import org.xingfeng.platform.ui.widgets.Choice;
import org.xingfeng.platform.ui.widgets.ChoiceBox;
import org.xingfeng.platform.ui.widgets.DataTable;
import org.xingfeng.platform.ui.widgets.HorizontalBars;
import org.xingfeng.platform.ui.widgets.Texts;
import org.xingfeng.publicity.api.surveys.AreaComparison;
import org.xingfeng.publicity.api.surveys.AreaStats;
import org.xingfeng.publicity.api.surveys.AwarenessChange;
import org.xingfeng.publicity.api.surveys.Finding;
import org.xingfeng.publicity.api.surveys.FindingService;
import org.xingfeng.publicity.api.surveys.QuestionStats;
import org.xingfeng.publicity.api.surveys.QuestionType;
import org.xingfeng.publicity.api.surveys.Survey;
import org.xingfeng.publicity.api.surveys.SurveyQuery;
import org.xingfeng.publicity.api.surveys.SurveyFindings;
import org.xingfeng.publicity.api.surveys.SurveyService;

/**
 * 调查结果: a survey's figures for an area (all the areas in reach, or one and those below it). Per question a
 * horizontal bar of each option's or rating's count, the mean rating, the awareness rate of a policy question and the
 * texts given; per policy question and area the awareness rate (知晓率); with an earlier round chosen, the awareness
 * before and after per area and question; the round's findings (问题与整改: an area's awareness or satisfaction below
 * the configured threshold), which an editor makes rectification tasks of the evaluations module. Every figure is the
 * server's; the tables, the results and the findings export to XLSX.
 */
public class SurveyResultsView implements ContributedView {

    /** A policy question's awareness in an area (a row of the 知晓率 table). */
    public record Awareness(String area, String key, String text, int answered, Integer aware, BigDecimal rate) {
    }

    /** A policy question's awareness in two rounds in an area (a row of the comparison). */
    public record Change(String area, int responsesBefore, int responsesAfter, String key, String text,
            BigDecimal before, BigDecimal after, BigDecimal change) {
    }

    private final ViewSite site;
    private final SurveyService surveys;
    private final FindingService findingService;
    private final Texts t;
    private final Composite page;
    private final ChoiceBox<Long> survey;
    private final ChoiceBox<Long> area;
    private final ChoiceBox<Long> earlier;
    private final Label summary;
    private final CTabFolder tabs;
    private final ScrolledComposite scroll;
    private final Composite charts;
    private final DataTable<Awareness> awareness;
    private final DataTable<Change> comparison;
    private final HorizontalBars comparisonBars;
    private final Button exportButton;
    private final Label findingsHint;
    private final Label rectifyNote;
    private final Label rectifyOutcome;
    private final DataTable<Finding> findings;
    private final Button rectifyButton;
    private final Button findingsExport;
    private final List<HorizontalBars> questionBars = new ArrayList<>();
    private final List<org.eclipse.swt.widgets.List> textLists = new ArrayList<>();
    private final List<Choice<Long>> areas;
    private List<Survey> all = List.of();
    private Survey shown;
    private List<AreaStats> results = List.of();
    private List<AreaComparison> compared = List.of();
    private SurveyFindings found;
    private Long outcomeOf;

    public SurveyResultsView(Composite parent, ViewSite site, SurveyService surveys, FindingService findingService,
            OrgService org) {
        this.site = site;
        this.surveys = surveys;
        this.findingService = findingService;
        this.t = Texts.of(site, SurveyResultsView.class);
        page = new Composite(parent, SWT.NONE);
        page.setLayout(new GridLayout(1, false));
        Composite bar = new Composite(page, SWT.NONE);
        bar.setLayout(new GridLayout(9, false));
        new Label(bar, SWT.NONE).setText(t.get("survey.title"));
        survey = new ChoiceBox<>(bar, List.of(), 360);
        new Label(bar, SWT.NONE).setText(t.get("results.area"));
        areas = PublicityUi.units(t, org, actor());
        area = new ChoiceBox<>(bar, areas, 180);
        new Label(bar, SWT.NONE).setText(t.get("results.earlier"));
        earlier = new ChoiceBox<>(bar, List.of(), 240);
        Button show = new Button(bar, SWT.PUSH);
        show.setText(t.get("search"));
        show.addListener(SWT.Selection, e -> reload());
        exportButton = new Button(bar, SWT.PUSH);
        exportButton.setText(t.get("results.export"));
        exportButton.addListener(SWT.Selection, e -> export());
        Button compareExport = new Button(bar, SWT.PUSH);
        compareExport.setText(t.get("results.exportComparison"));
        compareExport.addListener(SWT.Selection, e -> exportComparison());
        summary = new Label(page, SWT.NONE);
        summary.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));

        tabs = new CTabFolder(page, SWT.BORDER);
        tabs.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        scroll = new ScrolledComposite(tabs, SWT.V_SCROLL | SWT.H_SCROLL);
        charts = new Composite(scroll, SWT.NONE);
        charts.setBackground(page.getDisplay().getSystemColor(SWT.COLOR_WHITE));
        charts.setLayout(new GridLayout(1, false));
        scroll.setContent(charts);
        scroll.setExpandHorizontal(true);
        scroll.setExpandVertical(true);
        tab(t.get("results.questions"), scroll);
        awareness = new DataTable<>(tabs, site, t.get("results.awareness"), List.of(
                PublicityUi.<Awareness>column(t, "results.area", Awareness::area).width(160),
                PublicityUi.<Awareness>column(t, "question.key", Awareness::key).width(60),
                PublicityUi.<Awareness>column(t, "question.text", Awareness::text).width(300),
                PublicityUi.<Awareness>column(t, "results.answered", Awareness::answered).width(70),
                PublicityUi.<Awareness>column(t, "results.aware", Awareness::aware).width(70),
                PublicityUi.<Awareness>column(t, "results.rate", a -> percent(a.rate())).width(80)));
        tab(t.get("results.awareness"), awareness.control());
        SashForm cmp = new SashForm(tabs, SWT.VERTICAL);
        comparison = new DataTable<>(cmp, site, t.get("results.comparison"), List.of(
                PublicityUi.<Change>column(t, "results.area", Change::area).width(160),
                PublicityUi.<Change>column(t, "results.responsesBefore", Change::responsesBefore).width(80),
                PublicityUi.<Change>column(t, "results.responsesAfter", Change::responsesAfter).width(80),
                PublicityUi.<Change>column(t, "question.key", Change::key).width(60),
                PublicityUi.<Change>column(t, "question.text", Change::text).width(260),
                PublicityUi.<Change>column(t, "results.before", c -> percent(c.before())).width(80),
                PublicityUi.<Change>column(t, "results.after", c -> percent(c.after())).width(80),
                PublicityUi.<Change>column(t, "results.change", c -> points(c.change())).width(90)));
        comparisonBars = new HorizontalBars(cmp);
        cmp.setWeights(3, 2);
        tab(t.get("results.comparison"), cmp);
        Composite fp = new Composite(tabs, SWT.NONE);
        fp.setLayout(new GridLayout(1, false));
        findingsHint = new Label(fp, SWT.WRAP);
        findingsHint.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        rectifyNote = new Label(fp, SWT.WRAP);
        rectifyNote.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        rectifyOutcome = new Label(fp, SWT.WRAP);
        rectifyOutcome.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        line(rectifyNote, "");
        line(rectifyOutcome, "");
        findings = new DataTable<>(fp, site, t.get("results.findings"), List.of(
                PublicityUi.<Finding>column(t, "results.area", Finding::areaName).width(160),
                PublicityUi.<Finding>column(t, "question.key", Finding::questionKey).width(60),
                PublicityUi.<Finding>column(t, "question.text", Finding::questionText).width(280),
                PublicityUi.<Finding>column(t, "finding.measure", f -> PublicityUi.label(t, f.measure())).width(70),
                PublicityUi.<Finding>column(t, "finding.rate", f -> percent(f.rate())).width(70),
                PublicityUi.<Finding>column(t, "finding.threshold", f -> percent(f.threshold())).width(70),
                PublicityUi.<Finding>column(t, "results.answered", Finding::answered).width(60),
                PublicityUi.<Finding>column(t, "finding.task", f -> f.taskId() == null ? "" : f.taskId())
                        .width(90)));
        findings.control().setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        rectifyButton = findings.addButton(t.get("finding.rectify"), this::rectifySelected);
        rectifyButton.setEnabled(false);
        findingsExport = findings.addButton(t.get("finding.export"), this::exportFindings);
        findings.onSelection(f -> enableRectify());
        tab(t.get("results.findings"), fp);
        tabs.setSelection(0);
        survey.onChange(this::fillEarlier);
        readSurveys();
    }

    private void tab(String label, Control control) {
        CTabItem item = new CTabItem(tabs, SWT.NONE);
        item.setText(label);
        item.setControl(control);
    }

    private Actor actor() {
        return site.session().actor();
    }

    /** The surveys in reach as choices (newest first, as the service lists them), then the first one's results. */
    public void readSurveys() {
        site.run(t.get("reading"), monitor -> surveys.surveys(actor(), SurveyQuery.ALL, PageRequest.ALL).items(),
                list -> {
                    if (page.isDisposed()) {
                        return;
                    }
                    all = list;
                    survey.setOptions(list.stream()
                            .map(s -> new Choice<>(s.id(), s.title() + "（" + PublicityUi.label(t, s.state()) + "）"))
                            .toList(), survey.value());
                    fillEarlier();
                    reload();
                });
    }

    private void fillEarlier() {
        Long chosen = survey.value();
        List<Choice<Long>> options = new ArrayList<>();
        options.add(new Choice<>(null, t.get("results.noEarlier")));
        all.stream().filter(s -> !Objects.equals(s.id(), chosen))
                .forEach(s -> options.add(new Choice<>(s.id(), s.title())));
        earlier.setOptions(options, earlier.value());
    }

    /** Chooses the survey, the area and the earlier round as a user would, then shows them. */
    public void show(long surveyId, Long areaUnitId, Long earlierId) {
        survey.select(surveyId);
        fillEarlier();
        area.select(areaUnitId);
        earlier.select(earlierId);
        reload();
    }

    /** Reads the chosen survey's results (and the comparison with the earlier round) and shows them. */
    public void reload() {
        Long id = survey.value();
        if (id == null) {
            return;
        }
        Long a = area.value();
        Long before = earlier.value();
        site.run(t.get("reading"), monitor -> {
            Survey s = surveys.survey(actor(), id).orElseThrow();
            List<AreaStats> r = surveys.results(actor(), id, a);
            List<AreaComparison> c = before == null ? List.<AreaComparison>of()
                    : surveys.compare(actor(), before, id, a);
            return new Object[] { s, r, c, findingService.findings(actor(), id, a) };
        }, got -> {
            if (page.isDisposed()) {
                return;
            }
            shown = (Survey) got[0];
            @SuppressWarnings("unchecked")
            List<AreaStats> r = (List<AreaStats>) got[1];
            @SuppressWarnings("unchecked")
            List<AreaComparison> c = (List<AreaComparison>) got[2];
            results = r;
            compared = c;
            showResults();
            showComparison();
            showFindings((SurveyFindings) got[3]);
        });
    }

    /** The round's findings as the server gives them, weakest first, and whether this user can rectify them now. */
    private void showFindings(SurveyFindings f) {
        found = f;
        if (!Objects.equals(outcomeOf, f.surveyId())) {
            line(rectifyOutcome, ""); // the last outcome was another survey's
        }
        findingsHint.setText(t.get("finding.hint", percent(f.awarenessThreshold()),
                percent(f.satisfactionThreshold()), f.minAnswers(), f.findings().size()));
        findings.setRows(f.findings());
        String note = "";
        if (!f.rectificationAvailable()) {
            note = t.get("finding.unavailable");
        } else if (!PublicityUi.editor(site)) {
            note = t.get("finding.editorsOnly");
        }
        line(rectifyNote, note);
        enableRectify();
        findingsHint.getParent().layout(true, true);
    }

    /** A line of the findings tab: shown with its text, taking no room while it has none. */
    private static void line(Label label, String text) {
        label.setText(text);
        label.setVisible(!text.isEmpty());
        ((GridData) label.getLayoutData()).exclude = text.isEmpty();
    }

    /** 生成整改任务: for an editor, while the evaluations module is there, with a chosen finding that has no task yet. */
    private void enableRectify() {
        rectifyButton.setEnabled(found != null && found.rectificationAvailable() && PublicityUi.editor(site)
                && findings.selection().stream().anyMatch(f -> f.taskId() == null));
    }

    /**
     * Makes a rectification task of each chosen finding without one, one after the other; a refusal (made already,
     * the evaluations module's role or reach) is shown as the server's message beside the tasks made, and the list is
     * read again either way.
     */
    public void rectifySelected() {
        List<Finding> chosen = findings.selection().stream().filter(f -> f.taskId() == null).toList();
        if (chosen.isEmpty() || !PublicityUi.editor(site)) {
            return;
        }
        site.run(t.get("finding.rectifying"), monitor -> {
            List<String> lines = new ArrayList<>();
            boolean[] refused = { false };
            for (Finding f : chosen) {
                String what = t.get("finding.which", f.areaName(), f.questionKey(), PublicityUi.label(t, f.measure()));
                try {
                    Finding done = findingService.rectify(actor(), f.surveyId(), f.areaUnitId(), f.questionKey(),
                            f.measure());
                    lines.add(t.get("finding.made", what, done.taskId()));
                } catch (XingfengException e) {
                    lines.add(t.get("finding.refused", what, e.message(t.locale())));
                    refused[0] = true;
                }
            }
            return new Object[] { lines, refused[0] };
        }, got -> {
            if (page.isDisposed()) {
                return;
            }
            @SuppressWarnings("unchecked")
            List<String> lines = (List<String>) got[0];
            rectifyOutcome.setForeground(page.getDisplay()
                    .getSystemColor((Boolean) got[1] ? SWT.COLOR_DARK_RED : SWT.COLOR_DARK_GREEN));
            outcomeOf = chosen.get(0).surveyId();
            line(rectifyOutcome, String.join("\n", lines));
            site.status(String.join("；", lines));
            reload();
        });
    }

    /** The findings shown as the service's sheet (调查发现), saved as XLSX. */
    public void exportFindings() {
        if (shown != null && found != null) {
            site.exportXlsx(findingService.table(shown, found.findings()));
        }
    }

    private void showResults() {
        for (Control c : charts.getChildren()) {
            c.dispose();
        }
        questionBars.clear();
        textLists.clear();
        AreaStats top = results.isEmpty() ? null : results.get(0);
        summary.setText(top == null ? ""
                : t.get("results.summary", shown.title(), areaName(top),
                        top.responses(), top.paper(), percent(top.awarenessRate())));
        if (top != null) {
            int n = 0;
            for (QuestionStats q : top.questions()) {
                n++;
                Label head = new Label(charts, SWT.WRAP);
                head.setBackground(charts.getBackground());
                head.setText(headline(n, q));
                head.setFont(org.eclipse.jface.resource.JFaceResources.getBannerFont());
                head.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
                if (q.type() == QuestionType.TEXT) {
                    org.eclipse.swt.widgets.List texts = new org.eclipse.swt.widgets.List(charts,
                            SWT.BORDER | SWT.V_SCROLL);
                    q.texts().forEach(texts::add);
                    GridData d = new GridData(SWT.FILL, SWT.TOP, true, false);
                    d.heightHint = Math.min(8, Math.max(2, q.texts().size())) * texts.getItemHeight() + 6;
                    texts.setLayoutData(d);
                    textLists.add(texts);
                } else {
                    HorizontalBars bars = new HorizontalBars(charts);
                    bars.setBars(bars(q), false);
                    GridData d = new GridData(SWT.FILL, SWT.TOP, true, false);
                    d.heightHint = bars.height();
                    bars.control().setLayoutData(d);
                    questionBars.add(bars);
                }
            }
        }
        scroll.setMinSize(charts.computeSize(Math.max(400, scroll.getClientArea().width), SWT.DEFAULT));
        charts.layout(true, true);
        List<Awareness> rows = new ArrayList<>();
        for (AreaStats s : results) {
            String name = s.areaUnitId() == null ? t.get("results.allAreas") : s.areaName();
            for (QuestionStats q : s.questions()) {
                if (q.aware() != null || q.awarenessRate() != null) {
                    rows.add(new Awareness(name, q.key(), q.text(), q.answered(), q.aware(), q.awarenessRate()));
                }
            }
        }
        awareness.setRows(rows);
    }

    /** The area of the figures: the one they are of, else the one chosen (the areas below it together). */
    private String areaName(AreaStats s) {
        if (s.areaName() != null) {
            return s.areaName();
        }
        Long chosen = area.value();
        return areas.stream().filter(c -> Objects.equals(c.value(), chosen)).map(Choice::label).findFirst()
                .orElse(t.get("all"));
    }

    /** "3. 您对医保经办服务的满意程度　作答 12　平均 4.25" (with the awareness rate of a policy question). */
    private String headline(int n, QuestionStats q) {
        StringBuilder s = new StringBuilder(n + ". " + q.text() + "　" + t.get("results.answeredN", q.answered()));
        if (q.mean() != null) {
            s.append("　").append(t.get("results.mean", q.mean().setScale(2, java.math.RoundingMode.HALF_UP)));
        }
        if (q.awarenessRate() != null) {
            s.append("　").append(t.get("results.rateN", percent(q.awarenessRate())));
        }
        return s.toString();
    }

    /** A question's bars: the server's count of each option, rating or yes/no, labelled as the respondent saw them. */
    List<HorizontalBars.Bar> bars(QuestionStats q) {
        Survey s = shown;
        List<String> labels = new ArrayList<>();
        var question = s.questions().stream().filter(x -> x.key().equals(q.key())).findFirst().orElse(null);
        for (int i = 0; i < q.counts().size(); i++) {
            String label;
            if (q.type() == QuestionType.YES_NO) {
                label = t.get(i == 0 ? "survey.yes" : "survey.no");
            } else if (q.type() == QuestionType.RATING) {
                label = t.get("results.points", i + 1);
            } else {
                label = question != null && i < question.options().size() ? question.options().get(i)
                        : String.valueOf(i + 1);
            }
            labels.add(label);
        }
        List<HorizontalBars.Bar> out = new ArrayList<>();
        for (int i = 0; i < q.counts().size(); i++) {
            int c = q.counts().get(i);
            out.add(new HorizontalBars.Bar(labels.get(i), c, String.valueOf(c)));
        }
        return out;
    }

    private void showComparison() {
        List<Change> rows = new ArrayList<>();
        List<HorizontalBars.Bar> bars = new ArrayList<>();
        for (AreaComparison a : compared) {
            String name = a.areaUnitId() == null ? t.get("results.allAreas") : a.areaName();
            rows.add(new Change(name, a.responsesBefore(), a.responsesAfter(), "", t.get("results.overall"),
                    a.before(), a.after(), a.change()));
            for (AwarenessChange q : a.questions()) {
                rows.add(new Change(name, q.answeredBefore(), q.answeredAfter(), q.key(), q.text(), q.before(),
                        q.after(), q.change()));
                if (a.areaUnitId() == null) {
                    bars.add(rateBar(q.key() + " " + t.get("results.before"), q.before()));
                    bars.add(rateBar(q.key() + " " + t.get("results.after"), q.after()));
                }
            }
        }
        comparison.setRows(rows);
        comparisonBars.setBars(bars, true);
    }

    private static HorizontalBars.Bar rateBar(String label, BigDecimal rate) {
        return new HorizontalBars.Bar(label, rate == null ? 0 : rate.doubleValue(), percent(rate));
    }

    /** 0.7523 as "75.2%" (the server's rate, shown), "—" when there is none. */
    static String percent(BigDecimal rate) {
        return rate == null ? "—" : rate.movePointRight(2).setScale(1, java.math.RoundingMode.HALF_UP) + "%";
    }

    /** A change of rate in percentage points, signed. */
    static String points(BigDecimal change) {
        if (change == null) {
            return "—";
        }
        BigDecimal p = change.movePointRight(2).setScale(1, java.math.RoundingMode.HALF_UP);
        return (p.signum() > 0 ? "+" : "") + p.toPlainString();
    }

    /** The results shown as the service's sheet (统计结果), saved as XLSX. */
    public void export() {
        if (shown != null) {
            site.exportXlsx(surveys.resultsTable(shown, results));
        }
    }

    /** The comparison shown as the service's sheet, saved as XLSX. */
    public void exportComparison() {
        Long before = earlier.value();
        if (shown != null && before != null) {
            Survey b = surveys.survey(actor(), before).orElseThrow();
            site.exportXlsx(surveys.comparisonTable(b, shown, compared));
        }
    }

    public List<HorizontalBars> questionBars() {
        return questionBars;
    }

    public List<org.eclipse.swt.widgets.List> textLists() {
        return textLists;
    }

    public DataTable<Awareness> awareness() {
        return awareness;
    }

    public DataTable<Change> comparison() {
        return comparison;
    }

    public HorizontalBars comparisonBars() {
        return comparisonBars;
    }

    public List<AreaStats> results() {
        return results;
    }

    public Label summary() {
        return summary;
    }

    public DataTable<Finding> findings() {
        return findings;
    }

    public SurveyFindings shownFindings() {
        return found;
    }

    public Button rectifyButton() {
        return rectifyButton;
    }

    public Button findingsExportButton() {
        return findingsExport;
    }

    /** Why 生成整改任务 is not offered ("" when it is). */
    public Label rectifyNote() {
        return rectifyNote;
    }

    /** The outcome of the last 生成整改任务: the tasks made and the server's refusals. */
    public Label rectifyOutcome() {
        return rectifyOutcome;
    }

    public Label findingsHint() {
        return findingsHint;
    }

    /** Shows a tab: 0 the questions, 1 the awareness per area, 2 the comparison, 3 the findings. */
    public void showTab(int index) {
        tabs.setSelection(index);
    }

    @Override
    public void setFocus() {
        survey.control().setFocus();
    }
}
