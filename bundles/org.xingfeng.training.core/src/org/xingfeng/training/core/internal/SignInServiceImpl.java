package org.xingfeng.training.core.internal;

import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Base64;
import java.util.List;
import java.util.Optional;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;
import org.xingfeng.platform.api.Actor;
import org.xingfeng.platform.api.ConflictException;
import org.xingfeng.platform.api.FieldError;
import org.xingfeng.platform.api.NotFoundException;
import org.xingfeng.platform.api.ValidationException;
import org.xingfeng.platform.api.XingfengException;
import org.xingfeng.platform.api.audit.AuditLog;
import org.xingfeng.platform.api.i18n.Messages;
import org.xingfeng.platform.api.org.OrgService;
import org.xingfeng.platform.api.org.OrgUnit;
import org.xingfeng.platform.api.org.Staff;
import org.xingfeng.platform.api.persistence.Jpa;
import org.xingfeng.platform.api.time.BureauTime;
import org.xingfeng.training.api.attendance.AttendanceMark;
import org.xingfeng.training.api.signin.SignIn;
import org.xingfeng.training.api.signin.SignInCode;
import org.xingfeng.training.api.signin.SignInDraft;
import org.xingfeng.training.api.signin.SignInService;
import org.xingfeng.training.api.signin.SignInSession;
import org.xingfeng.training.api.signin.SignInState;

/**
 * 扫码签到. The signing key is made once and kept in the module's database (TRN_SIGNIN_KEY), as the evaluation tickets'
 * is, so every server of a shared database signs and reads the same codes. A sign-in writes one attendance row; the
 * row's unique (session, staff) constraint keeps a person to one even when two phones send at once. Settings: PID
 * {@value #PID}.
 */
@Component(configurationPid = SignInServiceImpl.PID, configurationPolicy = ConfigurationPolicy.REQUIRE)
@Designate(ocd = SignInServiceImpl.Config.class)
public class SignInServiceImpl implements SignInService {

    public static final String PID = "org.xingfeng.training.signin";
    static final Messages MESSAGES = Messages.of(SignInServiceImpl.class);
    private static final DateTimeFormatter HM = DateTimeFormatter.ofPattern("MM-dd HH:mm");

    @ObjectClassDefinition(id = PID, name = "Training sign-in", description = "培训扫码签到: when a session's sign-in opens")
    public @interface Config {

        @AttributeDefinition(name = "Opens before the start",
                description = "minutes before a session starts that its QR sign-in opens (0..240)")
        int training_signIn_earlyMinutes() default 30;
    }

    private final EntityManagerFactory emf;
    private final OrgService org;
    private final AuditLog audit;
    private final BureauTime time;
    private final int earlyMinutes;
    private final byte[] key;

    @Activate
    public SignInServiceImpl(@Reference TrainingDatabase database, @Reference OrgService org,
            @Reference AuditLog audit, @Reference BureauTime time, Config config) {
        if (config.training_signIn_earlyMinutes() < 0 || config.training_signIn_earlyMinutes() > 240) {
            throw new IllegalArgumentException(PID + ": training.signIn.earlyMinutes must be 0..240");
        }
        this.emf = database.emf();
        this.org = org;
        this.audit = audit;
        this.time = time;
        this.earlyMinutes = config.training_signIn_earlyMinutes();
        this.key = loadOrMakeKey();
    }

    private byte[] loadOrMakeKey() {
        Optional<byte[]> found = readKey();
        if (found.isPresent()) {
            return found.get();
        }
        byte[] fresh = new byte[SignInRules.KEY_BYTES];
        new SecureRandom().nextBytes(fresh);
        try {
            Jpa.run(emf, em -> {
                SignInKeyEntity e = new SignInKeyEntity();
                e.id = 1;
                e.key = Base64.getEncoder().encodeToString(fresh);
                e.createdAt = time.now();
                em.persist(e);
            });
        } catch (RuntimeException e) {
            return readKey().orElseThrow(() -> e); // another server made it first
        }
        return readKey().orElseThrow();
    }

    private Optional<byte[]> readKey() {
        return Jpa.read(emf, em -> Optional.ofNullable(em.find(SignInKeyEntity.class, 1))
                .map(k -> Base64.getDecoder().decode(k.key)));
    }

    @Override
    public SignInCode code(Actor actor, long sessionId) {
        Access.requireOfficer(actor);
        SessionEntity s = Jpa.read(emf, em -> {
            SessionEntity found = em.find(SessionEntity.class, sessionId);
            CourseEntity c = found == null ? null : em.find(CourseEntity.class, found.courseId);
            if (c == null || !actor.reach().contains(c.unitId)) {
                throw new NotFoundException(MESSAGES.text("entity.session"), sessionId);
            }
            return found;
        });
        ZoneId zone = time.zone();
        Instant opens = SignInRules.opensAt(s.day, s.startsAt, zone, earlyMinutes);
        Instant closes = SignInRules.closesAt(s.day, s.endsAt, zone);
        return new SignInCode(sessionId, SignInRules.sign(key, sessionId, closes), opens, closes);
    }

    @Override
    public SignInSession session(String code) {
        SignInRules.Verified v = SignInRules.verify(key, code);
        return Jpa.read(emf, em -> {
            SessionEntity s = em.find(SessionEntity.class, v.sessionId());
            CourseEntity c = s == null ? null : em.find(CourseEntity.class, s.courseId);
            if (c == null) {
                throw SignInRules.invalid(); // the session was deleted since
            }
            return toSession(s, c, v);
        });
    }

    private SignInSession toSession(SessionEntity s, CourseEntity c, SignInRules.Verified v) {
        ZoneId zone = time.zone();
        Instant opens = SignInRules.opensAt(s.day, s.startsAt, zone, earlyMinutes);
        Instant closes = SignInRules.closesAt(s.day, s.endsAt, zone);
        if (v.expiresAt().isBefore(closes)) {
            closes = v.expiresAt(); // a code of the session's earlier times
        }
        String unit = org.unit(Actor.SYSTEM, c.unitId).map(OrgUnit::name).orElse(null);
        return new SignInSession(s.id, c.title, unit, s.day, s.startsAt, s.endsAt,
                s.place != null ? s.place : c.place, s.topic, opens, closes,
                SignInRules.state(time.now(), opens, closes));
    }

    @Override
    public SignIn signIn(SignInDraft draft) {
        List<FieldError> errors = SignInRules.check(draft);
        if (!errors.isEmpty()) {
            throw ValidationException.of(errors);
        }
        SignInSession info = session(draft.code());
        ZoneId zone = time.zone();
        if (info.state() == SignInState.NOT_YET) {
            throw new ConflictException("signin_not_open",
                    MESSAGES.text("signin.not_open", HM.format(info.opensAt().atZone(zone))));
        }
        if (info.state() == SignInState.CLOSED) {
            throw new ConflictException("signin_closed", MESSAGES.text("signin.closed"));
        }
        Staff member = org.staffByNumber(Actor.SYSTEM, draft.staffNumber().strip())
                .filter(Staff::active)
                .filter(st -> SignInRules.sameName(draft.name(), st.name()))
                .orElseThrow(SignInServiceImpl::unknown);
        Instant now = time.now();
        Actor signer = new Actor(0, "signin:" + member.staffNumber(), java.util.Set.of(), Actor.SYSTEM.reach());
        Object[] done;
        try {
            done = Jpa.inTransaction(emf, em -> {
                Object[] d = record(em, info, member, now);
                AttendanceEntity a = (AttendanceEntity) d[0];
                audit.record(signer, d[1] == null ? "create" : "update", AUDIT_TYPE, a.id, d[1],
                        java.util.Map.of("sessionId", a.sessionId, "staffId", a.staffId, "present", true));
                return d;
            });
        } catch (XingfengException e) {
            throw e;
        } catch (RuntimeException e) {
            // the other of two sign-ins sent at once stored first (the unique constraint)
            if (existing(info.sessionId(), member.id()).filter(a -> a.present).isPresent()) {
                throw twice(existing(info.sessionId(), member.id()).get(), zone);
            }
            throw e;
        }
        AttendanceEntity a = (AttendanceEntity) done[0];
        return new SignIn(a.id, a.sessionId, info.courseTitle(), member.name(),
                org.unit(Actor.SYSTEM, member.unitId()).map(OrgUnit::name).orElse(null), now, a.hours,
                SignInRules.minutesLate(now, info.day(), info.startsAt(), zone));
    }

    private Object[] record(EntityManager em, SignInSession info, Staff member, Instant now) {
        SessionEntity s = em.find(SessionEntity.class, info.sessionId());
        CourseEntity c = s == null ? null : em.find(CourseEntity.class, s.courseId);
        if (c == null) {
            throw SignInRules.invalid();
        }
        boolean inCourseUnit = org.subtree(Actor.SYSTEM, c.unitId).stream().anyMatch(u -> u.id() == member.unitId());
        if (!inCourseUnit) {
            throw unknown();
        }
        List<AttendanceEntity> rows = em.createQuery(
                "select a from AttendanceEntity a where a.sessionId = :s and a.staffId = :p", AttendanceEntity.class)
                .setParameter("s", s.id).setParameter("p", member.id()).getResultList();
        AttendanceEntity a = rows.isEmpty() ? new AttendanceEntity() : rows.get(0);
        if (a.id != null && a.present) {
            throw twice(a, time.zone());
        }
        java.util.Map<String, Object> before = a.id == null ? null
                : java.util.Map.of("sessionId", a.sessionId, "staffId", a.staffId, "present", a.present);
        a.sessionId = s.id;
        a.courseId = c.id;
        a.day = s.day;
        a.staffId = member.id();
        a.unitId = member.unitId();
        a.present = true;
        a.mark = AttendanceMark.PRESENT;
        a.hours = s.hours;
        a.recordedBy = "signin:" + member.staffNumber();
        a.recordedAt = Timestamp.from(now);
        if (a.id == null) {
            em.persist(a);
        }
        em.flush();
        return new Object[] { a, before };
    }

    private Optional<AttendanceEntity> existing(long sessionId, long staffId) {
        return Jpa.read(emf, em -> em.createQuery(
                "select a from AttendanceEntity a where a.sessionId = :s and a.staffId = :p", AttendanceEntity.class)
                .setParameter("s", sessionId).setParameter("p", staffId).getResultList().stream().findFirst());
    }

    private static XingfengException unknown() {
        return new XingfengException(400, "signin_staff_unknown", MESSAGES.text("signin.staff_unknown"),
                List.of(FieldError.of("staffNumber", MESSAGES.text("signin.staff_unknown"))));
    }

    private static ConflictException twice(AttendanceEntity a, ZoneId zone) {
        return new ConflictException("signin_twice",
                MESSAGES.text("signin.twice", HM.format(a.recordedAt.toInstant().atZone(zone))));
    }
}
