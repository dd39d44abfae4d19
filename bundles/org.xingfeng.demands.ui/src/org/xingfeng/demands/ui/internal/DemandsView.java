package org.xingfeng.demands.ui.internal;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.xingfeng.demands.api.DemandsRoles;
import org.xingfeng.demands.api.demands.Assignment;
import org.xingfeng.demands.api.demands.Demand;
import org.xingfeng.demands.api.demands.DemandCategory;
import org.xingfeng.demands.api.demands.DemandChannel;
import org.xingfeng.demands.api.demands.DemandDraft;
import org.xingfeng.demands.api.demands.DemandQuery;
import org.xingfeng.demands.api.demands.DemandService;
import org.xingfeng.demands.api.demands.DemandState;
import org.xingfeng.demands.api.demands.DemandStep;
import org.xingfeng.demands.api.demands.Review;
import org.xingfeng.demands.api.demands.Satisfaction;
import org.xingfeng.demands.api.demands.StepText;
import org.xingfeng.platform.api.Actor;
import org.xingfeng.platform.api.FieldError;
import org.xingfeng.platform.api.PageRequest;
import org.xingfeng.platform.api.Strings;
import org.xingfeng.platform.api.ValidationException;
import org.xingfeng.platform.api.XingfengException;
import org.xingfeng.platform.api.org.OrgService;
import org.xingfeng.platform.api.org.Section;
import org.xingfeng.platform.api.security.Roles;
import org.xingfeng.platform.ui.ContributedView;
import org.xingfeng.platform.ui.ViewSite;
import org.xingfeng.platform.ui.widgets.Choice;
import org.xingfeng.platform.ui.widgets.ChoiceBox;
import org.xingfeng.platform.ui.widgets.Column;
import org.xingfeng.platform.ui.widgets.DataTable;
import org.xingfeng.platform.ui.widgets.FilesPanel;
import org.xingfeng.platform.api.files.StoredFile;
import org.xingfeng.platform.ui.widgets.FormDialog;
import org.xingfeng.platform.ui.widgets.Texts;

/**
 * 民生诉求: intake (登记), the demands of the reach with their deadlines, "my tasks" (the demands whose next step is the
 * user's), the next step of the selected demand in a dialog fitted to its state (阅示, 交办, 办理, 审核, 答复 from a
 * template, 回访, 办结), and the selected demand's history (who, when, what). A step the state does not allow shows the
 * service's message beside the dialog's first field, and nothing changes.
 */
public class DemandsView implements ContributedView {

    private final ViewSite site;
    private final DemandService demands;
    private final OrgService org;
    private final Texts t;
    private final SashForm root;
    private final ChoiceBox<Long> unit;
    private final ChoiceBox<DemandState> state;
    private final Button mine;
    private final DataTable<Demand> table;
    private final DataTable<DemandStep> history;
    private final FilesPanel<StoredFile> attachments;
    private final Button registerButton;
    private final Button stepButton;

    public DemandsView(Composite parent, ViewSite site, DemandService demands, OrgService org) {
        this.site = site;
        this.demands = demands;
        this.org = org;
        this.t = Texts.of(site, DemandsView.class);
        root = new SashForm(parent, SWT.VERTICAL);

        Composite top = new Composite(root, SWT.NONE);
        top.setLayout(new GridLayout(1, false));
        Composite filters = new Composite(top, SWT.NONE);
        filters.setLayout(new GridLayout(6, false));
        new Label(filters, SWT.NONE).setText(t.get("common.unit"));
        unit = new ChoiceBox<>(filters, DemandsUi.units(org, actor(), t, true), 170);
        new Label(filters, SWT.NONE).setText(t.get("common.state"));
        state = new ChoiceBox<>(filters, DemandsUi.choices(t, DemandState.values(), true), 100);
        mine = new Button(filters, SWT.CHECK);
        mine.setText(t.get("demands.mine"));
        Button search = new Button(filters, SWT.PUSH);
        search.setText(t.get("common.search"));
        search.addListener(SWT.Selection, e -> reload());
        table = new DataTable<>(top, site, t.get("view.demands"), List.of(
                Column.<Demand>of(t.get("demand.id"), Demand::id).width(50),
                Column.<Demand>of(t.get("demand.received"), Demand::receivedDate).width(90),
                Column.<Demand>of(t.get("demand.channel"), d -> DemandsUi.label(t, d.channel())).width(80),
                Column.<Demand>of(t.get("demand.category"), d -> DemandsUi.label(t, d.category())).width(60),
                Column.<Demand>of(t.get("common.unit"), Demand::unitName).width(120),
                Column.<Demand>of(t.get("demand.topic"), Demand::topic).width(160),
                Column.<Demand>of(t.get("demand.citizen"), Demand::citizenName).width(70),
                Column.<Demand>of(t.get("demand.phone"), Demand::citizenPhone).width(100),
                Column.<Demand>of(t.get("common.state"), d -> DemandsUi.label(t, d.state())).width(70),
                Column.<Demand>of(t.get("demand.leadSection"), Demand::leadSectionName).width(100),
                Column.<Demand>of(t.get("demand.due"), Demand::dueDate).width(90),
                Column.<Demand>of(t.get("demand.deadline"), d -> DemandsUi.label(t, d.deadline())).width(80)));
        table.control().setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        registerButton = table.addButton(t.get("demands.register"), this::registerDialog);
        stepButton = table.addButton(t.get("demands.step"), () -> stepDialog(table.selected()));
        registerButton.setEnabled(actor().hasAnyRole(DemandsRoles.OFFICER, Roles.ADMIN));
        table.onSelection(this::selected);
        table.onOpen(this::stepDialog);

        // the history and the attachments side by side below the list
        SashForm below = new SashForm(root, SWT.HORIZONTAL);
        Composite bottom = new Composite(below, SWT.NONE);
        bottom.setLayout(new GridLayout(1, false));
        new Label(bottom, SWT.NONE).setText(t.get("demands.history"));
        history = new DataTable<>(bottom, site, t.get("demands.history"), List.of(
                Column.<DemandStep>of(t.get("step.at"), s -> site.time().local(s.at()).toLocalDateTime()
                        .withNano(0).toString().replace('T', ' ')).width(140),
                Column.<DemandStep>of(t.get("step.action"), s -> DemandsUi.label(t, s.action())).width(80),
                Column.<DemandStep>of(t.get("step.by"), DemandStep::by).width(100),
                Column.<DemandStep>of(t.get("step.toState"), s -> DemandsUi.label(t, s.toState())).width(80),
                Column.<DemandStep>of(t.get("step.text"), DemandStep::text).width(400)));
        history.control().setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        Composite files = new Composite(below, SWT.NONE);
        files.setLayout(new GridLayout(1, false));
        new Label(files, SWT.NONE).setText(t.get("demands.attachments"));
        attachments = new FilesPanel<>(files, site, t.get("demands.attachments"), List.of(
                Column.<StoredFile>of(t.get("attachment.name"), StoredFile::name).width(160),
                Column.<StoredFile>of(t.get("attachment.of"),
                        f -> t.get(
                                DemandService.FILES_STEP.equals(f.kind()) ? "attachment.ofStep" : "attachment.ofDemand",
                                f.ownerId()))
                        .width(90),
                Column.<StoredFile>of(t.get("attachment.type"), StoredFile::mediaType).width(110),
                Column.<StoredFile>of(t.get("attachment.size"), StoredFile::size).width(80),
                Column.<StoredFile>of(t.get("step.by"), StoredFile::uploadedBy).width(100),
                Column.<StoredFile>of(t.get("step.at"), f -> site.time().local(f.uploadedAt()).toLocalDateTime()
                        .withNano(0).toString().replace('T', ' ')).width(140)),
                StoredFile::name);
        attachments.table().control().setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        below.setWeights(3, 2);
        root.setWeights(3, 2);
        selected(null);
        reload();
    }

    private Actor actor() {
        return site.session().actor();
    }

    public SashForm control() {
        return root;
    }

    public DataTable<Demand> table() {
        return table;
    }

    public DataTable<DemandStep> history() {
        return history;
    }

    public DataTable<StoredFile> attachments() {
        return attachments.table();
    }

    /**
     * Attaches a file to the selected demand, or to the step selected in its history (the handling's, the reply's
     * documents); the list is read again.
     */
    public void attach(String name, byte[] bytes) {
        attachments.upload(name, bytes);
    }

    /** The selected attachment's bytes. */
    public byte[] selectedAttachment() {
        return attachments.selectedBytes();
    }

    /** Sets the filters as a user would. */
    public void setFilters(Long unitId, DemandState s, boolean onlyMine) {
        unit.select(unitId);
        state.select(s);
        mine.setSelection(onlyMine);
    }

    public void reload() {
        DemandQuery q = new DemandQuery(unit.value(), state.value(), null, null, null, null, null, null, null);
        boolean onlyMine = mine.getSelection();
        Actor a = actor();
        table.load(t.get("demands.reading"), monitor -> demands.demands(a, q, new PageRequest(0, PageRequest.MAX_SIZE))
                .items().stream().filter(d -> !onlyMine || mine(a, d)).toList());
        selected(table.selected());
    }

    /** The role whose step is due in the state; null when none is. */
    static String dueRole(DemandState s) {
        return switch (s) {
            case REGISTERED -> DemandsRoles.HEAD;
            case INSTRUCTED, REOPENED -> DemandsRoles.COORDINATOR;
            case ASSIGNED, HANDLED -> DemandsRoles.HANDLER;
            case REVIEWED, REPLIED, RATED -> DemandsRoles.OFFICER;
            case CLOSED -> null;
        };
    }

    /** 待我办理: the next step is one the user's roles take. */
    static boolean mine(Actor a, Demand d) {
        String role = dueRole(d.state());
        return role != null && d.duplicateOf() == null && a.hasAnyRole(role, Roles.ADMIN);
    }

    private void selected(Demand d) {
        stepButton.setEnabled(d != null && mine(actor(), d));
        if (d == null) {
            history.setRows(List.of());
            attachments.show(null);
        } else {
            Actor a = actor();
            history.load(t.get("demands.readingHistory"), monitor -> demands.history(a, d.id()));
            long id = d.id();
            attachments.show(new FilesPanel.Store<>() {
                @Override
                public List<StoredFile> files() {
                    return demands.attachments(a, id);
                }

                @Override
                public void upload(String name, byte[] bytes) {
                    DemandStep s = history.selected();
                    demands.attach(actor(), id, s == null ? null : s.id(), name, new ByteArrayInputStream(bytes));
                }

                @Override
                public byte[] bytes(StoredFile f) {
                    return demands.attachment(actor(), id, f.id()).bytes();
                }
            });
        }
    }

    private void select(long id) {
        table.rows().stream().filter(d -> d.id() == id).findFirst().ifPresent(table::select);
        selected(table.selected());
    }

    /** 登记: a demand as the hotline, a letter, the mailbox, online or a walk-in brought it. */
    public void registerDialog() {
        List<Choice<Long>> units = DemandsUi.units(org, actor(), t, false);
        Long first = unit.value() != null ? unit.value() : units.isEmpty() ? null : units.get(0).value();
        FormDialog d = new FormDialog(site, t.get("demands.registerTitle"), t.get("demands.registerHint"))
                .choice("channel", t.get("demand.channel"), DemandsUi.choices(t, DemandChannel.values(), false),
                        DemandChannel.HOTLINE_12345)
                .choice("category", t.get("demand.category"), DemandsUi.choices(t, DemandCategory.values(), false),
                        DemandCategory.CONSULTATION)
                .choice("unitId", t.get("common.unit"), units, first)
                .text("topic", t.get("demand.topic"), "")
                .multiline("text", t.get("demand.text"), "")
                .text("citizenName", t.get("demand.citizen"), "")
                .text("citizenPhone", t.get("demand.phone"), "")
                .text("citizenIdNumber", t.get("demand.idNumber"), "")
                .text("externalNo", t.get("demand.externalNo"), "")
                .text("receivedDate", t.get("demand.received"), site.time().today().toString());
        Demand[] saved = new Demand[1];
        d.onSave(f -> saved[0] = demands.register(actor(), new DemandDraft(f.choice("channel"), f.choice("unitId"),
                Strings.blankToNull(f.text("citizenName")), Strings.blankToNull(f.text("citizenPhone")),
                Strings.blankToNull(f.text("citizenIdNumber")), f.text("topic"), f.choice("category"), f.text("text"),
                date("receivedDate", f.text("receivedDate")), Strings.blankToNull(f.text("externalNo")), null)));
        if (d.open() == FormDialog.OK) {
            site.status(t.get("demands.registered", saved[0].id()));
            reload();
            select(saved[0].id());
        }
    }

    private static LocalDate date(String field, String text) {
        if (Strings.blank(text)) {
            return null;
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw new ValidationException(field, DemandsUi.MESSAGES.text("error.date"));
        }
    }

    /** The next step of the demand, in a dialog fitted to its state. */
    public void stepDialog(Demand demand) {
        if (demand == null) {
            return;
        }
        Actor a = actor();
        long id = demand.id();
        String title = t.get("demands.stepTitle", id, demand.topic());
        FormDialog d;
        switch (demand.state()) {
            case REGISTERED -> {
                d = new FormDialog(site, title, t.get("step.instructHint")).multiline("text", t.get("step.instruction"),
                        "");
                d.onSave(f -> step("text", () -> demands.instruct(a, id, new StepText(f.text("text")))));
            }
            case INSTRUCTED, REOPENED -> {
                List<Section> sections = org.sections(a, demand.unitId());
                List<Choice<Long>> lead = new ArrayList<>();
                lead.add(new Choice<>(null, t.get("common.choose")));
                sections.forEach(s -> lead.add(new Choice<>(s.id(), s.name())));
                d = new FormDialog(site, title, demand.instruction() == null ? "" : demand.instruction())
                        .choice("leadSectionId", t.get("demand.leadSection"), lead, null)
                        .checks("handlingSectionIds", t.get("step.handlingSections"),
                                sections.stream().map(s -> new Choice<>(String.valueOf(s.id()), s.name())).toList(),
                                Set.of())
                        .text("note", t.get("step.note"), "");
                d.onSave(f -> step("leadSectionId",
                        () -> demands.assign(a, id, new Assignment(f.choice("leadSectionId"),
                                f.checkedValues("handlingSectionIds").stream().map(Long::valueOf)
                                        .collect(Collectors.toList()),
                                Strings.blankToNull(f.text("note"))))));
            }
            case ASSIGNED -> {
                d = new FormDialog(site, title, demand.text()).multiline("text", t.get("step.handling"), "");
                d.onSave(f -> step("text", () -> demands.handle(a, id, new StepText(f.text("text")))));
            }
            case HANDLED -> {
                d = new FormDialog(site, title, t.get("step.reviewHint"))
                        .choice("approved", t.get("step.review"), yesNo("step.approve", "step.return"), null)
                        .text("note", t.get("step.note"), "");
                d.onSave(f -> step("approved", () -> demands.review(a, id,
                        new Review(f.choice("approved"), Strings.blankToNull(f.text("note"))))));
            }
            case REVIEWED -> {
                List<String> templates = demands.templates(a, demand.category());
                String start = templates.isEmpty() ? "" : templates.get(0).replace("{topic}", demand.topic());
                d = new FormDialog(site, title, demand.text()).multiline("text", t.get("step.reply"), start);
                d.onSave(f -> step("text", () -> demands.reply(a, id, new StepText(f.text("text")))));
            }
            case REPLIED -> {
                d = new FormDialog(site, title, demand.reply())
                        .choice("satisfied", t.get("step.satisfaction"), yesNo("step.satisfied", "step.notSatisfied"),
                                null)
                        .text("remark", t.get("step.note"), "");
                d.onSave(f -> step("satisfied", () -> demands.rate(a, id,
                        new Satisfaction(f.choice("satisfied"), Strings.blankToNull(f.text("remark"))))));
            }
            case RATED -> {
                d = new FormDialog(site, title, t.get("step.closeHint")).text("note", t.get("step.note"), "");
                d.onSave(f -> step("note", () -> demands.close(a, id)));
            }
            default -> {
                return;
            }
        }
        if (d.open() == FormDialog.OK) {
            site.status(t.get("demands.stepDone", id));
            reload();
            select(id);
        }
    }

    private List<Choice<Boolean>> yesNo(String yes, String no) {
        return List.of(new Choice<Boolean>(null, t.get("common.choose")), new Choice<>(Boolean.TRUE, t.get(yes)),
                new Choice<>(Boolean.FALSE, t.get(no)));
    }

    /** Runs a step; a step the state does not allow (409) is shown beside {@code field} with the service's message. */
    private void step(String field, Runnable action) {
        try {
            action.run();
        } catch (XingfengException e) {
            if (e.status() == 409) {
                throw ValidationException.of(List.of(new FieldError(field, 0, t.error(e))));
            }
            throw e;
        }
    }

    @Override
    public void setFocus() {
        table.filterBox().setFocus();
    }
}
