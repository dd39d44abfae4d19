package org.xingfeng.windows.core.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;

import org.osgi.service.event.Event;
import org.xingfeng.windows.api.WindowsEvents;
import org.xingfeng.windows.api.queue.Outcome;
import org.xingfeng.windows.api.queue.Ticket;
import org.xingfeng.windows.api.queue.TicketSource;
import org.xingfeng.windows.api.queue.TicketState;

/** Ticket rows: numbers, inserting, the record and the event of a ticket. Used by the queue and the appointments. */
final class TicketStore {

    private TicketStore() {
    }

    /**
     * The hall's next number of the day: a conditional update of the hall's counter row, which holds the row until the
     * ticket's transaction commits, so two takers never get one number (and the unique index would refuse it anyway).
     */
    static int nextSeq(EntityManager em, long hallId, LocalDate day) {
        for (int attempt = 0; attempt < 5; attempt++) {
            int n = em
                    .createQuery("UPDATE HallEntity h SET h.seqLast = h.seqLast + 1 WHERE h.id = :id AND h.seqDay = :d")
                    .setParameter("id", hallId).setParameter("d", day).executeUpdate();
            if (n == 0) {
                n = em.createQuery("UPDATE HallEntity h SET h.seqLast = 1, h.seqDay = :d WHERE h.id = :id "
                        + "AND (h.seqDay IS NULL OR h.seqDay <> :d)").setParameter("id", hallId).setParameter("d", day)
                        .executeUpdate();
            }
            if (n == 1) {
                return em.createQuery("SELECT h.seqLast FROM HallEntity h WHERE h.id = :id", Integer.class)
                        .setParameter("id", hallId).getSingleResult();
            }
        }
        throw new IllegalStateException("no ticket number for hall " + hallId);
    }

    /** A new waiting ticket, numbered and persisted (the caller commits). */
    static TicketEntity insert(EntityManager em, HallEntity hall, String matterCode, String matterName,
            String priorityClass, TicketSource source, Long appointmentId, Instant dueAt, Instant now, LocalDate day) {
        int seq = nextSeq(em, hall.id, day);
        TicketEntity t = new TicketEntity();
        t.hallId = hall.id;
        t.unitId = hall.unitId;
        t.day = day;
        t.seq = seq;
        t.number = TicketRules.number(hall.series, seq);
        t.matterCode = matterCode;
        t.matterName = matterName;
        t.priorityClass = priorityClass;
        t.source = source.name();
        t.appointmentId = appointmentId;
        t.dueAt = dueAt == null ? null : Timestamp.from(dueAt);
        t.state = TicketState.WAITING.name();
        t.takenAt = Timestamp.from(now);
        t.placeAt = t.takenAt;
        em.persist(t);
        em.flush();
        return t;
    }

    static Instant instant(Timestamp t) {
        return t == null ? null : t.toInstant();
    }

    static Timestamp ts(Instant i) {
        return i == null ? null : Timestamp.from(i);
    }

    static Ticket toRecord(TicketEntity e) {
        return new Ticket(e.id, e.hallId, e.unitId, e.day, e.number, e.seq, e.matterCode, e.matterName,
                e.priorityClass, TicketSource.valueOf(e.source), e.appointmentId, TicketState.valueOf(e.state),
                instant(e.takenAt), instant(e.placeAt), instant(e.calledAt), instant(e.startedAt),
                instant(e.finishedAt), e.calls, e.windowId, e.windowNumber, e.targetWindowId, e.staffId, e.staffName,
                e.outcome == null ? null : Outcome.valueOf(e.outcome), e.note);
    }

    static Event event(String topic, Ticket t, Instant at) {
        Map<String, Object> p = new HashMap<>();
        p.put(WindowsEvents.HALL_ID, t.hallId());
        p.put(WindowsEvents.TICKET_ID, t.id());
        p.put(WindowsEvents.NUMBER, t.number());
        p.put(WindowsEvents.MATTER_CODE, t.matterCode());
        p.put(WindowsEvents.STATE, t.state().name());
        p.put(WindowsEvents.AT, at.toEpochMilli());
        if (t.windowId() != null) {
            p.put(WindowsEvents.WINDOW_ID, t.windowId());
            p.put(WindowsEvents.WINDOW_NUMBER, t.windowNumber());
        }
        return new Event(topic, p);
    }

    /** Whether a failure is a lost race on a row's version (another window or step was first). */
    static boolean lostRace(Throwable e) {
        for (Throwable c = e; c != null; c = c.getCause()) {
            if (c instanceof OptimisticLockException) {
                return true;
            }
        }
        return false;
    }
}
