package org.xingfeng.windows.rest.internal;

import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.sse.OutboundSseEvent;
import jakarta.ws.rs.sse.Sse;
import jakarta.ws.rs.sse.SseEventSink;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventConstants;
import org.osgi.service.event.EventHandler;
import org.osgi.service.jakartars.whiteboard.propertytypes.JakartarsExtensionSelect;
import org.osgi.service.jakartars.whiteboard.propertytypes.JakartarsResource;
import org.xingfeng.platform.api.Actor;
import org.xingfeng.platform.api.XingfengException;
import org.xingfeng.platform.api.rest.RateLimited;
import org.xingfeng.platform.api.rest.RestConstants;
import org.xingfeng.platform.api.time.BureauTime;
import org.xingfeng.windows.api.WindowsEvents;
import org.xingfeng.windows.api.queue.LiveStateService;

/**
 * The hall display's live stream: {@code GET /api/v1/windows/public/calls/{hallId}} (server-sent events, no
 * polling). Each call or recall is an event {@code call} with {@code {"ticketId","number","windowNumber","matterCode",
 * "at","recall"}}; a record closed at a window is an event {@code closed} with {@code {"windowId","recordId","at"}}
 * (for the window's evaluator tablet); any other change of the hall (a ticket taken, finished, a window opened) is an event {@code changed}
 * with {@code {"at"}}, after which the page reads the live state again. The events come from Event Admin's own thread
 * (the module posts them after each commit); no thread of ours is kept. At most {@value #MAX_SINKS} displays are
 * connected to a server at once (503 beyond).
 */
@Component(service = { DisplayStream.class, EventHandler.class },
        property = EventConstants.EVENT_TOPIC + "=" + WindowsEvents.TOPIC_PREFIX + "*")
@JakartarsResource
@JakartarsExtensionSelect(RestConstants.SELECT_JSON)
@Path(Rest.BASE + "/public/calls")
public class DisplayStream implements EventHandler {

    static final int MAX_SINKS = 500;
    /** Posted by the record service when a record is closed at a window (hall, window, record id; no ticket). */
    static final String RECORD_CLOSED = WindowsEvents.TOPIC_PREFIX + "RECORD_CLOSED";

    private record Display(SseEventSink sink, Sse sse) {
    }

    private final LiveStateService live;
    private final BureauTime time;
    private final Map<Long, Set<Display>> displays = new ConcurrentHashMap<>();
    private final AtomicInteger count = new AtomicInteger();

    @Activate
    public DisplayStream(@Reference LiveStateService live, @Reference BureauTime time) {
        this.live = live;
        this.time = time;
    }

    @GET
    @Path("{hallId: \\d+}")
    @PermitAll
    @RateLimited(value = "windows.display", perMinute = 60)
    @Produces(MediaType.SERVER_SENT_EVENTS)
    public void calls(@PathParam("hallId") long hallId, @Context SseEventSink sink, @Context Sse sse) {
        live.live(Actor.SYSTEM, hallId); // 404 for a hall that does not exist, before the stream opens
        if (count.incrementAndGet() > MAX_SINKS) {
            count.decrementAndGet();
            throw new XingfengException(503, "display_full", Rest.MESSAGES.text("display.full"), java.util.List.of());
        }
        Display d = new Display(sink, sse);
        displays.computeIfAbsent(hallId, k -> ConcurrentHashMap.newKeySet()).add(d);
        send(hallId, d, "changed", "{\"at\":" + time.now().toEpochMilli() + "}");
    }

    @Override
    public void handleEvent(Event event) {
        Object hall = event.getProperty(WindowsEvents.HALL_ID);
        if (!(hall instanceof Long hallId)) {
            return;
        }
        Set<Display> set = displays.get(hallId);
        if (set == null || set.isEmpty()) {
            return;
        }
        String topic = event.getTopic();
        if (RECORD_CLOSED.equals(topic)) { // for the window's evaluator tablet only; the display has nothing new
            String data = "{\"windowId\":" + event.getProperty(WindowsEvents.WINDOW_ID) + ",\"recordId\":"
                    + event.getProperty("recordId") + ",\"at\":" + event.getProperty(WindowsEvents.AT) + "}";
            for (Display d : set) {
                send(hallId, d, "closed", data);
            }
            return;
        }
        boolean call = WindowsEvents.CALLED.equals(topic) || WindowsEvents.RECALLED.equals(topic);
        Object at = event.getProperty(WindowsEvents.AT);
        String data = call
                ? "{\"ticketId\":" + event.getProperty(WindowsEvents.TICKET_ID) + ",\"number\":"
                        + json(event.getProperty(WindowsEvents.NUMBER)) + ",\"windowNumber\":"
                        + json(event.getProperty(WindowsEvents.WINDOW_NUMBER)) + ",\"matterCode\":"
                        + json(event.getProperty(WindowsEvents.MATTER_CODE)) + ",\"at\":" + at + ",\"recall\":"
                        + WindowsEvents.RECALLED.equals(topic) + "}"
                : "{\"at\":" + at + "}";
        for (Display d : set) {
            send(hallId, d, call ? "call" : "changed", data);
        }
    }

    private void send(long hallId, Display d, String name, String data) {
        if (d.sink().isClosed()) {
            drop(hallId, d);
            return;
        }
        OutboundSseEvent e = d.sse().newEventBuilder().name(name).data(data).build();
        d.sink().send(e).whenComplete((ok, failure) -> {
            if (failure != null) {
                drop(hallId, d);
            }
        });
    }

    private void drop(long hallId, Display d) {
        Set<Display> set = displays.get(hallId);
        if (set != null && set.remove(d)) {
            count.decrementAndGet();
            try {
                d.sink().close();
            } catch (RuntimeException ignored) { // already gone
            }
        }
    }

    static String json(Object value) {
        if (value == null) {
            return "null";
        }
        StringBuilder b = new StringBuilder("\"");
        for (char c : value.toString().toCharArray()) {
            if (c == '"' || c == '\\') {
                b.append('\\').append(c);
            } else if (c < 0x20 || c == '<' || c == '>') {
                b.append(String.format("\\u%04x", (int) c));
            } else {
                b.append(c);
            }
        }
        return b.append('"').toString();
    }

    @Deactivate
    void close() {
        displays.forEach((hall, set) -> set.forEach(d -> {
            try {
                d.sink().close();
            } catch (RuntimeException ignored) { // already gone
            }
        }));
        displays.clear();
    }
}
