package org.xingfeng.evaluations.core.internal.complaints;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;
import org.xingfeng.evaluations.api.EvaluationService;
import org.xingfeng.evaluations.api.complaints.Complaint;
import org.xingfeng.evaluations.api.complaints.ComplaintCategory;
import org.xingfeng.evaluations.api.complaints.ComplaintDraft;
import org.xingfeng.evaluations.api.complaints.ComplaintQuery;
import org.xingfeng.evaluations.api.complaints.ComplaintReply;
import org.xingfeng.evaluations.api.complaints.ComplaintService;
import org.xingfeng.evaluations.api.complaints.ComplaintState;
import org.xingfeng.evaluations.api.complaints.ComplaintStep;
import org.xingfeng.evaluations.api.complaints.ComplaintVerification;
import org.xingfeng.evaluations.api.complaints.CriticismNotice;
import org.xingfeng.evaluations.core.internal.EvaluationsDatabase;
import org.xingfeng.evaluations.core.internal.PersonalDataView;
import org.xingfeng.evaluations.core.internal.UnitScope;
import org.xingfeng.platform.api.Actor;
import org.xingfeng.platform.api.FieldError;
import org.xingfeng.platform.api.ForbiddenException;
import org.xingfeng.platform.api.NotFoundException;
import org.xingfeng.platform.api.Page;
import org.xingfeng.platform.api.PageRequest;
import org.xingfeng.platform.api.PersonalData;
import org.xingfeng.platform.api.audit.AuditLog;
import org.xingfeng.platform.api.calendar.WorkingDayCalendar;
import org.xingfeng.platform.api.i18n.Languages;
import org.xingfeng.platform.api.i18n.Messages;
import org.xingfeng.platform.api.org.OrgService;
import org.xingfeng.platform.api.org.OrgUnit;
import org.xingfeng.platform.api.org.Section;
import org.xingfeng.platform.api.org.Staff;
import org.xingfeng.platform.api.persistence.Jpa;
import org.xingfeng.platform.api.security.Roles;
import org.xingfeng.platform.api.spreadsheet.Table;
import org.xingfeng.platform.api.time.BureauTime;

/**
 * 投诉登记 in the module's table EVAL_COMPLAINT. Settings (component configuration {@code org.xingfeng.evaluations.complaints}):
 * <ul>
 * <li>{@code evaluations.complaintReplyDays} (default 5): working days from the received date to the reply
 * deadline. Seed 001 asks for timely replies (及时答复) but names no number of days, so 5 is this suite's choice.</li>
 * <li>{@code evaluations.criticismThreshold} (default 2): upheld complaints in a calendar year that bring a notice of
 * criticism (seed 001: "累计2次(含2次)以上的，进行系统内通报批评").</li>
 * <li>{@code evaluations.criticismCategories} (default {@code ATTITUDE,POLICY_ANSWER}): the categories that count,
 * the seed's "服务态度不好、政策解答不当等".</li>
 * </ul>
 */
@Component(configurationPid = ComplaintServiceImpl.PID, configurationPolicy = ConfigurationPolicy.REQUIRE)
@Designate(ocd = ComplaintServiceImpl.Config.class)
public class ComplaintServiceImpl implements ComplaintService {

    static final Messages MESSAGES = Messages.of(ComplaintServiceImpl.class);

    public static final String PID = "org.xingfeng.evaluations.complaints";

    @ObjectClassDefinition(id = PID, name = "Complaints", description = "投诉: reply deadlines and notices of criticism")
    public @interface Config {

        @AttributeDefinition(name = "Reply days", description = "working days to reply to a complaint (1..60)")
        int evaluations_complaintReplyDays() default 5;

        @AttributeDefinition(name = "Criticism threshold", description = "upheld complaints in a year that bring 通报批评")
        int evaluations_criticismThreshold() default 2;

        @AttributeDefinition(name = "Criticism categories",
                description = "the categories that count, separated by commas")
        String evaluations_criticismCategories() default "ATTITUDE,POLICY_ANSWER";
    }

    private static final String[] READERS = { EvaluationService.OFFICER_ROLE, EvaluationService.REVIEWER_ROLE,
            Roles.AUDITOR, Roles.ADMIN };

    private final EntityManagerFactory emf;
    private final BureauTime time;
    private final AuditLog audit;
    private final WorkingDayCalendar calendar;
    private final OrgService org;
    private final int replyDays;
    private final int criticismThreshold;
    private final Set<ComplaintCategory> criticismCategories;

    @Activate
    public ComplaintServiceImpl(@Reference EvaluationsDatabase database, @Reference AuditLog audit,
            @Reference WorkingDayCalendar calendar, @Reference OrgService org, @Reference BureauTime time,
            Config config) {
        this.time = time;
        this.emf = database.emf();
        this.audit = audit;
        this.calendar = calendar;
        this.org = org;
        this.replyDays = config.evaluations_complaintReplyDays();
        this.criticismThreshold = config.evaluations_criticismThreshold();
        this.criticismCategories = categories(config.evaluations_criticismCategories());
        if (replyDays < 1 || replyDays > 60) {
            throw new IllegalArgumentException("evaluations.complaintReplyDays must be 1..60, was " + replyDays);
        }
        if (criticismThreshold < 1) {
            throw new IllegalArgumentException(
                    "evaluations.criticismThreshold must be >= 1, was " + criticismThreshold);
        }
    }

    static Set<ComplaintCategory> categories(String list) {
        Set<ComplaintCategory> set = EnumSet.noneOf(ComplaintCategory.class);
        for (String name : list.split("[,，;；\\s]+")) {
            if (!name.isBlank()) {
                try {
                    set.add(ComplaintCategory.valueOf(name.strip().toUpperCase(Locale.ROOT)));
                } catch (IllegalArgumentException e) {
                    throw new IllegalArgumentException("evaluations.criticismCategories: unknown category " + name, e);
                }
            }
        }
        if (set.isEmpty()) {
            throw new IllegalArgumentException("evaluations.criticismCategories names no category");
        }
        return set;
    }

    @Override
    public int replyDays() {
        return replyDays;
    }

    @Override
    public int criticismThreshold() {
        return criticismThreshold;
    }

    private LocalDate today() {
        return time.today();
    }

    private static void requireOfficer(Actor actor) {
        if (!actor.hasAnyRole(EvaluationService.OFFICER_ROLE, Roles.ADMIN)) {
            throw new ForbiddenException(
                    MESSAGES.text("evaluationCases.requires_role", EvaluationService.OFFICER_ROLE));
        }
    }

    private static void requireReader(Actor actor) {
        if (!actor.hasAnyRole(READERS)) {
            throw new ForbiddenException(MESSAGES.text("complaint.requires_evaluations_officer_reviewer_auditor"));
        }
    }

    @Override
    public Complaint register(Actor actor, ComplaintDraft draft) {
        requireOfficer(actor);
        LocalDate today = today();
        List<FieldError> errors = new ArrayList<>(ComplaintRules.check(draft, today));
        ComplaintRules.throwIfAny(errors);
        OrgUnit unit = org.unit(actor, draft.unitId()).orElse(null); // out of reach: as if there were none
        if (unit == null) {
            errors.add(FieldError.of("unitId", MESSAGES.text("complaint.unit_not_found", draft.unitId())));
        }
        Long sectionId = draft.sectionId();
        if (draft.staffId() != null) {
            Optional<Staff> staff = org.staffMember(actor, draft.staffId());
            if (staff.isEmpty() || unit == null || staff.get().unitId() != unit.id()) {
                errors.add(FieldError.of("staffId",
                        MESSAGES.text("complaint.staff_member_not_found_unit", draft.staffId())));
            } else if (sectionId == null) {
                sectionId = staff.get().sectionId();
            }
        }
        if (draft.sectionId() != null) {
            Optional<Section> section = org.section(actor, draft.sectionId());
            if (section.isEmpty() || unit == null || section.get().unitId() != unit.id()) {
                errors.add(FieldError.of("sectionId",
                        MESSAGES.text("complaint.section_not_found_unit", draft.sectionId())));
            }
        }
        ComplaintRules.throwIfAny(errors);
        ComplaintEntity e = new ComplaintEntity();
        e.unitId = unit.id();
        e.channel = draft.channel();
        e.category = draft.category();
        e.subject = draft.subject();
        e.staffId = draft.staffId();
        e.windowNo = ComplaintRules.clean(draft.windowNo());
        e.sectionId = sectionId;
        e.complainantName = ComplaintRules.clean(draft.complainantName());
        e.complainantContact = ComplaintRules.clean(draft.complainantContact());
        e.content = draft.content().strip();
        e.receivedOn = draft.receivedDate();
        e.replyDue = calendar.addWorkingDays(draft.receivedDate(), replyDays);
        e.registeredBy = actor.username();
        e.registeredAt = Timestamp.from(time.now());
        e.state = ComplaintState.REGISTERED;
        Complaint created = Jpa.inTransaction(emf, em -> {
            em.persist(e);
            em.flush();
            Complaint made = toRecord(e, new Names());
            // the audit log is read by auditors and administrators, who need not see the complainant: masked there
            audit.record(actor, "register", AUDIT_TYPE, made.id(), null, shown(made, false));
            return made;
        });
        return shown(created, PersonalDataView.clear(actor));
    }

    @Override
    public Complaint verify(Actor actor, long id, ComplaintVerification verification) {
        requireOfficer(actor);
        ComplaintRules.throwIfAny(ComplaintRules.check(verification));
        return step(actor, id, ComplaintStep.VERIFY, e -> {
            e.upheld = verification.upheld();
            e.findings = verification.findings().strip();
            e.verifiedBy = actor.username();
            e.verifiedAt = Timestamp.from(time.now());
            e.state = ComplaintState.VERIFIED;
        });
    }

    @Override
    public Complaint reply(Actor actor, long id, ComplaintReply reply) {
        requireOfficer(actor);
        ComplaintRules.throwIfAny(ComplaintRules.check(reply));
        return step(actor, id, ComplaintStep.REPLY, e -> {
            Instant now = time.now();
            e.replyText = reply.text().strip();
            e.repliedBy = actor.username();
            e.repliedAt = Timestamp.from(now);
            e.repliedOn = LocalDate.ofInstant(now, time.zone());
            e.state = ComplaintState.REPLIED;
        });
    }

    private Complaint step(Actor actor, long id, ComplaintStep step,
            java.util.function.Consumer<ComplaintEntity> change) {
        Names names = new Names();
        Complaint[] beforeAfter = Jpa.inTransaction(emf, em -> {
            ComplaintEntity e = em.find(ComplaintEntity.class, id, jakarta.persistence.LockModeType.PESSIMISTIC_WRITE);
            if (e == null || !actor.reach().contains(e.unitId)) {
                throw new NotFoundException(MESSAGES.text("entity.complaint"), id);
            }
            ComplaintRules.requireDue(e.state, step);
            Complaint before = toRecord(e, names);
            change.accept(e);
            em.flush();
            Complaint after = toRecord(e, names);
            audit.record(actor, step.name().toLowerCase(Locale.ROOT), AUDIT_TYPE, id, shown(before, false),
                    shown(after, false));
            return new Complaint[] { before, after };
        });
        return shown(beforeAfter[1], PersonalDataView.clear(actor));
    }

    @Override
    public Optional<Complaint> complaint(Actor actor, long id) {
        requireReader(actor);
        boolean clear = PersonalDataView.clear(actor);
        return Jpa.read(emf, em -> Optional.ofNullable(em.find(ComplaintEntity.class, id))
                .filter(e -> actor.reach().contains(e.unitId)).map(e -> shown(toRecord(e, new Names()), clear)));
    }

    @Override
    public Page<Complaint> complaints(Actor actor, ComplaintQuery query, PageRequest page) {
        requireReader(actor);
        ComplaintQuery q = query == null ? ComplaintQuery.ALL : query;
        List<Long> units = UnitScope.ids(org, actor, q.unitId());
        boolean clear = PersonalDataView.clear(actor);
        LocalDate today = today();
        Names names = new Names();
        return Jpa.read(emf, em -> Jpa.page(em, ComplaintEntity.class, "unitId", units, (cb, c) -> {
            List<Predicate> where = new ArrayList<>();
            if (q.state() != null) {
                where.add(cb.equal(c.get("state"), q.state()));
            }
            if (q.year() != null) {
                where.add(
                        cb.between(c.get("receivedOn"), LocalDate.of(q.year(), 1, 1), LocalDate.of(q.year(), 12, 31)));
            }
            if (q.staffId() != null) {
                where.add(cb.equal(c.get("staffId"), q.staffId()));
            }
            if (q.overdue() != null) {
                where.add(q.overdue() ? overdue(cb, c, today) : cb.not(overdue(cb, c, today)));
            }
            return where;
        }, (cb, c) -> cb.desc(c.get("receivedOn")), page)).map(e -> shown(toRecord(e, names), clear));
    }

    @Override
    public Table export(Actor actor, ComplaintQuery query) {
        ComplaintQuery q = query == null ? ComplaintQuery.ALL : query;
        List<Complaint> rows = complaints(actor, q, PageRequest.EXPORT).items();
        if (PersonalDataView.clear(actor)
                && rows.stream().anyMatch(c -> c.complainantName() != null || c.complainantContact() != null)) {
            audit.record(actor, "export", AUDIT_TYPE, null, null, q);
        }
        return table(rows);
    }

    /** The complaint as the actor may see it: the complainant's name and contact masked unless an officer's. */
    private static Complaint shown(Complaint c, boolean clear) {
        if (clear || (c.complainantName() == null && c.complainantContact() == null)) {
            return c;
        }
        return new Complaint(c.id(), c.unitId(), c.unitName(), c.channel(), c.category(), c.subject(), c.staffId(),
                c.staffNumber(), c.staffName(), c.windowNo(), c.sectionId(), c.sectionName(),
                PersonalData.maskName(c.complainantName()), PersonalDataView.contact(c.complainantContact()),
                c.content(),
                c.receivedDate(), c.replyDue(), c.registeredBy(), c.registeredAt(), c.upheld(), c.findings(),
                c.verifiedBy(),
                c.verifiedAt(), c.reply(), c.repliedBy(), c.repliedAt(), c.repliedOn(), c.state(), c.due(),
                c.overdue());
    }

    /** The database form of {@link ComplaintRules#overdue}. */
    private static Predicate overdue(CriteriaBuilder cb, Root<ComplaintEntity> c, LocalDate today) {
        return cb.or(cb.and(cb.isNull(c.get("repliedOn")), cb.lessThan(c.<LocalDate>get("replyDue"), today)),
                cb.and(cb.isNotNull(c.get("repliedOn")),
                        cb.greaterThan(c.<LocalDate>get("repliedOn"), c.<LocalDate>get("replyDue"))));
    }

    @Override
    public List<CriticismNotice> criticism(Actor actor, int year, Long unitId) {
        requireReader(actor);
        List<Long> units = UnitScope.ids(org, actor, unitId);
        List<Object[]> rows = Jpa.read(emf, em -> em.createQuery("select c.staffId, c.id from ComplaintEntity c "
                + "where c.upheld = true and c.staffId is not null and c.category in :categories "
                + "and c.receivedOn between :from and :to order by c.staffId, c.receivedOn, c.id", Object[].class)
                .setParameter("categories", criticismCategories)
                .setParameter("from", LocalDate.of(year, 1, 1)).setParameter("to", LocalDate.of(year, 12, 31))
                .getResultList());
        Map<Long, List<Long>> byStaff = new LinkedHashMap<>();
        for (Object[] r : rows) {
            byStaff.computeIfAbsent(((Number) r[0]).longValue(), k -> new ArrayList<>())
                    .add(((Number) r[1]).longValue());
        }
        Names names = new Names();
        List<CriticismNotice> notices = new ArrayList<>();
        byStaff.forEach((staffId, ids) -> {
            if (ids.size() < criticismThreshold) {
                return;
            }
            Staff s = names.staff(staffId);
            if (s == null || (units != null && !units.contains(s.unitId()))) {
                return;
            }
            notices.add(new CriticismNotice(staffId, s.staffNumber(), s.name(), s.unitId(), names.unitName(s.unitId()),
                    year, ids.size(), ids));
        });
        notices.sort(Comparator.comparingInt(CriticismNotice::upheldComplaints).reversed()
                .thenComparing(CriticismNotice::staffNumber));
        return notices;
    }

    @Override
    public Table table(List<Complaint> complaints) {
        List<List<Object>> rows = new ArrayList<>();
        for (Complaint c : complaints) {
            rows.add(Arrays.asList(c.id(), c.receivedDate(), c.channel().nameZh(), c.category().nameZh(), c.unitName(),
                    c.subject().nameZh(), c.staffNumber(), c.staffName(), c.windowNo(), c.sectionName(),
                    c.complainantName(),
                    c.complainantContact(), c.content(), c.state().nameZh(), c.replyDue(),
                    c.upheld() == null ? null : (c.upheld() ? "属实" : "不属实"), c.findings(), c.reply(), c.repliedOn(),
                    c.overdue() ? "是" : "否", c.registeredBy()));
        }
        return new Table("投诉登记", "投诉", List.of(MESSAGES.get(Languages.CHINESE, "column.id"),
                MESSAGES.get(Languages.CHINESE, "column.receivedDate"),
                MESSAGES.get(Languages.CHINESE, "column.channel"), MESSAGES.get(Languages.CHINESE, "column.category"),
                MESSAGES.get(Languages.CHINESE, "column.unit"), MESSAGES.get(Languages.CHINESE, "column.subject"),
                MESSAGES.get(Languages.CHINESE, "column.staffNumber"), MESSAGES.get(Languages.CHINESE, "column.staff"),
                MESSAGES.get(Languages.CHINESE, "column.window"), MESSAGES.get(Languages.CHINESE, "column.section"),
                MESSAGES.get(Languages.CHINESE, "column.complainant"),
                MESSAGES.get(Languages.CHINESE, "column.contact"),
                MESSAGES.get(Languages.CHINESE, "column.complaintContent"),
                MESSAGES.get(Languages.CHINESE, "column.status"), MESSAGES.get(Languages.CHINESE, "column.replyDue"),
                MESSAGES.get(Languages.CHINESE, "column.verificationResult"),
                MESSAGES.get(Languages.CHINESE, "column.verificationFindings"),
                MESSAGES.get(Languages.CHINESE, "column.reply"), MESSAGES.get(Languages.CHINESE, "column.repliedOn"),
                MESSAGES.get(Languages.CHINESE, "column.overdue"),
                MESSAGES.get(Languages.CHINESE, "column.registeredBy")), rows);
    }

    @Override
    public Table criticismTable(List<CriticismNotice> notices) {
        List<List<Object>> rows = new ArrayList<>();
        for (CriticismNotice n : notices) {
            rows.add(Arrays.asList(n.year(), n.unitName(), n.staffNumber(), n.staffName(), n.upheldComplaints(),
                    String.join("、", n.complaintIds().stream().map(String::valueOf).toList())));
        }
        return new Table("通报批评名单", "通报批评", List.of(MESSAGES.get(Languages.CHINESE, "column.year"),
                MESSAGES.get(Languages.CHINESE, "column.unit"), MESSAGES.get(Languages.CHINESE, "column.staffNumber"),
                MESSAGES.get(Languages.CHINESE, "column.personName"),
                MESSAGES.get(Languages.CHINESE, "column.upheldComplaints"),
                MESSAGES.get(Languages.CHINESE, "column.complaintIds")), rows);
    }

    private Complaint toRecord(ComplaintEntity e, Names names) {
        Staff staff = e.staffId == null ? null : names.staff(e.staffId);
        Section section = e.sectionId == null ? null : names.section(e.sectionId);
        return new Complaint(e.id, e.unitId, names.unitName(e.unitId), e.channel, e.category, e.subject, e.staffId,
                staff == null ? null : staff.staffNumber(), staff == null ? null : staff.name(), e.windowNo,
                e.sectionId,
                section == null ? null : section.name(), e.complainantName, e.complainantContact, e.content,
                e.receivedOn,
                e.replyDue, e.registeredBy, instant(e.registeredAt), e.upheld, e.findings, e.verifiedBy,
                instant(e.verifiedAt), e.replyText, e.repliedBy, instant(e.repliedAt), e.repliedOn, e.state,
                e.state.due(), ComplaintRules.overdue(e.replyDue, e.repliedOn, today()));
    }

    private static Instant instant(Timestamp t) {
        return t == null ? null : t.toInstant();
    }

    /** Org names looked up once per request (for complaints already checked against the reach). */
    private final class Names {
        private final Map<Long, Optional<Staff>> staff = new HashMap<>();
        private final Map<Long, Optional<Section>> sections = new HashMap<>();
        private final Map<Long, Optional<OrgUnit>> units = new HashMap<>();

        Staff staff(long id) {
            return staff.computeIfAbsent(id, k -> org.staffMember(Actor.SYSTEM, k)).orElse(null);
        }

        Section section(long id) {
            return sections.computeIfAbsent(id, k -> org.section(Actor.SYSTEM, k)).orElse(null);
        }

        String unitName(long id) {
            return units.computeIfAbsent(id, k -> org.unit(Actor.SYSTEM, k)).map(OrgUnit::name).orElse(null);
        }
    }
}
