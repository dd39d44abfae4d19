package org.xingfeng.windows.api.queue;

import java.time.Instant;
import java.util.List;

/**
 * 实时状态 of a hall today: waiting tickets in all, per matter and per priority class ("NORMAL" for none), the longest
 * wait of a waiting ticket (seconds), windows open and serving (a ticket called or in service), and the last calls,
 * newest first (at most 10).
 */
public record HallLive(long hallId, String hallName, Instant at, int waiting, List<CountBy> waitingByMatter,
        List<CountBy> waitingByClass, long longestWaitSeconds, int windowsOpen, int windowsServing,
        List<CallShown> lastCalls) {

    public HallLive {
        waitingByMatter = List.copyOf(waitingByMatter);
        waitingByClass = List.copyOf(waitingByClass);
        lastCalls = List.copyOf(lastCalls);
    }
}
