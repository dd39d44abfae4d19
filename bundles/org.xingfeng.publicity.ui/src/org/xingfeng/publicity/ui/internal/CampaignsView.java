package org.xingfeng.publicity.ui.internal;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumSet;
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
import org.xingfeng.platform.api.Actor;
import org.xingfeng.platform.api.PageRequest;
import org.xingfeng.platform.api.org.OrgService;
import org.xingfeng.platform.ui.ContributedView;
import org.xingfeng.platform.ui.ViewSite;
import org.xingfeng.platform.ui.widgets.BarChart;
import org.xingfeng.platform.ui.widgets.Choice;
import org.xingfeng.platform.ui.widgets.DataTable;
import org.xingfeng.platform.ui.widgets.FormDialog;
import org.xingfeng.platform.ui.widgets.Texts;
import org.xingfeng.publicity.api.campaigns.ActivityDraft;
import org.xingfeng.publicity.api.campaigns.Campaign;
import org.xingfeng.publicity.api.campaigns.CampaignDraft;
import org.xingfeng.publicity.api.campaigns.CampaignQuery;
import org.xingfeng.publicity.api.campaigns.CampaignService;
import org.xingfeng.publicity.api.campaigns.Channel;
import org.xingfeng.publicity.api.campaigns.TargetGroup;
import org.xingfeng.publicity.api.campaigns.UnitOutputs;
import org.xingfeng.publicity.api.campaigns.VenueKind;

/**
 * 集中宣传看板: the campaigns the user's units run or take part in (theme, period, goal, 五进 venues, channels); for the
 * chosen campaign, each unit's outputs with the units below it (activities, leaflets, banners, screens, sessions,
 * people reached), indented by the org tree, and a chart of the people reached per unit directly below the top.
 */
public class CampaignsView implements ContributedView {

    private final ViewSite site;
    private final CampaignService campaigns;
    private final OrgService org;
    private final Texts t;
    private final SashForm root;
    private final DataTable<Campaign> list;
    private final Label chosen;
    private final DataTable<UnitOutputs> rollup;
    private final BarChart chart;
    private final Button activityButton;
    private final Button newButton;
    private final Button editButton;
    private Campaign shown;
    private Set<Long> reach;

    public CampaignsView(Composite parent, ViewSite site, CampaignService campaigns, OrgService org) {
        this.site = site;
        this.campaigns = campaigns;
        this.org = org;
        this.t = Texts.of(site, CampaignsView.class);
        root = new SashForm(parent, SWT.VERTICAL);
        list = new DataTable<>(root, site, t.get("view.campaigns"), List.of(
                PublicityUi.<Campaign>column(t, "campaign.theme", Campaign::theme).width(220),
                PublicityUi.<Campaign>column(t, "article.unit", Campaign::unitName).width(140),
                PublicityUi.<Campaign>column(t, "campaign.start", Campaign::startDate).width(90),
                PublicityUi.<Campaign>column(t, "campaign.end", Campaign::endDate).width(90),
                PublicityUi.<Campaign>column(t, "campaign.goal", Campaign::goal).width(200),
                PublicityUi.<Campaign>column(t, "campaign.venues", c -> c.venueKinds().stream().sorted()
                        .map(v -> PublicityUi.label(t, v)).collect(Collectors.joining("、"))).width(200),
                PublicityUi.<Campaign>column(t, "campaign.channels", c -> c.channels().stream().sorted()
                        .map(v -> PublicityUi.label(t, v)).collect(Collectors.joining("、"))).width(200)));
        list.onSelection(this::show);
        newButton = list.addButton(t.get("campaign.new"), () -> campaignDialog(null));
        newButton.setEnabled(PublicityUi.editor(site));
        editButton = list.addButton(t.get("campaign.edit"), () -> campaignDialog(list.selected()));
        editButton.setEnabled(false);
        activityButton = list.addButton(t.get("activity.new"), () -> activityDialog(list.selected()));
        activityButton.setEnabled(false);
        Composite detail = new Composite(root, SWT.NONE);
        detail.setLayout(new GridLayout(1, false));
        chosen = new Label(detail, SWT.NONE);
        chosen.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        SashForm split = new SashForm(detail, SWT.HORIZONTAL);
        split.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        rollup = new DataTable<>(split, site, t.get("campaign.rollup"), List.of(
                PublicityUi
                        .<UnitOutputs>column(t, "article.unit",
                                u -> "—".repeat(u.depth()) + (u.depth() > 0 ? " " : "") + u.unitName())
                        .width(180),
                PublicityUi.<UnitOutputs>column(t, "outputs.activities", u -> u.total().activities()).width(60),
                PublicityUi.<UnitOutputs>column(t, "outputs.leaflets", u -> u.total().leaflets()).width(80),
                PublicityUi.<UnitOutputs>column(t, "outputs.banners", u -> u.total().banners()).width(70),
                PublicityUi.<UnitOutputs>column(t, "outputs.screens", u -> u.total().screens()).width(60),
                PublicityUi.<UnitOutputs>column(t, "outputs.sessions", u -> u.total().sessions()).width(60),
                PublicityUi.<UnitOutputs>column(t, "outputs.peopleReached", u -> u.total().peopleReached())
                        .width(80)));
        chart = new BarChart(split, t.locale());
        split.setWeights(3, 2);
        root.setWeights(2, 3);
        reload();
    }

    private Actor actor() {
        return site.session().actor();
    }

    public void reload() {
        list.load(t.get("reading"),
                monitor -> campaigns.campaigns(actor(), CampaignQuery.ALL, PageRequest.ALL).items());
    }

    /** Shows a campaign's roll-up (as a selection in the list does). */
    public void show(Campaign c) {
        shown = c;
        activityButton.setEnabled(c != null && PublicityUi.editor(site));
        editButton.setEnabled(c != null && PublicityUi.editor(site) && inReach(c.unitId()));
        if (c == null) {
            return;
        }
        chosen.setText(t.get("campaign.chosen", c.theme(), c.startDate(), c.endDate()));
        site.run(t.get("reading"), monitor -> campaigns.rollup(actor(), c.id(), null), rows -> {
            if (root.isDisposed()) {
                return;
            }
            rollup.setRows(rows);
            chart.setTitle(t.get("campaign.chart"));
            chart.setValueFormat(v -> String.format("%.0f", v));
            List<BarChart.Bar> bars = rows.stream().filter(u -> u.depth() == 1)
                    .map(u -> new BarChart.Bar(u.unitName(), (double) u.total().peopleReached())).toList();
            chart.setRange(0, PublicityUi.top(bars.stream().map(BarChart.Bar::value).toList()));
            chart.setBars(bars);
        });
    }

    /**
     * 登记活动: an activity of the campaign with its outputs, held by the campaign's unit or one below it. Counts and
     * dates are checked as typed, the rest by the service; refusals are marked on their fields; on success the
     * campaign's roll-up is read again.
     */
    public void activityDialog(Campaign c) {
        if (c == null || !PublicityUi.editor(site)) {
            return;
        }
        List<Choice<Long>> units = PublicityUi.unitChoices(t, org, actor());
        Long first = units.stream().map(Choice::value).filter(u -> u == c.unitId()).findFirst()
                .orElse(units.isEmpty() ? null : units.get(0).value());
        LocalDate today = site.time().today();
        LocalDate day = today.isAfter(c.endDate()) ? c.endDate() : today;
        FormDialog d = new FormDialog(site, t.get("activity.newTitle"),
                t.get("campaign.chosen", c.theme(), c.startDate(), c.endDate()))
                .choice("unitId", t.get("article.unit"), units, first)
                .text("date", t.get("activity.date"), day.toString())
                .choice("venueKind", t.get("activity.venueKind"), PublicityUi.choices(t, VenueKind.values(), false),
                        c.venueKinds().stream().sorted().findFirst().orElse(VenueKind.COMMUNITY))
                .text("venue", t.get("activity.venue"), "")
                .multiline("description", t.get("activity.description"), "");
        for (String count : COUNTS) {
            d.text(count, t.get("outputs." + count), "0");
        }
        d.onSave(f -> campaigns.addActivity(actor(), c.id(),
                new ActivityDraft(f.choice("unitId"), PublicityUi.date("date", f.text("date")), f.choice("venueKind"),
                        PublicityUi.blankToNull(f.text("venue")), PublicityUi.blankToNull(f.text("description")),
                        PublicityUi.count("leaflets", f.text("leaflets")),
                        PublicityUi.count("banners", f.text("banners")),
                        PublicityUi.count("screens", f.text("screens")),
                        PublicityUi.count("sessions", f.text("sessions")),
                        PublicityUi.count("peopleReached", f.text("peopleReached")))));
        if (d.open() == FormDialog.OK) {
            site.status(t.get("activity.saved"));
            if (shown != null && shown.id() == c.id()) {
                show(c);
            }
        }
    }

    /**
     * 新建或修改活动: unit, theme, period, goal and the groups, 五进 venues and channels as check lists. Dates are checked
     * as typed, the rest by the service, its refusals marked on their fields; saved once, then the board is read again.
     */
    public void campaignDialog(Campaign c) {
        if (!PublicityUi.editor(site)) {
            return;
        }
        List<Choice<Long>> units = PublicityUi.unitChoices(t, org, actor());
        Long unit = c != null ? c.unitId() : units.isEmpty() ? null : units.get(0).value();
        LocalDate today = site.time().today();
        FormDialog d = new WideChecksForm(site, t.get(c == null ? "campaign.newTitle" : "campaign.editTitle"),
                t.get("campaign.hint"))
                .choice("unitId", t.get("article.unit"), units, unit)
                .text("theme", t.get("campaign.theme"), c == null ? "" : c.theme())
                .text("startDate", t.get("campaign.start"), (c == null ? today : c.startDate()).toString())
                .text("endDate", t.get("campaign.end"), (c == null ? today.plusMonths(1).minusDays(1) : c.endDate())
                        .toString())
                .multiline("goal", t.get("campaign.goal"), c == null || c.goal() == null ? "" : c.goal())
                .checks("targetGroups", t.get("campaign.groups"), checks(TargetGroup.values()),
                        names(c == null ? Set.of() : c.targetGroups()))
                .checks("venueKinds", t.get("campaign.venues"), checks(VenueKind.values()),
                        names(c == null ? Set.of() : c.venueKinds()))
                .checks("channels", t.get("campaign.channels"), checks(Channel.values()),
                        names(c == null ? Set.of() : c.channels()));
        Campaign[] saved = new Campaign[1];
        d.onSave(f -> {
            CampaignDraft draft = new CampaignDraft(f.choice("unitId"), f.text("theme").strip(),
                    PublicityUi.date("startDate", f.text("startDate")), PublicityUi.date("endDate", f.text("endDate")),
                    PublicityUi.blankToNull(f.text("goal")), values(TargetGroup.class, f.checkedValues("targetGroups")),
                    values(VenueKind.class, f.checkedValues("venueKinds")),
                    values(Channel.class, f.checkedValues("channels")));
            saved[0] = c == null ? campaigns.create(actor(), draft) : campaigns.update(actor(), c.id(), draft);
        });
        if (d.open() == FormDialog.OK) {
            site.status(t.get("campaign.saved", saved[0].theme()));
            reload();
            show(saved[0]);
        }
    }

    /**
     * Whether the campaign's unit is in the user's reach: only then may it be changed (a campaign of a unit above is
     * taken part in, not edited). The units are read once per view.
     */
    private boolean inReach(long unitId) {
        if (reach == null) {
            reach = org.units(actor()).stream().map(u -> u.id()).collect(Collectors.toSet());
        }
        return reach.contains(unitId);
    }

    private <E extends Enum<E>> List<Choice<String>> checks(E[] values) {
        return Arrays.stream(values).map(v -> new Choice<>(v.name(), PublicityUi.label(t, v))).toList();
    }

    private static Set<String> names(Set<? extends Enum<?>> values) {
        return values.stream().map(Enum::name).collect(Collectors.toSet());
    }

    private static <E extends Enum<E>> Set<E> values(Class<E> type, Set<String> names) {
        Set<E> out = EnumSet.noneOf(type);
        names.forEach(n -> out.add(Enum.valueOf(type, n)));
        return out;
    }

    public Button newButton() {
        return newButton;
    }

    public Button editButton() {
        return editButton;
    }

    /** The outputs an activity records, as the form's fields and the service's field names. */
    static final List<String> COUNTS = List.of("leaflets", "banners", "screens", "sessions", "peopleReached");

    public Button activityButton() {
        return activityButton;
    }

    public DataTable<Campaign> list() {
        return list;
    }

    public DataTable<UnitOutputs> rollup() {
        return rollup;
    }

    public BarChart chart() {
        return chart;
    }

    @Override
    public void setFocus() {
        list.filterBox().setFocus();
    }
}
