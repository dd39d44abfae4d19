package org.xingfeng.windows.core.internal;

import static org.xingfeng.windows.core.internal.HallServiceImpl.h;
import static org.xingfeng.windows.core.internal.WindowsText.MESSAGES;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventAdmin;
import org.xingfeng.platform.api.Actor;
import org.xingfeng.platform.api.ConflictException;
import org.xingfeng.platform.api.FieldError;
import org.xingfeng.platform.api.NotFoundException;
import org.xingfeng.platform.api.audit.AuditLog;
import org.xingfeng.platform.api.persistence.Jpa;
import org.xingfeng.platform.api.spreadsheet.Table;
import org.xingfeng.platform.api.time.BureauTime;
import org.xingfeng.windows.api.WindowsEvents;
import org.xingfeng.windows.api.halls.ServiceWindow;
import org.xingfeng.windows.api.halls.WindowDraft;
import org.xingfeng.windows.api.halls.WindowService;
import org.xingfeng.windows.api.halls.WindowState;
import org.xingfeng.windows.api.halls.WindowType;

/** 窗口 in WIN_WINDOW. */
@Component
public class WindowServiceImpl implements WindowService {

    private final EntityManagerFactory emf;
    private final AuditLog audit;
    private final MatterDirectory matters;
    private final EventAdmin events;
    private final BureauTime time;

    @Activate
    public WindowServiceImpl(@Reference WindowsDatabase database, @Reference AuditLog audit,
            @Reference MatterDirectory matters, @Reference EventAdmin events, @Reference BureauTime time) {
        this.emf = database.emf();
        this.audit = audit;
        this.matters = matters;
        this.events = events;
        this.time = time;
    }

    @Override
    public ServiceWindow create(Actor actor, WindowDraft draft) {
        Access.requireAdmin(actor);
        Checks.throwIfAny(WindowRules.check(draft));
        ServiceWindow created = Jpa.inTransaction(emf, em -> {
            HallEntity hall = Access.hallOfDraft(em, actor, draft.hallId());
            checkCodes(hall.unitId, draft.matterCodes());
            requireFreeNumber(em, hall.id, draft.number().strip(), null);
            WindowEntity e = new WindowEntity();
            e.hallId = hall.id;
            e.unitId = hall.unitId;
            e.state = WindowState.CLOSED.name();
            fill(e, draft);
            em.persist(e);
            em.flush();
            ServiceWindow done = toRecord(e);
            audit.record(actor, "create", AUDIT_TYPE, done.id(), null, done);
            return done;
        });
        return created;
    }

    @Override
    public ServiceWindow update(Actor actor, long id, WindowDraft draft) {
        Access.requireAdmin(actor);
        Checks.throwIfAny(WindowRules.check(draft));
        ServiceWindow[] before = new ServiceWindow[1];
        ServiceWindow after = Jpa.inTransaction(emf, em -> {
            WindowEntity e = Access.window(em, actor, id);
            before[0] = toRecord(e);
            if (draft.hallId() != e.hallId) {
                Checks.throwIfAny(List.of(FieldError.of("hallId", MESSAGES.text("window.hall.fixed"))));
            }
            checkCodes(e.unitId, draft.matterCodes());
            requireFreeNumber(em, e.hallId, draft.number().strip(), id);
            fill(e, draft);
            ServiceWindow done = toRecord(e);
            audit.record(actor, "update", AUDIT_TYPE, id, before[0], done);
            return done;
        });
        return after;
    }

    @Override
    public ServiceWindow setState(Actor actor, long id, WindowState state) {
        Access.requireCounter(actor);
        if (state == null) {
            Checks.throwIfAny(List.of(FieldError.of("state", MESSAGES.text("field.required"))));
        }
        ServiceWindow[] before = new ServiceWindow[1];
        ServiceWindow after = Jpa.inTransaction(emf, em -> {
            WindowEntity e = Access.window(em, actor, id);
            before[0] = toRecord(e);
            e.state = state.name();
            e.priorityStreak = 0;
            ServiceWindow done = toRecord(e);
            audit.record(actor, "state", AUDIT_TYPE, id, before[0], done);
            return done;
        });
        events.postEvent(new Event(WindowsEvents.WINDOW_CHANGED, Map.of(WindowsEvents.HALL_ID, after.hallId(),
                WindowsEvents.WINDOW_ID, id, WindowsEvents.WINDOW_NUMBER, after.number(), WindowsEvents.STATE,
                state.name(), WindowsEvents.AT, time.now().toEpochMilli())));
        return after;
    }

    private void checkCodes(long unitId, List<String> codes) {
        List<FieldError> errors = new ArrayList<>();
        for (int i : matters.unknown(unitId, codes)) {
            errors.add(FieldError.of("matterCodes[" + i + "]", MESSAGES.text("matter.unlisted", codes.get(i))));
        }
        Checks.throwIfAny(errors);
    }

    private static void requireFreeNumber(EntityManager em, long hallId, String number, Long except) {
        List<Long> ids = em.createQuery("SELECT w.id FROM WindowEntity w WHERE w.hallId = :h AND w.number = :n",
                Long.class).setParameter("h", hallId).setParameter("n", number).getResultList();
        if (ids.stream().anyMatch(i -> !i.equals(except))) {
            throw new ConflictException("window_number_taken", MESSAGES.text("window.number.taken", number));
        }
    }

    private static void fill(WindowEntity e, WindowDraft d) {
        e.number = d.number().strip();
        e.label = Checks.clean(d.label());
        e.type = d.type().name();
        e.matterCodes = WindowRules.join(d.matterCodes());
    }

    static ServiceWindow toRecord(WindowEntity e) {
        return new ServiceWindow(e.id, e.hallId, e.unitId, e.number, e.label, WindowType.valueOf(e.type),
                WindowRules.split(e.matterCodes), WindowState.valueOf(e.state));
    }

    @Override
    public Optional<ServiceWindow> window(Actor actor, long id) {
        Access.requireReader(actor);
        WindowEntity e = Jpa.read(emf, em -> em.find(WindowEntity.class, id));
        return e == null || !actor.reach().contains(e.unitId) ? Optional.empty() : Optional.of(toRecord(e));
    }

    @Override
    public List<ServiceWindow> windows(Actor actor, long hallId) {
        Access.requireReader(actor);
        return Jpa.read(emf, em -> {
            Access.hall(em, actor, hallId);
            return windowsOf(em, hallId).stream().map(WindowServiceImpl::toRecord).toList();
        });
    }

    static List<WindowEntity> windowsOf(EntityManager em, long hallId) {
        List<WindowEntity> list = new ArrayList<>(em.createQuery(
                "SELECT w FROM WindowEntity w WHERE w.hallId = :h", WindowEntity.class).setParameter("h", hallId)
                .getResultList());
        list.sort((a, b) -> compareNumbers(a.number, b.number));
        return list;
    }

    /** Window numbers in natural order: 2 before 10. */
    static int compareNumbers(String a, String b) {
        if (a.matches("\\d+") && b.matches("\\d+")) {
            return Long.compare(Long.parseLong(a), Long.parseLong(b));
        }
        return a.compareTo(b);
    }

    @Override
    public Table table(List<ServiceWindow> windows) {
        List<List<Object>> rows = new ArrayList<>();
        for (ServiceWindow w : windows) {
            rows.add(List.of(w.number(), w.label() == null ? "" : w.label(), h("windowType." + w.type()),
                    String.join("、", w.matterCodes()), h("windowState." + w.state())));
        }
        return new Table("windows", h("sheet.windows"), List.of(h("col.window"), h("col.label"), h("col.type"),
                h("col.matterCodes"), h("col.state")), rows);
    }

    static NotFoundException notFound(long id) {
        return new NotFoundException(MESSAGES.text("entity.window"), id);
    }
}
