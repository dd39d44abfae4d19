package org.xingfeng.windows.core.internal;

import static org.xingfeng.windows.core.internal.WindowsText.MESSAGES;

import jakarta.persistence.EntityManager;

import org.xingfeng.platform.api.Actor;
import org.xingfeng.platform.api.ForbiddenException;
import org.xingfeng.platform.api.NotFoundException;
import org.xingfeng.platform.api.ValidationException;
import org.xingfeng.platform.api.security.Roles;
import org.xingfeng.windows.api.WindowsRoles;

/** Role and reach checks the module's services share. A hall belongs to its unit; everything in a hall to the hall. */
final class Access {

    static final String[] READERS = { WindowsRoles.ADMIN, WindowsRoles.STAFF, WindowsRoles.LOBBY, Roles.ADMIN,
            Roles.AUDITOR };

    private Access() {
    }

    static void requireReader(Actor actor) {
        if (!actor.hasAnyRole(READERS)) {
            throw new ForbiddenException(MESSAGES.text("role.reader"));
        }
    }

    static void requireAdmin(Actor actor) {
        if (!actor.hasAnyRole(WindowsRoles.ADMIN, Roles.ADMIN)) {
            throw new ForbiddenException(MESSAGES.text("role.admin"));
        }
    }

    static void requireLobby(Actor actor) {
        if (!actor.hasAnyRole(WindowsRoles.LOBBY, WindowsRoles.ADMIN, Roles.ADMIN)) {
            throw new ForbiddenException(MESSAGES.text("role.lobby"));
        }
    }

    static void requireCounter(Actor actor) {
        if (!actor.hasAnyRole(WindowsRoles.STAFF, WindowsRoles.LOBBY, WindowsRoles.ADMIN, Roles.ADMIN)) {
            throw new ForbiddenException(MESSAGES.text("role.staff"));
        }
    }

    /** The hall, when it exists and its unit is in the actor's reach; 404 otherwise. */
    static HallEntity hall(EntityManager em, Actor actor, long hallId) {
        HallEntity h = em.find(HallEntity.class, hallId);
        if (h == null || !actor.reach().contains(h.unitId)) {
            throw new NotFoundException(MESSAGES.text("entity.hall"), hallId);
        }
        return h;
    }

    /**
     * The hall named in a request body: when it is missing or out of reach, a 400 naming {@code hallId} (a record
     * named in a body is treated like one that does not exist).
     */
    static HallEntity hallOfDraft(EntityManager em, Actor actor, long hallId) {
        HallEntity h = em.find(HallEntity.class, hallId);
        if (h == null || !actor.reach().contains(h.unitId)) {
            throw new ValidationException("hallId", MESSAGES.text("hall.unknown", hallId));
        }
        return h;
    }

    /** The window, when it exists and its hall's unit is in reach; 404 otherwise. */
    static WindowEntity window(EntityManager em, Actor actor, long windowId) {
        WindowEntity w = em.find(WindowEntity.class, windowId);
        if (w == null || !actor.reach().contains(w.unitId)) {
            throw new NotFoundException(MESSAGES.text("entity.window"), windowId);
        }
        return w;
    }

    /** The ticket, when it exists and its hall's unit is in reach; 404 otherwise. */
    static TicketEntity ticket(EntityManager em, Actor actor, long ticketId) {
        TicketEntity t = em.find(TicketEntity.class, ticketId);
        if (t == null || !actor.reach().contains(t.unitId)) {
            throw new NotFoundException(MESSAGES.text("entity.ticket"), ticketId);
        }
        return t;
    }
}
