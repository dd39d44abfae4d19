package org.xingfeng.platform.core.internal.calendar;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.xingfeng.platform.api.Actor;
import org.xingfeng.platform.api.ValidationException;
import org.xingfeng.platform.api.audit.AuditLog;
import org.xingfeng.platform.api.calendar.CalendarAdmin;
import org.xingfeng.platform.api.calendar.DayKind;
import org.xingfeng.platform.api.calendar.WorkingDayRules;
import org.xingfeng.platform.api.calendar.SpecialDay;
import org.xingfeng.platform.api.calendar.WorkingDayCalendar;
import org.xingfeng.platform.api.i18n.Messages;
import org.xingfeng.platform.api.persistence.Jpa;
import org.xingfeng.platform.api.security.Roles;
import org.xingfeng.platform.core.internal.Access;
import org.xingfeng.platform.core.internal.store.PlatformStore;
import org.xingfeng.platform.core.internal.store.SpecialDayEntity;

/**
 * The working-day calendar backed by the database. The shipped official arrangements are stored on first
 * start; after that the table is the truth and administrators edit it. Reads use an immutable snapshot that
 * is swapped after each change, so deadline arithmetic never touches the database.
 */
@Component(service = { WorkingDayCalendar.class, CalendarAdmin.class })
public class CalendarService implements WorkingDayCalendar, CalendarAdmin {

    static final Messages MESSAGES = Messages.of(CalendarService.class);

    private final PlatformStore store;
    private final AuditLog audit;
    private volatile WorkingDayRules rules;

    @Activate
    public CalendarService(@Reference PlatformStore store, @Reference AuditLog audit) {
        this.store = store;
        this.audit = audit;
        Jpa.run(store.emf(), em -> {
            long count = em.createQuery("select count(d) from SpecialDayEntity d", Long.class).getSingleResult();
            if (count == 0) {
                for (SpecialDay day : OfficialHolidays.load()) {
                    em.persist(toEntity(day));
                }
            }
        });
        reload();
    }

    private void reload() {
        Map<LocalDate, DayKind> map = new HashMap<>();
        for (SpecialDay d : all()) {
            map.put(d.date(), d.kind());
        }
        rules = new WorkingDayRules(map);
    }

    private List<SpecialDay> all() {
        return Jpa.read(store.emf(), em -> em
                .createQuery("select d from SpecialDayEntity d order by d.day", SpecialDayEntity.class)
                .getResultList().stream().map(SpecialDayEntity::toRecord).toList());
    }

    @Override
    public boolean isWorkingDay(LocalDate date) {
        return rules.isWorkingDay(date);
    }

    @Override
    public LocalDate addWorkingDays(LocalDate start, int n) {
        return rules.addWorkingDays(start, n);
    }

    @Override
    public int workingDaysBetween(LocalDate from, LocalDate to) {
        return rules.workingDaysBetween(from, to);
    }

    @Override
    public List<SpecialDay> specialDays(int year) {
        return all().stream().filter(d -> d.date().getYear() == year).toList();
    }

    @Override
    public List<Integer> years() {
        return all().stream().map(d -> d.date().getYear()).distinct().sorted().toList();
    }

    @Override
    public SpecialDay put(Actor actor, SpecialDay day) {
        Access.requireInstallation(actor, Roles.ADMIN);
        if (day == null || day.date() == null || day.kind() == null) {
            throw new ValidationException("date", MESSAGES.text("calendar.date_and_kind_required"));
        }
        String name = day.name() == null ? "" : day.name().strip();
        if (name.length() > 100) {
            throw new ValidationException("name", MESSAGES.text("calendar.name_longer_than_100_characters"));
        }
        SpecialDay clean = new SpecialDay(day.date(), day.kind(), name);
        SpecialDay before = Jpa.inTransaction(store.emf(), em -> {
            SpecialDayEntity e = em.find(SpecialDayEntity.class, clean.date());
            SpecialDay old = e == null ? null : e.toRecord();
            if (e == null) {
                em.persist(toEntity(clean));
            } else {
                e.kind = clean.kind();
                e.name = clean.name();
            }
            audit.record(actor, old == null ? "create" : "update", "calendar.day", clean.date(), old, clean);
            return old;
        });
        reload();
        return clean;
    }

    @Override
    public void remove(Actor actor, LocalDate date) {
        Access.requireInstallation(actor, Roles.ADMIN);
        SpecialDay before = Jpa.inTransaction(store.emf(), em -> {
            SpecialDayEntity e = em.find(SpecialDayEntity.class, date);
            if (e == null) {
                throw new org.xingfeng.platform.api.NotFoundException(MESSAGES.text("entity.calendarDay"), date);
            }
            em.remove(e);
            SpecialDay removed = e.toRecord();
            audit.record(actor, "delete", "calendar.day", date, removed, null);
            return removed;
        });
        reload();
    }

    private static SpecialDayEntity toEntity(SpecialDay day) {
        SpecialDayEntity e = new SpecialDayEntity();
        e.day = day.date();
        e.kind = day.kind();
        e.name = day.name();
        return e;
    }
}
