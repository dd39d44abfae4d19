package org.xingfeng.windows.core.internal;

import static org.xingfeng.windows.core.internal.WindowsText.MESSAGES;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import jakarta.persistence.EntityManagerFactory;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.xingfeng.platform.api.Actor;
import org.xingfeng.platform.api.persistence.Jpa;
import org.xingfeng.platform.api.time.BureauTime;
import org.xingfeng.windows.api.halls.WindowState;
import org.xingfeng.windows.api.queue.CallShown;
import org.xingfeng.windows.api.queue.CountBy;
import org.xingfeng.windows.api.queue.HallLive;
import org.xingfeng.windows.api.queue.PriorityClass;
import org.xingfeng.windows.api.queue.QueueService;
import org.xingfeng.windows.api.queue.LiveStateService;
import org.xingfeng.windows.api.queue.TicketState;

/** The live state of a hall, read from today's tickets and the windows (no copy kept). */
@Component
public class LiveStateServiceImpl implements LiveStateService {

    private final EntityManagerFactory emf;
    private final BureauTime time;
    private final QueueService queue;

    @Activate
    public LiveStateServiceImpl(@Reference WindowsDatabase database, @Reference BureauTime time,
            @Reference QueueService queue) {
        this.emf = database.emf();
        this.time = time;
        this.queue = queue;
    }

    @Override
    public HallLive live(Actor actor, long hallId) {
        Access.requireReader(actor);
        Instant now = time.now();
        LocalDate today = now.atZone(time.zone()).toLocalDate();
        Map<String, String> classNames = new TreeMap<>();
        for (PriorityClass pc : queue.priorityClasses()) {
            classNames.put(pc.code(), pc.nameZh());
        }
        return Jpa.read(emf, em -> {
            HallEntity hall = Access.hall(em, actor, hallId);
            List<Object[]> waiting = em.createQuery("SELECT t.matterCode, t.matterName, t.priorityClass, t.takenAt "
                    + "FROM TicketEntity t WHERE t.hallId = :h AND t.day = :d AND t.state = :s", Object[].class)
                    .setParameter("h", hallId).setParameter("d", today).setParameter("s", TicketState.WAITING.name())
                    .getResultList();
            Map<String, int[]> byMatter = new TreeMap<>();
            Map<String, String> matterNames = new TreeMap<>();
            Map<String, int[]> byClass = new TreeMap<>();
            long longest = 0;
            for (Object[] r : waiting) {
                byMatter.computeIfAbsent((String) r[0], k -> new int[1])[0]++;
                matterNames.putIfAbsent((String) r[0], r[1] == null ? (String) r[0] : (String) r[1]);
                byClass.computeIfAbsent(r[2] == null ? "NORMAL" : (String) r[2], k -> new int[1])[0]++;
                longest = Math.max(longest, Duration.between(((Timestamp) r[3]).toInstant(), now).toSeconds());
            }
            List<CountBy> matters = new ArrayList<>();
            byMatter.forEach((k, v) -> matters.add(new CountBy(k, matterNames.get(k), v[0])));
            List<CountBy> classes = new ArrayList<>();
            byClass.forEach((k, v) -> classes.add(new CountBy(k, "NORMAL".equals(k)
                    ? MESSAGES.text("priority.normal").toString()
                    : classNames.getOrDefault(k, k), v[0])));
            int open = 0;
            for (WindowEntity w : WindowServiceImpl.windowsOf(em, hallId)) {
                if (WindowState.OPEN.name().equals(w.state)) {
                    open++;
                }
            }
            long serving = em.createQuery("SELECT COUNT(DISTINCT t.windowId) FROM TicketEntity t WHERE t.hallId = :h "
                    + "AND t.day = :d AND t.state IN :s", Long.class).setParameter("h", hallId)
                    .setParameter("d", today)
                    .setParameter("s", List.of(TicketState.CALLED.name(), TicketState.SERVING.name()))
                    .getSingleResult();
            List<CallShown> calls = em.createQuery("SELECT t FROM TicketEntity t WHERE t.hallId = :h AND t.day = :d "
                    + "AND t.lastCalledAt IS NOT NULL ORDER BY t.lastCalledAt DESC", TicketEntity.class)
                    .setParameter("h", hallId).setParameter("d", today).setMaxResults(10).getResultList().stream()
                    .map(t -> new CallShown(t.id, t.number, t.windowNumber, t.matterName,
                            t.lastCalledAt.toInstant()))
                    .toList();
            return new HallLive(hallId, hall.name, now, waiting.size(), matters, classes, longest, open,
                    (int) serving, calls);
        });
    }
}
