package org.xingfeng.windows.api.appointments;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.xingfeng.platform.api.Actor;
import org.xingfeng.platform.api.Page;
import org.xingfeng.platform.api.PageRequest;
import org.xingfeng.platform.api.remote.Remote;
import org.xingfeng.platform.api.spreadsheet.Table;
import org.xingfeng.windows.api.queue.Ticket;

/**
 * 预约: slots, booking, cancelling, check-in and expiry. Booking, cancelling and check-in are open to citizens (the
 * public endpoints call them as the system; cancelling and check-in need the booking's reference), and to the lobby
 * manager and windows administrators within the hall's reach; reading needs any windows role, admin or auditor. A booking not checked in by the configured minutes after its slot's start (default 30) expires: it
 * counts as a no-show, and its place is free again only for slots still to come. Expiry is applied whenever the hall's
 * appointments are read or changed (no timer). A hall out of reach answers 404.
 */
@Remote
public interface AppointmentService {

    /** The slots of a matter in a hall on a day; none on a day that is not a working day of the platform calendar. */
    List<Slot> slots(Actor actor, long hallId, String matterCode, LocalDate date);

    Appointment book(Actor actor, AppointmentDraft draft);

    /** Cancels a booked appointment; the reference must match (404 otherwise); 409 {@code appointment_state} if not booked. */
    Appointment cancel(Actor actor, long id, String reference);

    /**
     * Checks in a booked appointment on its day, from the configured minutes before its slot (default 60) until it
     * expires: takes its ticket (source APPOINTMENT; it is called first once its slot has begun). The reference must
     * match.
     */
    Ticket checkIn(Actor actor, long id, String reference);

    /** Finds a booking by its reference (the kiosk's check-in by code); empty when none. */
    Optional<Appointment> byReference(Actor actor, long hallId, String reference);

    Optional<Appointment> appointment(Actor actor, long id);

    Page<Appointment> appointments(Actor actor, AppointmentQuery query, PageRequest page);

    Table table(List<Appointment> appointments);
}
