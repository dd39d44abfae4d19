package org.xingfeng.bench;

import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * The n slowest calls of a series, with the wall-clock time each ended and what it asked: a tail is explained by
 * laying these beside the server's collector log or a profile taken in the same run.
 */
final class Slowest {

    private record Call(long nanos, LocalTime ended, String what) {
    }

    private final int n;
    private final List<Call> calls = new ArrayList<>();

    Slowest(int n) {
        this.n = n;
    }

    void offer(long nanos, String what) {
        if (calls.size() == n && calls.get(n - 1).nanos() >= nanos) {
            return;
        }
        calls.add(new Call(nanos, LocalTime.now(ZoneId.systemDefault()), what));
        calls.sort(Comparator.comparingLong(Call::nanos).reversed());
        if (calls.size() > n) {
            calls.remove(n);
        }
    }

    void print() {
        for (Call c : calls) {
            System.out.printf(Locale.ROOT, "      %8s ms  ended %s  %s%n", Stats.ms(c.nanos() / 1e6), c.ended(),
                    c.what());
        }
    }
}
