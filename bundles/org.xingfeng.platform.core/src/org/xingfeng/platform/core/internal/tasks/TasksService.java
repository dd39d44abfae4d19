package org.xingfeng.platform.core.internal.tasks;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.ServiceScope;
import org.xingfeng.platform.api.tasks.Tasks;

/**
 * One instance per user (prototype scope): what it made is stopped when its user releases it, i.e. when the user
 * component deactivates.
 */
@Component(scope = ServiceScope.PROTOTYPE)
public class TasksService implements Tasks {

    private final List<ExecutorService> executors = new CopyOnWriteArrayList<>();
    private final List<Thread> workers = new CopyOnWriteArrayList<>();
    private volatile boolean closed;

    @Override
    public ExecutorService executor(String name, int threads, int queue) {
        check(name, threads);
        if (queue < 0) {
            throw new IllegalArgumentException("queue must be >= 0: " + queue);
        }
        ThreadPoolExecutor executor = new ThreadPoolExecutor(threads, threads, 60, TimeUnit.SECONDS,
                queue == 0 ? new java.util.concurrent.SynchronousQueue<>() : new LinkedBlockingQueue<>(queue),
                threads(name, threads));
        executor.allowCoreThreadTimeOut(true);
        return keep(executor);
    }

    @Override
    public ScheduledExecutorService scheduler(String name, int threads) {
        check(name, threads);
        ScheduledThreadPoolExecutor scheduler = new ScheduledThreadPoolExecutor(threads, threads(name, threads));
        scheduler.setRemoveOnCancelPolicy(true);
        return keep(scheduler);
    }

    @Override
    public Thread worker(String name, Runnable loop) {
        check(name, 1);
        Thread t = threads(name, 1).newThread(loop);
        workers.add(t);
        if (closed) {
            throw new IllegalStateException("released: " + name);
        }
        t.start();
        return t;
    }

    /** The user is gone: whatever it left running stops now. */
    @Deactivate
    void close() {
        closed = true;
        executors.forEach(ExecutorService::shutdownNow);
        workers.forEach(Thread::interrupt);
        executors.clear();
        workers.clear();
    }

    private <E extends ExecutorService> E keep(E executor) {
        executors.add(executor);
        if (closed) {
            executor.shutdownNow();
            throw new IllegalStateException("released");
        }
        return executor;
    }

    private static void check(String name, int threads) {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("a thread needs a name");
        }
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be >= 1: " + threads);
        }
    }

    private static ThreadFactory threads(String name, int count) {
        AtomicInteger n = new AtomicInteger();
        return r -> {
            Thread t = new Thread(r, count == 1 ? "xingfeng-" + name : "xingfeng-" + name + "-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }
}
