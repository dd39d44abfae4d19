package org.xingfeng.publicity.ui.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;

import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.xingfeng.platform.api.Actor;
import org.xingfeng.platform.api.ConflictException;
import org.xingfeng.platform.api.FieldError;
import org.xingfeng.platform.api.NotFoundException;
import org.xingfeng.platform.api.PageRequest;
import org.xingfeng.platform.api.ValidationException;
import org.xingfeng.platform.api.org.OrgService;
import org.xingfeng.platform.ui.ContributedView;
import org.xingfeng.platform.ui.ViewSite;
import org.xingfeng.platform.ui.widgets.Choice;
import org.xingfeng.platform.ui.widgets.DataTable;
import org.xingfeng.platform.ui.widgets.FormDialog;
import org.xingfeng.platform.ui.widgets.Texts;
import org.xingfeng.publicity.api.surveys.Answer;
import org.xingfeng.publicity.api.surveys.Question;
import org.xingfeng.publicity.api.surveys.QuestionType;
import org.xingfeng.publicity.api.surveys.Survey;
import org.xingfeng.publicity.api.surveys.SurveyQuery;
import org.xingfeng.publicity.api.surveys.SurveyService;
import org.xingfeng.publicity.api.surveys.SurveyState;

/**
 * 问卷调查: the surveys in reach with their state and responses; an editor enters a paper questionnaire against its
 * access code (the same checks as a respondent's answers: one response per code, quotas, required questions; the
 * service's refusals are marked on the code or the question).
 */
public class SurveysView implements ContributedView {

    private final ViewSite site;
    private final SurveyService surveys;
    private final Texts t;
    private final OrgService org;
    private final DataTable<Survey> list;
    private final Button paperButton;
    private final Button newButton;
    private final Button designButton;

    public SurveysView(Composite parent, ViewSite site, SurveyService surveys, OrgService org) {
        this.site = site;
        this.surveys = surveys;
        this.org = org;
        this.t = Texts.of(site, SurveysView.class);
        list = new DataTable<>(parent, site, t.get("view.surveys"), List.of(
                PublicityUi.<Survey>column(t, "survey.title", Survey::title).width(260),
                PublicityUi.<Survey>column(t, "article.unit", Survey::unitName).width(140),
                PublicityUi.<Survey>column(t, "survey.kind", s -> PublicityUi.label(t, s.kind())).width(90),
                PublicityUi.<Survey>column(t, "survey.state", s -> PublicityUi.label(t, s.state())).width(70),
                PublicityUi.<Survey>column(t, "survey.questions", s -> s.questions().size()).width(60),
                PublicityUi.<Survey>column(t, "survey.responses", Survey::responses).width(70)));
        newButton = list.addButton(t.get("designer.newButton"), () -> design(null));
        newButton.setEnabled(PublicityUi.editor(site));
        designButton = list.addButton(t.get("designer.button"), () -> design(list.selected()));
        designButton.setEnabled(false);
        list.onOpen(s -> design(s));
        paperButton = list.addButton(t.get("survey.paper"), () -> paperDialog(list.selected()));
        paperButton.setEnabled(false);
        list.onSelection(s -> {
            paperButton.setEnabled(s != null && s.state() == SurveyState.OPEN && PublicityUi.editor(site));
            designButton.setEnabled(s != null && PublicityUi.editor(site));
        });
        reload();
    }

    private Actor actor() {
        return site.session().actor();
    }

    public void reload() {
        list.load(t.get("reading"), monitor -> surveys.surveys(actor(), SurveyQuery.ALL, PageRequest.ALL).items());
    }

    /**
     * 问卷设计: a new survey, or the chosen one (a draft to change, an open one to close and give codes); the list is read
     * again when the designer closes.
     */
    public void design(Survey s) {
        if (!PublicityUi.editor(site)) {
            return;
        }
        Survey fresh = s == null ? null : surveys.survey(actor(), s.id()).orElse(s);
        new SurveyDesigner(site, surveys, org, fresh).open();
        reload();
    }

    public Button newButton() {
        return newButton;
    }

    public Button designButton() {
        return designButton;
    }

    /** The form's field of a question: the name the service gives its errors. */
    static String field(Question q) {
        return "answers." + q.key();
    }

    /**
     * 录入纸质问卷: the access code printed on the slip, then one field per question (a choice, check boxes, a rating,
     * yes or no, a text); unanswered ones are left out. On success the list is read again (one more response).
     */
    public void paperDialog(Survey s) {
        if (s == null || !PublicityUi.editor(site)) {
            return;
        }
        FormDialog d = new FormDialog(site, t.get("survey.paperTitle", s.title()), t.get("survey.paperHint"))
                .text("code", t.get("survey.code"), "");
        for (Question q : s.questions()) {
            String label = q.key() + ". " + q.text() + (q.required() ? " *" : "");
            switch (q.type()) {
                case SINGLE -> d.choice(field(q), label, options(q, true), null);
                case MULTIPLE -> d.checks(field(q), label, IntStream.range(0, q.options().size())
                        .mapToObj(i -> new Choice<>(String.valueOf(i), q.options().get(i))).toList(), Set.of());
                case RATING -> {
                    List<Choice<Integer>> scale = new ArrayList<>();
                    scale.add(new Choice<>(null, "—"));
                    int top = q.scale() == null ? 5 : q.scale();
                    for (int i = 1; i <= top; i++) {
                        scale.add(new Choice<>(i, String.valueOf(i)));
                    }
                    d.choice(field(q), label, scale, null);
                }
                case YES_NO -> d.choice(field(q), label, List.of(new Choice<Boolean>(null, "—"),
                        new Choice<>(true, t.get("survey.yes")), new Choice<>(false, t.get("survey.no"))), null);
                case TEXT -> d.multiline(field(q), label, "");
                default -> throw new IllegalStateException(q.type().name());
            }
        }
        d.onSave(f -> {
            try {
                surveys.enterPaper(actor(), s.id(), f.text("code").strip(), answers(s, f));
            } catch (NotFoundException | ConflictException e) {
                // an unknown code, one out of reach or one already answered: the slip's code is what to correct
                if (e instanceof ConflictException && !"already_answered".equals(e.code())) {
                    throw e;
                }
                throw ValidationException.of(List.of(new FieldError("code", 0, e.message(t.locale()))));
            }
        });
        if (d.open() == FormDialog.OK) {
            site.status(t.get("survey.paperSaved", s.title()));
            reload();
        }
    }

    private static List<Choice<Integer>> options(Question q, boolean empty) {
        List<Choice<Integer>> out = new ArrayList<>();
        if (empty) {
            out.add(new Choice<>(null, "—"));
        }
        for (int i = 0; i < q.options().size(); i++) {
            out.add(new Choice<>(i, q.options().get(i)));
        }
        return out;
    }

    /** The answers filled in, by question key; an unanswered question is left out. */
    static Map<String, Answer> answers(Survey s, FormDialog f) {
        Map<String, Answer> out = new LinkedHashMap<>();
        for (Question q : s.questions()) {
            String name = field(q);
            Answer a = null;
            if (q.type() == QuestionType.SINGLE) {
                Integer i = f.choice(name);
                a = i == null ? null : new Answer(List.of(i), null, null, null);
            } else if (q.type() == QuestionType.MULTIPLE) {
                List<Integer> checked = f.checkedValues(name).stream().map(Integer::valueOf).sorted().toList();
                a = checked.isEmpty() ? null : new Answer(checked, null, null, null);
            } else if (q.type() == QuestionType.RATING) {
                Integer r = f.choice(name);
                a = r == null ? null : new Answer(null, r, null, null);
            } else if (q.type() == QuestionType.YES_NO) {
                Boolean y = f.choice(name);
                a = y == null ? null : new Answer(null, null, y, null);
            } else {
                String text = f.text(name).strip();
                a = text.isEmpty() ? null : new Answer(null, null, null, text);
            }
            if (a != null) {
                out.put(q.key(), a);
            }
        }
        return out;
    }

    public DataTable<Survey> list() {
        return list;
    }

    public Button paperButton() {
        return paperButton;
    }

    @Override
    public void setFocus() {
        list.filterBox().setFocus();
    }
}
