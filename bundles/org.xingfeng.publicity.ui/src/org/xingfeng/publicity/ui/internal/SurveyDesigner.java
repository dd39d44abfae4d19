package org.xingfeng.publicity.ui.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.CTabFolder;
import org.eclipse.swt.custom.CTabItem;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.layout.RowLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Spinner;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;
import org.xingfeng.platform.api.Actor;
import org.xingfeng.platform.api.FieldError;
import org.xingfeng.platform.api.ValidationException;
import org.xingfeng.platform.api.org.OrgService;
import org.xingfeng.platform.ui.ViewSite;
import org.xingfeng.platform.ui.widgets.Choice;
import org.xingfeng.platform.ui.widgets.FormDialog;
import org.xingfeng.platform.ui.widgets.Texts;
import org.xingfeng.publicity.api.surveys.CodeBatch;
import org.xingfeng.publicity.api.surveys.Condition;
import org.xingfeng.publicity.api.surveys.Question;
import org.xingfeng.publicity.api.surveys.QuestionType;
import org.xingfeng.publicity.api.surveys.Quota;
import org.xingfeng.publicity.api.surveys.Survey;
import org.xingfeng.publicity.api.surveys.SurveyDraft;
import org.xingfeng.publicity.api.surveys.SurveyKind;
import org.xingfeng.publicity.api.surveys.SurveyService;
import org.xingfeng.publicity.api.surveys.SurveyState;

/**
 * 问卷设计: a survey's unit, title, intro and kind; its questions in order (a list to add, move and remove them, and
 * an editor of the chosen one: key, type, text, options one per line, the rating's scale, required, a policy question's
 * "aware" options, and the earlier answer it is asked after); its quotas (area, question and choices, limit). 保存草稿
 * creates or replaces the draft; the service's refusals are marked on the header field, the question or the quota they
 * name ({@code questions[2].options}). An open survey is read only; it is opened, closed and given access codes here.
 */
public class SurveyDesigner extends TitleAreaDialog {

    /** A question as edited (the model behind the list and the editor). */
    static final class QuestionRow {
        String key;
        QuestionType type = QuestionType.SINGLE;
        String text = "";
        String options = "";
        int scale = 5;
        boolean required;
        boolean policy;
        Set<Integer> aware = new TreeSet<>();
        String showKey;
        Set<Integer> showChoices = new TreeSet<>();
        boolean showYes = true;
        String error = "";

        List<String> optionList() {
            return options.lines().map(String::strip).filter(s -> !s.isEmpty()).toList();
        }

        boolean choice() {
            return type == QuestionType.SINGLE || type == QuestionType.MULTIPLE;
        }
    }

    /** A quota as edited. */
    static final class QuotaRow {
        String name = "";
        Long area;
        String questionKey;
        Set<Integer> choices = new TreeSet<>();
        String limit = "";
        String filled = "";
        String error = "";
    }

    private final ViewSite site;
    private final SurveyService surveys;
    private final OrgService org;
    private final Texts t;
    private Survey survey;
    private final List<QuestionRow> questions = new ArrayList<>();
    private final List<QuotaRow> quotas = new ArrayList<>();
    private final List<Choice<Long>> units;
    private boolean loading;

    private Combo unit;
    private Combo kind;
    private Text title;
    private Text intro;
    private Label unitError;
    private Label titleError;
    private Label introError;
    private Label kindError;
    private Label stateLabel;
    private CTabFolder parts;
    private Table questionTable;
    private Composite editor;
    private Text key;
    private Combo type;
    private Text text;
    private Text options;
    private Spinner scale;
    private Button required;
    private Button policy;
    private Table aware;
    private Combo showIf;
    private Table showChoices;
    private Combo showYes;
    private Label questionError;
    private Table quotaTable;
    private Text quotaName;
    private Combo quotaArea;
    private Combo quotaQuestion;
    private Table quotaChoices;
    private Text quotaLimit;
    private Label quotaError;
    private final List<Control> editing = new ArrayList<>();
    private Button saveButton;
    private Button openButton;
    private Button closeButton;
    private Button codesButton;

    /** The designer of {@code survey}, or of a new one when null. */
    public SurveyDesigner(ViewSite site, SurveyService surveys, OrgService org, Survey survey) {
        super(site.shell());
        this.site = site;
        this.surveys = surveys;
        this.org = org;
        this.t = Texts.of(site, SurveyDesigner.class);
        this.survey = survey;
        this.units = PublicityUi.unitChoices(t, org, actor());
        if (survey != null) {
            survey.questions().forEach(q -> questions.add(row(q)));
            survey.quotas().forEach(q -> quotas.add(row(q)));
        }
        setShellStyle(getShellStyle() | SWT.RESIZE | SWT.MAX);
    }

    private Actor actor() {
        return site.session().actor();
    }

    private static QuestionRow row(Question q) {
        QuestionRow r = new QuestionRow();
        r.key = q.key();
        r.type = q.type();
        r.text = q.text();
        r.options = String.join("\n", q.options());
        r.scale = q.scale() == null ? 5 : q.scale();
        r.required = q.required();
        r.policy = q.policy();
        r.aware.addAll(q.awareOptions());
        if (q.showIf() != null) {
            r.showKey = q.showIf().key();
            r.showChoices.addAll(q.showIf().choices());
            r.showYes = !Boolean.FALSE.equals(q.showIf().yes());
        }
        return r;
    }

    private static QuotaRow row(Quota q) {
        QuotaRow r = new QuotaRow();
        r.name = q.name();
        r.area = q.areaUnitId();
        r.questionKey = q.questionKey();
        r.choices.addAll(q.choices());
        r.limit = q.limit() == null ? "" : q.limit().toString();
        r.filled = q.filled() + (q.full() ? " ✔" : "");
        return r;
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText(t.get("designer.title"));
    }

    @Override
    protected org.eclipse.swt.graphics.Point getInitialSize() {
        return new org.eclipse.swt.graphics.Point(1280, 940);
    }

    @Override
    protected boolean isResizable() {
        return true;
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        setTitle(survey == null ? t.get("designer.new") : survey.title());
        setMessage(t.get("designer.hint"));
        Composite body = new Composite(area, SWT.NONE);
        body.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        body.setLayout(new GridLayout(1, false));
        header(body);
        parts = new CTabFolder(body, SWT.BORDER);
        parts.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        CTabItem qt = new CTabItem(parts, SWT.NONE);
        qt.setText(t.get("designer.questions"));
        qt.setControl(questionsPart(parts));
        CTabItem ct = new CTabItem(parts, SWT.NONE);
        ct.setText(t.get("designer.quotas"));
        ct.setControl(quotasPart(parts));
        parts.setSelection(0);
        stateLabel = new Label(body, SWT.NONE);
        stateLabel.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        refreshQuestions();
        refreshQuotas();
        if (!questions.isEmpty()) {
            selectQuestion(0);
        } else {
            showQuestion(null);
        }
        showQuota(null);
        return area;
    }

    private void header(Composite body) {
        Composite h = new Composite(body, SWT.NONE);
        h.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        h.setLayout(new GridLayout(4, false));
        new Label(h, SWT.NONE).setText(t.get("article.unit"));
        unit = combo(h, units.stream().map(Choice::label).toList());
        int u = survey == null ? 0 : indexOf(units, survey.unitId());
        unit.select(Math.max(0, u));
        ((GridData) unit.getLayoutData()).widthHint = 260;
        new Label(h, SWT.NONE).setText(t.get("survey.kind"));
        kind = combo(h, PublicityUi.choices(t, SurveyKind.values(), false).stream().map(Choice::label).toList());
        kind.select(survey == null ? 0 : survey.kind().ordinal());
        unitError = error(h, 2);
        kindError = error(h, 2);
        new Label(h, SWT.NONE).setText(t.get("survey.title"));
        title = new Text(h, SWT.BORDER);
        title.setText(survey == null ? "" : survey.title());
        title.setLayoutData(span(3));
        editing.add(title);
        titleError = error(h, 4);
        Label il = new Label(h, SWT.NONE);
        il.setText(t.get("survey.intro"));
        il.setLayoutData(new GridData(SWT.BEGINNING, SWT.TOP, false, false));
        intro = new Text(h, SWT.BORDER | SWT.MULTI | SWT.WRAP | SWT.V_SCROLL);
        intro.setText(survey == null || survey.intro() == null ? "" : survey.intro());
        GridData id = span(3);
        id.heightHint = 40;
        intro.setLayoutData(id);
        editing.add(intro);
        introError = error(h, 4);
    }

    private Control questionsPart(Composite parent) {
        Composite g = new Composite(parent, SWT.NONE);
        g.setLayout(new GridLayout(2, false));
        Composite left = new Composite(g, SWT.NONE);
        left.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        left.setLayout(new GridLayout(1, false));
        questionTable = table(left, new String[] { "#", t.get("question.key"), t.get("question.type"),
                t.get("question.text"), t.get("question.required"), t.get("question.policy"),
                t.get("question.showIf"), t.get("designer.error") }, new int[] { 30, 60, 60, 260, 40, 40, 90, 160 },
                false);
        questionTable.addListener(SWT.Selection, e -> showQuestion(selectedQuestion()));
        Composite buttons = new Composite(left, SWT.NONE);
        buttons.setLayout(new RowLayout());
        editing.add(button(buttons, t.get("question.add"), this::addQuestion));
        editing.add(button(buttons, t.get("question.up"), () -> move(-1)));
        editing.add(button(buttons, t.get("question.down"), () -> move(1)));
        editing.add(button(buttons, t.get("question.remove"), this::removeQuestion));

        editor = new Composite(g, SWT.NONE);
        GridData ed = new GridData(SWT.FILL, SWT.FILL, false, true);
        ed.widthHint = 430;
        editor.setLayoutData(ed);
        editor.setLayout(new GridLayout(2, false));
        // the chosen question's refusals first: under the editor's last field they would be out of sight
        questionError = error(editor, 2);
        new Label(editor, SWT.NONE).setText(t.get("question.key"));
        key = new Text(editor, SWT.BORDER);
        key.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        key.addListener(SWT.Modify, e -> edit(q -> q.key = key.getText().strip()));
        new Label(editor, SWT.NONE).setText(t.get("question.type"));
        type = combo(editor, PublicityUi.choices(t, QuestionType.values(), false).stream().map(Choice::label).toList());
        type.addListener(SWT.Selection, e -> {
            edit(q -> q.type = QuestionType.values()[type.getSelectionIndex()]);
            showQuestion(selectedQuestion());
        });
        new Label(editor, SWT.NONE).setText(t.get("question.text"));
        text = new Text(editor, SWT.BORDER);
        text.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        text.addListener(SWT.Modify, e -> edit(q -> q.text = text.getText()));
        Label ol = new Label(editor, SWT.NONE);
        ol.setText(t.get("question.options"));
        ol.setLayoutData(new GridData(SWT.BEGINNING, SWT.TOP, false, false));
        options = new Text(editor, SWT.BORDER | SWT.MULTI | SWT.V_SCROLL);
        GridData od = new GridData(SWT.FILL, SWT.FILL, true, false);
        od.heightHint = 70;
        options.setLayoutData(od);
        options.addListener(SWT.Modify, e -> {
            edit(q -> q.options = options.getText());
            fillAware(selectedQuestion());
        });
        new Label(editor, SWT.NONE).setText(t.get("question.scale"));
        scale = new Spinner(editor, SWT.BORDER);
        scale.setValues(5, 2, 10, 0, 1, 1);
        scale.addListener(SWT.Modify, e -> edit(q -> q.scale = scale.getSelection()));
        new Label(editor, SWT.NONE);
        Composite flags = new Composite(editor, SWT.NONE);
        flags.setLayout(new RowLayout());
        required = new Button(flags, SWT.CHECK);
        required.setText(t.get("question.requiredLong"));
        required.addListener(SWT.Selection, e -> edit(q -> q.required = required.getSelection()));
        policy = new Button(flags, SWT.CHECK);
        policy.setText(t.get("question.policyLong"));
        policy.addListener(SWT.Selection, e -> {
            edit(q -> q.policy = policy.getSelection());
            fillAware(selectedQuestion());
        });
        Label al = new Label(editor, SWT.NONE);
        al.setText(t.get("question.aware"));
        al.setLayoutData(new GridData(SWT.BEGINNING, SWT.TOP, false, false));
        aware = checkList(editor, 62);
        aware.addListener(SWT.Selection, e -> {
            if (e.detail == SWT.CHECK) {
                edit(q -> q.aware = checked(aware));
            }
        });
        new Label(editor, SWT.NONE).setText(t.get("question.showIf"));
        showIf = combo(editor, List.of());
        showIf.addListener(SWT.Selection, e -> {
            edit(q -> {
                int i = showIf.getSelectionIndex();
                q.showKey = i <= 0 ? null : earlier(q).get(i - 1).key;
                q.showChoices.clear();
            });
            fillShowIf(selectedQuestion());
        });
        Label cl = new Label(editor, SWT.NONE);
        cl.setText(t.get("question.showAnswers"));
        cl.setLayoutData(new GridData(SWT.BEGINNING, SWT.TOP, false, false));
        Composite answers = new Composite(editor, SWT.NONE);
        answers.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, false));
        GridLayout al2 = new GridLayout(1, false);
        al2.marginWidth = 0;
        al2.marginHeight = 0;
        answers.setLayout(al2);
        showChoices = checkList(answers, 50);
        showChoices.addListener(SWT.Selection, e -> {
            if (e.detail == SWT.CHECK) {
                edit(q -> q.showChoices = checked(showChoices));
            }
        });
        showYes = combo(answers, List.of(t.get("survey.yes"), t.get("survey.no")));
        showYes.addListener(SWT.Selection, e -> edit(q -> q.showYes = showYes.getSelectionIndex() == 0));
        editing.addAll(List.of(key, type, text, options, scale, required, policy, aware, showIf, showChoices, showYes));
        return g;
    }

    private Control quotasPart(Composite parent) {
        Composite g = new Composite(parent, SWT.NONE);
        g.setLayout(new GridLayout(2, false));
        Composite left = new Composite(g, SWT.NONE);
        left.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        left.setLayout(new GridLayout(1, false));
        quotaTable = table(left, new String[] { t.get("quota.name"), t.get("quota.area"), t.get("quota.question"),
                t.get("quota.choices"), t.get("quota.limit"), t.get("quota.filled"), t.get("designer.error") },
                new int[] { 120, 130, 80, 120, 60, 60, 160 }, false);
        quotaTable.addListener(SWT.Selection, e -> showQuota(selectedQuota()));
        Composite buttons = new Composite(left, SWT.NONE);
        buttons.setLayout(new RowLayout());
        editing.add(button(buttons, t.get("quota.add"), this::addQuota));
        editing.add(button(buttons, t.get("quota.remove"), this::removeQuota));
        Composite qe = new Composite(g, SWT.NONE);
        GridData qd = new GridData(SWT.FILL, SWT.FILL, false, true);
        qd.widthHint = 430;
        qe.setLayoutData(qd);
        qe.setLayout(new GridLayout(4, false));
        new Label(qe, SWT.NONE).setText(t.get("quota.name"));
        quotaName = new Text(qe, SWT.BORDER);
        quotaName.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        quotaName.addListener(SWT.Modify, e -> editQuota(q -> q.name = quotaName.getText()));
        new Label(qe, SWT.NONE).setText(t.get("quota.limit"));
        quotaLimit = new Text(qe, SWT.BORDER);
        GridData ld = new GridData(SWT.FILL, SWT.CENTER, false, false);
        ld.widthHint = 60;
        quotaLimit.setLayoutData(ld);
        quotaLimit.addListener(SWT.Modify, e -> editQuota(q -> q.limit = quotaLimit.getText().strip()));
        new Label(qe, SWT.NONE).setText(t.get("quota.area"));
        List<String> areas = new ArrayList<>();
        areas.add(t.get("quota.everyArea"));
        units.forEach(c -> areas.add(c.label()));
        quotaArea = combo(qe, areas);
        ((GridData) quotaArea.getLayoutData()).horizontalSpan = 3;
        quotaArea.addListener(SWT.Selection, e -> editQuota(q -> {
            int i = quotaArea.getSelectionIndex();
            q.area = i <= 0 ? null : units.get(i - 1).value();
        }));
        new Label(qe, SWT.NONE).setText(t.get("quota.question"));
        quotaQuestion = combo(qe, List.of());
        ((GridData) quotaQuestion.getLayoutData()).horizontalSpan = 3;
        quotaQuestion.addListener(SWT.Selection, e -> {
            editQuota(q -> {
                int i = quotaQuestion.getSelectionIndex();
                q.questionKey = i <= 0 ? null : groupQuestions().get(i - 1).key;
                q.choices.clear();
            });
            fillQuotaChoices(selectedQuota());
        });
        Label cl = new Label(qe, SWT.NONE);
        cl.setText(t.get("quota.choices"));
        cl.setLayoutData(new GridData(SWT.BEGINNING, SWT.TOP, false, false));
        quotaChoices = checkList(qe, 50);
        ((GridData) quotaChoices.getLayoutData()).horizontalSpan = 3;
        quotaChoices.addListener(SWT.Selection, e -> {
            if (e.detail == SWT.CHECK) {
                editQuota(q -> q.choices = checked(quotaChoices));
            }
        });
        quotaError = error(qe, 4);
        editing.addAll(List.of(quotaName, quotaLimit, quotaArea, quotaQuestion, quotaChoices));
        return g;
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        saveButton = createButton(parent, IDialogConstants.CLIENT_ID + 1, t.get("designer.save"), false);
        openButton = createButton(parent, IDialogConstants.CLIENT_ID + 2, t.get("designer.open"), false);
        closeButton = createButton(parent, IDialogConstants.CLIENT_ID + 3, t.get("designer.close"), false);
        codesButton = createButton(parent, IDialogConstants.CLIENT_ID + 4, t.get("designer.codes"), false);
        createButton(parent, IDialogConstants.CANCEL_ID, t.get("designer.done"), false);
        applyState();
    }

    @Override
    protected void buttonPressed(int id) {
        switch (id - IDialogConstants.CLIENT_ID) {
            case 1 -> save();
            case 2 -> openSurvey();
            case 3 -> closeSurvey();
            case 4 -> codesDialog();
            default -> super.buttonPressed(id);
        }
    }

    // ---- the survey's life

    /** 保存草稿: creates or replaces the draft; false when refused (the reasons marked where they belong). */
    public boolean save() {
        clearErrors();
        try {
            SurveyDraft draft = draft();
            survey = survey == null ? surveys.create(actor(), draft) : surveys.update(actor(), survey.id(), draft);
        } catch (ValidationException e) {
            showValidation(e);
            return false;
        } catch (RuntimeException e) {
            site.showError(e);
            return false;
        }
        quotas.clear();
        survey.quotas().forEach(q -> quotas.add(row(q)));
        refreshQuotas();
        setTitle(survey.title());
        setMessage(t.get("designer.saved", survey.title()));
        site.status(t.get("designer.saved", survey.title()));
        applyState();
        return true;
    }

    /** 开放问卷: saves the draft, then opens it for answers. */
    public void openSurvey() {
        if (survey == null || survey.state() == SurveyState.DRAFT && !save()) {
            return;
        }
        change(() -> surveys.open(actor(), survey.id()), "designer.opened");
    }

    /** 结束问卷: no more answers. */
    public void closeSurvey() {
        if (survey != null) {
            change(() -> surveys.close(actor(), survey.id()), "designer.closed");
        }
    }

    private void change(java.util.function.Supplier<Survey> call, String done) {
        try {
            survey = call.get();
        } catch (RuntimeException e) {
            site.showError(e);
            return;
        }
        setMessage(t.get(done, survey.title()));
        site.status(t.get(done, survey.title()));
        applyState();
    }

    /**
     * 生成访问码: an area among the units in reach below the survey's unit and how many codes; then the sheet of the
     * area's codes (with their survey page address) is saved as a spreadsheet to print slips from.
     */
    public void codesDialog() {
        if (survey == null || survey.state() != SurveyState.OPEN) {
            return;
        }
        Set<Long> below = PublicityUi.subtree(org.units(actor()), survey.unitId());
        List<Choice<Long>> areas = units.stream().filter(c -> below.contains(c.value())).toList();
        CodeBatch[] made = new CodeBatch[1];
        FormDialog d = new FormDialog(site, t.get("codes.title", survey.title()), t.get("codes.hint"))
                .choice("areaUnitId", t.get("quota.area"), areas, areas.isEmpty() ? null : areas.get(0).value())
                .text("count", t.get("codes.count"), "100");
        d.onSave(f -> {
            Integer n = PublicityUi.count("count", f.text("count"));
            Long a = f.choice("areaUnitId");
            if (n == null) {
                throw new ValidationException("count", PublicityUi.MESSAGES.text("form.number"));
            }
            made[0] = surveys.issueCodes(actor(), survey.id(), a == null ? 0 : a, n);
        });
        if (d.open() == FormDialog.OK) {
            site.status(t.get("codes.made", made[0].codes().size(), made[0].areaName()));
            setMessage(t.get("codes.made", made[0].codes().size(), made[0].areaName()));
            site.exportXlsx(surveys.codesTable(actor(), survey.id(), made[0].areaUnitId()));
        }
    }

    private void applyState() {
        boolean draft = survey == null || survey.state() == SurveyState.DRAFT;
        for (Control c : editing) {
            if (!c.isDisposed()) {
                c.setEnabled(draft);
            }
        }
        unit.setEnabled(draft);
        kind.setEnabled(draft);
        if (saveButton != null) {
            saveButton.setEnabled(draft);
            openButton.setEnabled(draft);
            closeButton.setEnabled(survey != null && survey.state() == SurveyState.OPEN);
            codesButton.setEnabled(survey != null && survey.state() == SurveyState.OPEN);
        }
        stateLabel.setText(survey == null ? t.get("designer.unsaved")
                : t.get("designer.state", PublicityUi.label(t, survey.state()), survey.responses()));
        showQuestion(selectedQuestion());
        showQuota(selectedQuota());
    }

    /** The draft from the form; counts typed where numbers belong are refused here, named like the service's. */
    SurveyDraft draft() {
        List<Question> qs = new ArrayList<>();
        for (QuestionRow r : questions) {
            Condition c = null;
            if (r.showKey != null) {
                QuestionRow on = questions.stream().filter(x -> r.showKey.equals(x.key)).findFirst().orElse(null);
                c = on != null && on.type == QuestionType.YES_NO ? new Condition(r.showKey, null, r.showYes)
                        : new Condition(r.showKey, List.copyOf(r.showChoices), null);
            }
            qs.add(new Question(r.key, r.type, r.text.strip(), r.choice() ? r.optionList() : null,
                    r.type == QuestionType.RATING ? r.scale : null, r.required, r.policy,
                    r.policy && r.choice() ? List.copyOf(r.aware) : null, c));
        }
        List<Quota> qs2 = new ArrayList<>();
        List<FieldError> bad = new ArrayList<>();
        for (int i = 0; i < quotas.size(); i++) {
            QuotaRow r = quotas.get(i);
            Integer limit = null;
            try {
                limit = r.limit.isEmpty() ? null : Integer.valueOf(r.limit);
            } catch (NumberFormatException e) {
                bad.add(FieldError.of("quotas[" + i + "].limit", PublicityUi.MESSAGES.text("form.number")));
            }
            qs2.add(new Quota(r.name.strip(), r.area, r.questionKey, List.copyOf(r.choices), limit, null, null));
        }
        if (!bad.isEmpty()) {
            throw ValidationException.of(bad);
        }
        int u = unit.getSelectionIndex();
        return new SurveyDraft(u < 0 ? null : units.get(u).value(), title.getText().strip(),
                PublicityUi.blankToNull(intro.getText()), SurveyKind.values()[kind.getSelectionIndex()], qs, qs2);
    }

    private void clearErrors() {
        for (Label l : List.of(unitError, titleError, introError, kindError, questionError, quotaError)) {
            l.setText("");
        }
        questions.forEach(q -> q.error = "");
        quotas.forEach(q -> q.error = "");
        refreshQuestions();
        refreshQuotas();
        setErrorMessage(null);
    }

    /** Each refusal beside its header field, on its question or quota (the first such one chosen), else on top. */
    private void showValidation(ValidationException e) {
        List<String> other = new ArrayList<>();
        int firstQuestion = -1;
        int firstQuota = -1;
        for (FieldError fe : e.details()) {
            String f = fe.field() == null ? "" : fe.field();
            String m = fe.message(t.locale());
            int[] at = index(f, "questions[");
            int[] qt = index(f, "quotas[");
            if (f.equals("unitId")) {
                unitError.setText(m);
            } else if (f.equals("title")) {
                titleError.setText(m);
            } else if (f.equals("intro")) {
                introError.setText(m);
            } else if (f.equals("kind")) {
                kindError.setText(m);
            } else if (at != null && at[0] < questions.size()) {
                QuestionRow r = questions.get(at[0]);
                r.error = join(r.error, label(f.substring(at[1])) + m);
                firstQuestion = firstQuestion < 0 ? at[0] : firstQuestion;
            } else if (qt != null && qt[0] < quotas.size()) {
                QuotaRow r = quotas.get(qt[0]);
                r.error = join(r.error, label(f.substring(qt[1])) + m);
                firstQuota = firstQuota < 0 ? qt[0] : firstQuota;
            } else {
                other.add(m);
            }
        }
        if (e.details().isEmpty()) {
            other.add(t.error(e));
        }
        refreshQuestions();
        refreshQuotas();
        if (firstQuestion >= 0) {
            selectQuestion(firstQuestion);
        }
        if (firstQuota >= 0) {
            selectQuota(firstQuota);
            if (firstQuestion < 0) {
                parts.setSelection(1);
            }
        }
        if (firstQuestion >= 0) {
            parts.setSelection(0);
        }
        setErrorMessage(other.isEmpty() ? t.get("designer.correctMarked") : String.join("; ", other));
        getShell().layout(true, true);
    }

    /** For {@code questions[2].options}: 2 and where ".options" starts; null when the field is not of that list. */
    static int[] index(String field, String list) {
        if (!field.startsWith(list)) {
            return null;
        }
        int end = field.indexOf(']');
        try {
            return new int[] { Integer.parseInt(field.substring(list.length(), end)), end + 1 };
        } catch (RuntimeException e) {
            return null;
        }
    }

    /** ".options" as the editor's label of that field, "" for the question as a whole. */
    private String label(String rest) {
        String name = rest.startsWith(".") ? rest.substring(1) : rest;
        return switch (name) {
            case "key" -> t.get("question.key") + "：";
            case "type" -> t.get("question.type") + "：";
            case "text" -> t.get("question.text") + "：";
            case "options" -> t.get("question.options") + "：";
            case "scale" -> t.get("question.scale") + "：";
            case "policy" -> t.get("question.policyLong") + "：";
            case "awareOptions" -> t.get("question.aware") + "：";
            case "showIf" -> t.get("question.showIf") + "：";
            case "name" -> t.get("quota.name") + "：";
            case "areaUnitId" -> t.get("quota.area") + "：";
            case "questionKey" -> t.get("quota.question") + "：";
            case "choices" -> t.get("quota.choices") + "：";
            case "limit" -> t.get("quota.limit") + "：";
            default -> "";
        };
    }

    private static String join(String a, String b) {
        return a.isEmpty() ? b : a + "；" + b;
    }

    // ---- questions

    /** 添加题目: a single-choice question after the chosen one (or at the end), with the next free key. */
    public QuestionRow addQuestion() {
        QuestionRow r = new QuestionRow();
        int n = questions.size() + 1;
        while (keyTaken("q" + n)) {
            n++;
        }
        r.key = "q" + n;
        int at = questionTable.getSelectionIndex();
        int index = at < 0 ? questions.size() : at + 1;
        questions.add(index, r);
        refreshQuestions();
        selectQuestion(index);
        return r;
    }

    private boolean keyTaken(String k) {
        return questions.stream().anyMatch(q -> k.equals(q.key));
    }

    /** Moves the chosen question up (-1) or down (+1); a branch on a question that is no longer earlier is dropped. */
    public void move(int by) {
        int i = questionTable.getSelectionIndex();
        int j = i + by;
        if (i < 0 || j < 0 || j >= questions.size()) {
            return;
        }
        questions.add(j, questions.remove(i));
        dropLateBranches();
        refreshQuestions();
        selectQuestion(j);
    }

    /** Removes the chosen question, the branches on it and the quotas' groups by it. */
    public void removeQuestion() {
        int i = questionTable.getSelectionIndex();
        if (i < 0) {
            return;
        }
        QuestionRow gone = questions.remove(i);
        dropLateBranches();
        quotas.stream().filter(q -> Objects.equals(q.questionKey, gone.key)).forEach(q -> {
            q.questionKey = null;
            q.choices.clear();
        });
        refreshQuestions();
        refreshQuotas();
        if (!questions.isEmpty()) {
            selectQuestion(Math.min(i, questions.size() - 1));
        } else {
            showQuestion(null);
        }
    }

    private void dropLateBranches() {
        for (QuestionRow q : questions) {
            if (q.showKey != null && earlier(q).stream().noneMatch(x -> q.showKey.equals(x.key))) {
                q.showKey = null;
                q.showChoices.clear();
            }
        }
    }

    /** The questions before {@code q} that a branch can follow (choice and yes/no questions). */
    private List<QuestionRow> earlier(QuestionRow q) {
        List<QuestionRow> out = new ArrayList<>();
        for (QuestionRow x : questions) {
            if (x == q) {
                break;
            }
            if (x.choice() || x.type == QuestionType.YES_NO) {
                out.add(x);
            }
        }
        return out;
    }

    public void selectQuestion(int index) {
        questionTable.setSelection(index);
        showQuestion(questions.get(index));
    }

    QuestionRow selectedQuestion() {
        int i = questionTable == null ? -1 : questionTable.getSelectionIndex();
        return i < 0 || i >= questions.size() ? null : questions.get(i);
    }

    private void edit(java.util.function.Consumer<QuestionRow> change) {
        QuestionRow q = selectedQuestion();
        if (loading || q == null) {
            return;
        }
        change.accept(q);
        refreshQuestion(questionTable.getSelectionIndex());
    }

    /** The editor filled with the question (empty and disabled without one). */
    private void showQuestion(QuestionRow q) {
        loading = true;
        try {
            editor.setVisible(q != null);
            if (q == null) {
                return;
            }
            key.setText(q.key == null ? "" : q.key);
            type.select(q.type.ordinal());
            text.setText(q.text);
            options.setText(q.options);
            options.setEnabled(q.choice() && editable());
            scale.setSelection(q.scale);
            scale.setEnabled(q.type == QuestionType.RATING && editable());
            required.setSelection(q.required);
            policy.setSelection(q.policy);
            questionError.setText(q.error);
            fillAware(q);
            fillShowIf(q);
        } finally {
            loading = false;
        }
    }

    private boolean editable() {
        return survey == null || survey.state() == SurveyState.DRAFT;
    }

    private void fillAware(QuestionRow q) {
        if (q == null) {
            return;
        }
        boolean was = loading;
        loading = true;
        try {
            aware.removeAll();
            List<String> opts = q.optionList();
            q.aware.removeIf(i -> i >= opts.size());
            for (int i = 0; i < opts.size(); i++) {
                TableItem it = new TableItem(aware, SWT.NONE);
                it.setText(opts.get(i));
                it.setChecked(q.aware.contains(i));
            }
            aware.setEnabled(q.policy && q.choice() && editable());
        } finally {
            loading = was;
        }
    }

    private void fillShowIf(QuestionRow q) {
        List<QuestionRow> before = earlier(q);
        showIf.removeAll();
        showIf.add(t.get("question.always"));
        int at = 0;
        for (int i = 0; i < before.size(); i++) {
            QuestionRow x = before.get(i);
            showIf.add(x.key + ". " + x.text);
            if (x.key.equals(q.showKey)) {
                at = i + 1;
            }
        }
        showIf.select(at);
        QuestionRow on = at == 0 ? null : before.get(at - 1);
        showChoices.removeAll();
        boolean yesNo = on != null && on.type == QuestionType.YES_NO;
        if (on != null && !yesNo) {
            List<String> opts = on.optionList();
            for (int i = 0; i < opts.size(); i++) {
                TableItem it = new TableItem(showChoices, SWT.NONE);
                it.setText(opts.get(i));
                it.setChecked(q.showChoices.contains(i));
            }
        }
        showChoices.setEnabled(on != null && !yesNo && editable());
        showYes.select(q.showYes ? 0 : 1);
        showYes.setEnabled(yesNo && editable());
        // the answers of a choice question to check, or yes or no: only the one that applies takes room
        shown(showChoices, !yesNo);
        shown(showYes, yesNo);
        editor.layout(true, true);
    }

    private void refreshQuestions() {
        questionTable.setItemCount(questions.size());
        for (int i = 0; i < questions.size(); i++) {
            refreshQuestion(i);
        }
    }

    private void refreshQuestion(int i) {
        if (i < 0) {
            return;
        }
        QuestionRow q = questions.get(i);
        TableItem it = questionTable.getItem(i);
        String cond = "";
        if (q.showKey != null) {
            QuestionRow on = questions.stream().filter(x -> q.showKey.equals(x.key)).findFirst().orElse(null);
            cond = on == null ? q.showKey
                    : on.type == QuestionType.YES_NO ? q.showKey + " = " + t.get(q.showYes ? "survey.yes" : "survey.no")
                            : q.showKey + " ∈ " + q.showChoices.stream().map(c -> String.valueOf(c + 1)).toList();
        }
        it.setText(new String[] { String.valueOf(i + 1), q.key == null ? "" : q.key, PublicityUi.label(t, q.type),
                q.text, q.required ? "✔" : "", q.policy ? "✔" : "", cond, q.error });
        it.setForeground(7, getShell().getDisplay().getSystemColor(SWT.COLOR_RED));
    }

    // ---- quotas

    /** 添加配额: a quota of every area, named by its number. */
    public QuotaRow addQuota() {
        QuotaRow r = new QuotaRow();
        r.name = t.get("quota.default", quotas.size() + 1);
        quotas.add(r);
        refreshQuotas();
        selectQuota(quotas.size() - 1);
        return r;
    }

    public void removeQuota() {
        int i = quotaTable.getSelectionIndex();
        if (i >= 0) {
            quotas.remove(i);
            refreshQuotas();
            showQuota(null);
        }
    }

    /** Shows the questions (0) or the quotas (1). */
    public void showPart(int index) {
        parts.setSelection(index);
    }

    public void selectQuota(int index) {
        quotaTable.setSelection(index);
        showQuota(quotas.get(index));
    }

    QuotaRow selectedQuota() {
        int i = quotaTable == null ? -1 : quotaTable.getSelectionIndex();
        return i < 0 || i >= quotas.size() ? null : quotas.get(i);
    }

    private void editQuota(java.util.function.Consumer<QuotaRow> change) {
        QuotaRow q = selectedQuota();
        if (loading || q == null) {
            return;
        }
        change.accept(q);
        refreshQuota(quotaTable.getSelectionIndex());
    }

    /** The questions a quota's group can be by: choice and yes/no questions. */
    private List<QuestionRow> groupQuestions() {
        return questions.stream().filter(x -> x.choice() || x.type == QuestionType.YES_NO).toList();
    }

    private void showQuota(QuotaRow q) {
        loading = true;
        try {
            for (Control c : List.of(quotaName, quotaLimit, quotaArea, quotaQuestion, quotaChoices)) {
                c.setEnabled(q != null && editable());
            }
            quotaName.setText(q == null ? "" : q.name);
            quotaLimit.setText(q == null ? "" : q.limit);
            int a = q == null || q.area == null ? 0 : indexOf(units, q.area) + 1;
            quotaArea.select(Math.max(0, a));
            quotaError.setText(q == null ? "" : q.error);
            fillQuotaChoices(q);
        } finally {
            loading = false;
        }
    }

    private void fillQuotaChoices(QuotaRow q) {
        boolean was = loading;
        loading = true;
        try {
            List<QuestionRow> group = groupQuestions();
            quotaQuestion.removeAll();
            quotaQuestion.add(t.get("quota.anyone"));
            int at = 0;
            for (int i = 0; i < group.size(); i++) {
                quotaQuestion.add(group.get(i).key + ". " + group.get(i).text);
                if (q != null && group.get(i).key.equals(q.questionKey)) {
                    at = i + 1;
                }
            }
            quotaQuestion.select(at);
            quotaChoices.removeAll();
            if (q != null && at > 0) {
                QuestionRow on = group.get(at - 1);
                List<String> opts = on.type == QuestionType.YES_NO ? List.of(t.get("survey.yes"), t.get("survey.no"))
                        : on.optionList();
                for (int i = 0; i < opts.size(); i++) {
                    TableItem it = new TableItem(quotaChoices, SWT.NONE);
                    it.setText(opts.get(i));
                    it.setChecked(q.choices.contains(i));
                }
            }
        } finally {
            loading = was;
        }
    }

    private void refreshQuotas() {
        quotaTable.setItemCount(quotas.size());
        for (int i = 0; i < quotas.size(); i++) {
            refreshQuota(i);
        }
    }

    private void refreshQuota(int i) {
        if (i < 0) {
            return;
        }
        QuotaRow q = quotas.get(i);
        String area = q.area == null ? t.get("quota.everyArea")
                : units.stream().filter(c -> q.area.equals(c.value())).map(Choice::label).findFirst().orElse("");
        TableItem it = quotaTable.getItem(i);
        it.setText(new String[] { q.name, area, q.questionKey == null ? "" : q.questionKey,
                choiceLabels(q), q.limit, q.filled, q.error });
        it.setForeground(6, getShell().getDisplay().getSystemColor(SWT.COLOR_RED));
    }

    /** The group's answers as the respondent sees them ("否", "了解、听说过"). */
    private String choiceLabels(QuotaRow q) {
        QuestionRow on = questions.stream().filter(x -> Objects.equals(x.key, q.questionKey)).findFirst()
                .orElse(null);
        if (on == null) {
            return "";
        }
        List<String> opts = on.type == QuestionType.YES_NO ? List.of(t.get("survey.yes"), t.get("survey.no"))
                : on.optionList();
        return String.join("、", q.choices.stream().filter(i -> i < opts.size()).map(opts::get).toList());
    }

    // ---- widgets

    private Combo combo(Composite parent, List<String> items) {
        Combo c = new Combo(parent, SWT.READ_ONLY | SWT.DROP_DOWN);
        c.setVisibleItemCount(15);
        items.forEach(c::add);
        c.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        return c;
    }

    private static Label error(Composite parent, int span) {
        Label l = new Label(parent, SWT.WRAP);
        l.setForeground(parent.getDisplay().getSystemColor(SWT.COLOR_RED));
        GridData d = new GridData(SWT.FILL, SWT.TOP, true, false);
        d.horizontalSpan = span;
        l.setLayoutData(d);
        return l;
    }

    private static void shown(Control c, boolean on) {
        c.setVisible(on);
        ((GridData) c.getLayoutData()).exclude = !on;
    }

    private static GridData span(int n) {
        GridData d = new GridData(SWT.FILL, SWT.CENTER, true, false);
        d.horizontalSpan = n;
        return d;
    }

    private static Button button(Composite parent, String label, Runnable action) {
        Button b = new Button(parent, SWT.PUSH);
        b.setText(label);
        b.addListener(SWT.Selection, e -> action.run());
        return b;
    }

    private static Table table(Composite parent, String[] heads, int[] widths, boolean check) {
        Table table = new Table(parent, SWT.BORDER | SWT.FULL_SELECTION | SWT.SINGLE | (check ? SWT.CHECK : 0));
        table.setHeaderVisible(true);
        table.setLinesVisible(true);
        table.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        for (int i = 0; i < heads.length; i++) {
            TableColumn c = new TableColumn(table, SWT.NONE);
            c.setText(heads[i]);
            c.setWidth(widths[i]);
        }
        return table;
    }

    private static Table checkList(Composite parent, int height) {
        Table table = new Table(parent, SWT.BORDER | SWT.CHECK | SWT.V_SCROLL);
        GridData d = new GridData(SWT.FILL, SWT.FILL, true, false);
        d.heightHint = height;
        table.setLayoutData(d);
        return table;
    }

    private static Set<Integer> checked(Table table) {
        Set<Integer> out = new TreeSet<>();
        for (int i = 0; i < table.getItemCount(); i++) {
            if (table.getItem(i).getChecked()) {
                out.add(i);
            }
        }
        return out;
    }

    private static int indexOf(List<Choice<Long>> choices, Long value) {
        for (int i = 0; i < choices.size(); i++) {
            if (Objects.equals(choices.get(i).value(), value)) {
                return i;
            }
        }
        return -1;
    }

    // ---- as a user would (for tests and keyboard macros alike: each goes through the control and its listeners)

    /** Types into a text field of the designer. */
    public static void type(Text field, String value) {
        field.setText(value);
    }

    /** Chooses an entry of a drop-down by its label. */
    public static void choose(Combo combo, String label) {
        int i = combo.indexOf(label);
        if (i < 0) {
            throw new IllegalArgumentException("no entry " + label + " in " + List.of(combo.getItems()));
        }
        combo.select(i);
        combo.notifyListeners(SWT.Selection, new Event());
    }

    /** Checks or clears an entry of a check list. */
    public static void check(Table list, int index, boolean on) {
        list.getItem(index).setChecked(on);
        Event e = new Event();
        e.detail = SWT.CHECK;
        e.item = list.getItem(index);
        list.notifyListeners(SWT.Selection, e);
    }

    /** Checks or clears a check box. */
    public static void check(Button box, boolean on) {
        box.setSelection(on);
        box.notifyListeners(SWT.Selection, new Event());
    }

    public Survey survey() {
        return survey;
    }

    public Combo unitField() {
        return unit;
    }

    public Combo kindField() {
        return kind;
    }

    public Text titleField() {
        return title;
    }

    public Text introField() {
        return intro;
    }

    public Label titleError() {
        return titleError;
    }

    public Table questionTable() {
        return questionTable;
    }

    public Text keyField() {
        return key;
    }

    public Combo typeField() {
        return type;
    }

    public Text textField() {
        return text;
    }

    public Text optionsField() {
        return options;
    }

    public Spinner scaleField() {
        return scale;
    }

    public Button requiredBox() {
        return required;
    }

    public Button policyBox() {
        return policy;
    }

    public Table awareList() {
        return aware;
    }

    public Combo showIfField() {
        return showIf;
    }

    public Table showChoicesList() {
        return showChoices;
    }

    public Combo showYesField() {
        return showYes;
    }

    public Label questionError() {
        return questionError;
    }

    public Table quotaTable() {
        return quotaTable;
    }

    public Text quotaNameField() {
        return quotaName;
    }

    public Combo quotaAreaField() {
        return quotaArea;
    }

    public Combo quotaQuestionField() {
        return quotaQuestion;
    }

    public Table quotaChoicesList() {
        return quotaChoices;
    }

    public Text quotaLimitField() {
        return quotaLimit;
    }

    public Label quotaError() {
        return quotaError;
    }

    /** The keys of the questions in their order (what is saved). */
    public List<String> keys() {
        List<String> out = new ArrayList<>();
        questions.forEach(q -> out.add(q.key));
        return out;
    }

    /** The error shown on each question, in order. */
    public List<String> questionErrors() {
        return questions.stream().map(q -> q.error).toList();
    }
}
