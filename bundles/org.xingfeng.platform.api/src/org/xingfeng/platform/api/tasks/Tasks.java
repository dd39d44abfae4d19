package org.xingfeng.platform.api.tasks;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.ScheduledExecutorService;

/**
 * Threads from one place. A component takes this service with
 * {@code @Reference(scope = ReferenceScope.PROTOTYPE_REQUIRED) Tasks tasks} and so gets an instance of its own:
 * every executor, scheduler and worker made through that instance is stopped when the component deactivates (DS then
 * releases the instance), after the component's own {@code @Deactivate} had its chance to stop them in order.
 * Executors are bounded (threads and waiting tasks); threads are daemons named {@code xingfeng-<name>} (with
 * {@code -<n>} when there are several). Code that is not a component (the client's shell) gets an instance from its
 * context, released with its bundle.
 */
public interface Tasks {

    /**
     * An executor of at most {@code threads} threads and {@code queue} waiting tasks; beyond them {@code execute}
     * throws {@link java.util.concurrent.RejectedExecutionException}. Idle threads end after a minute.
     */
    ExecutorService executor(String name, int threads, int queue);

    /** A scheduler of {@code threads} threads, for delayed and periodic work. */
    ScheduledExecutorService scheduler(String name, int threads);

    /**
     * A thread of its own, started at once, for a long-running loop (e.g. a writer committing in groups). Its owner
     * ends the loop; the thread is interrupted if it still runs when the owner's instance is released.
     */
    Thread worker(String name, Runnable loop);
}
