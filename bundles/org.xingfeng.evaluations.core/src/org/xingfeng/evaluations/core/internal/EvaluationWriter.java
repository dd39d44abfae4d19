package org.xingfeng.evaluations.core.internal;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.EntityTransaction;

import org.xingfeng.evaluations.api.AppealState;
import org.xingfeng.evaluations.api.CaseState;
import org.xingfeng.evaluations.api.Receipt;
import org.xingfeng.platform.api.ConflictException;
import org.xingfeng.platform.api.XingfengException;
import org.xingfeng.platform.api.i18n.Messages;
import org.xingfeng.platform.api.persistence.Jpa;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The single writer of evaluations (group commit). Requests wait in a bounded queue; the writer takes what has
 * gathered (up to {@code maxBatch}), and in one transaction inserts the evaluations, opens the cases of the bad
 * ones and adds them to the roll-ups, then commits and only then completes each request's future. Repeated
 * handling records are caught by the unique index; a batch that fails is written again without the repeats
 * (found by one query), and a batch that still fails is retried row by row, so one bad row fails alone. A full queue refuses at once (503) instead of
 * letting requests wait without bound.
 */
final class EvaluationWriter {

    static final Messages MESSAGES = Messages.of(EvaluationWriter.class);

    private static final Logger LOG = LoggerFactory.getLogger(EvaluationWriter.class);

    /** One evaluation ready to store: validated, resolved and with its roll-up keys and case deadlines. */
    record Row(long unitId, String recordNo, int score, String channel, String windowNo, String staffNumber,
            Long staffId,
            Long sectionId, String matterCode, String remark, String tags, boolean realName, String citizenName,
            String citizenPhone, String indicators, Instant createdAt, LocalDate day, LocalDate callbackDue,
            LocalDate rectifyDue) {

        boolean bad() {
            return score <= 2;
        }

        String identity() {
            return unitId + "|" + recordNo;
        }
    }

    /** {@code inTransaction}: work that commits or rolls back with the row (its audit entry), or null. */
    private record Job(Row row, java.util.function.Consumer<Receipt> inTransaction, CompletableFuture<Receipt> done) {
    }

    /** Put in the queue by {@link #close()} so that the writer, waiting for work, sees at once that it is to stop. */
    private static final Job STOP = new Job(null, null, null);

    /** A database failure carried out of the transaction's work, which may throw only unchecked exceptions. */
    private static final class SqlFailure extends RuntimeException {
        private static final long serialVersionUID = 1L;

        SqlFailure(SQLException cause) {
            super(cause);
        }
    }

    private final EntityManagerFactory emf;
    private final BlockingQueue<Job> queue;
    private final int maxBatch;
    private final IdBlocks evaluationIds;
    private final IdBlocks caseIds;
    private final Thread thread;
    /** Answers go out on another thread, so the writer starts its next batch at once. */
    private final java.util.concurrent.ExecutorService answers;
    private volatile boolean running = true;
    private final java.util.concurrent.locks.ReentrantLock commits = new java.util.concurrent.locks.ReentrantLock();

    /** The organisation tree now, and the one the roll-ups count under (null until the first batch or reconcile). */
    private final java.util.function.Supplier<UnitTree> currentTree;
    private volatile UnitTree tree;

    /** The writer's own thread (group commits) and the answers' thread come from {@code tasks}. */
    EvaluationWriter(EntityManagerFactory emf, java.util.function.Supplier<UnitTree> currentTree, int queueCapacity,
            int maxBatch,
            org.xingfeng.platform.api.tasks.Tasks tasks) {
        this.emf = emf;
        this.currentTree = currentTree;
        this.queue = new ArrayBlockingQueue<>(queueCapacity);
        this.maxBatch = maxBatch;
        this.evaluationIds = new IdBlocks(emf, "EVAL_EVALUATION");
        this.caseIds = new IdBlocks(emf, "EVAL_CASE");
        // one answer task a batch: at most as many waiting as requests can be queued
        this.answers = tasks.executor("evaluation-answers", 1, queueCapacity + 1);
        this.thread = tasks.worker("evaluation-writer", this::run);
    }

    CompletableFuture<Receipt> submit(Row row) {
        return submit(row, null);
    }

    /** The row, with work run in its batch's transaction once it is inserted (an audit entry), or null. */
    CompletableFuture<Receipt> submit(Row row, java.util.function.Consumer<Receipt> inTransaction) {
        CompletableFuture<Receipt> done = new CompletableFuture<>();
        if (!running || !queue.offer(new Job(row, inTransaction, done))) {
            done.completeExceptionally(new XingfengException(503, "busy",
                    MESSAGES.text("evaluationWriter.too_many_evaluations_at_once"), List.of()));
        }
        return done;
    }

    /** Runs work while no batch is being written (requests keep queueing meanwhile). */
    <T> T paused(java.util.function.Supplier<T> work) {
        commits.lock();
        try {
            return work.get();
        } finally {
            commits.unlock();
        }
    }

    /** Brings the roll-ups to the current organisation tree, between batches, in a transaction of its own. */
    RollupTree.Outcome followTree() {
        return paused(() -> {
            EntityManager em = emf.createEntityManager();
            EntityTransaction tx = em.getTransaction();
            try {
                tx.begin();
                RollupTree.Outcome outcome = RollupTree.reconcile(em.unwrap(Connection.class), currentTree.get());
                tx.commit();
                tree = outcome.tree();
                return outcome;
            } catch (SQLException e) {
                throw new IllegalStateException("roll-ups not moved", e);
            } finally {
                if (tx.isActive()) {
                    tx.rollback();
                }
                em.close();
            }
        });
    }

    /** Counts the roll-ups afresh under {@code current}, between batches; {@code inTransaction} commits with it. */
    long rebuild(UnitTree current, java.util.function.LongConsumer inTransaction) {
        return paused(() -> {
            long n = RollupRebuild.run(emf, current, inTransaction);
            tree = current;
            return n;
        });
    }

    /** Stops taking requests, writes what is queued, and waits for the writer to finish. */
    void close() {
        running = false;
        queue.offer(STOP); // when full, the writer is busy and sees running at its next batch
        try {
            thread.join(30_000);
            answers.shutdown();
            answers.awaitTermination(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void run() {
        List<Job> batch = new ArrayList<>(maxBatch);
        while (running || !queue.isEmpty()) {
            try {
                Job first = queue.poll(200, TimeUnit.MILLISECONDS);
                if (first == null || first == STOP) {
                    continue;
                }
                batch.add(first);
                queue.drainTo(batch, maxBatch - 1);
                batch.removeIf(j -> j == STOP);
                commits.lock();
                try {
                    write(batch);
                } finally {
                    commits.unlock();
                }
            } catch (InterruptedException e) {
                running = false;
            } catch (RuntimeException e) {
                LOG.error("evaluation writer failed", e);
                for (Job j : batch) {
                    j.done.completeExceptionally(e);
                }
            } finally {
                batch.clear();
            }
        }
    }

    private void write(List<Job> batch) {
        Map<String, Job> unique = new LinkedHashMap<>();
        for (Job j : batch) {
            if (unique.putIfAbsent(j.row.identity(), j) != null) {
                j.done.completeExceptionally(duplicate(j.row));
            }
        }
        List<Job> jobs = new ArrayList<>(unique.values());
        try {
            try {
                // Optimistic: repeats are rare, so the unique index finds them instead of a query per batch.
                commit(jobs, false);
            } catch (SQLException | RuntimeException e) {
                // Most likely a repeat. Drivers report it differently (Derby's network client may even fail to
                // build its message), so the batch is written again with the repeats found by a query.
                commit(jobs, true);
            }
        } catch (SQLException | RuntimeException e) {
            if (jobs.size() == 1) {
                Job j = jobs.get(0);
                j.done.completeExceptionally("23505".equals(sqlState(e)) ? duplicate(j.row) : e);
                if (!"23505".equals(sqlState(e))) {
                    LOG.warn("evaluation not stored: " + j.row.identity(), e);
                }
                return;
            }
            for (Job j : jobs) {
                write(List.of(j));
            }
        }
    }

    private static String sqlState(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException s && s.getSQLState() != null) {
                return s.getSQLState();
            }
        }
        return null;
    }

    private static ConflictException duplicate(Row row) {
        return new ConflictException("already_evaluated",
                MESSAGES.text("evaluationWriter.handling_record_already_been_evaluated", row.recordNo));
    }

    /** Stores the jobs in one transaction; with {@code checkExisting} it first answers 409 to those stored before. */
    private void commit(List<Job> jobs, boolean checkExisting) throws SQLException {
        List<Receipt> receipts = new ArrayList<>(jobs.size());
        List<Job> fresh = new ArrayList<>(jobs.size());
        UnitTree[] followedTree = new UnitTree[1];
        try {
            // the platform's transaction helper: an audit entry recorded by a job's work joins this transaction
            Jpa.run(emf, em -> {
                try {
                    insert(em.unwrap(Connection.class), jobs, checkExisting, fresh, receipts, followedTree);
                } catch (SQLException e) {
                    throw new SqlFailure(e);
                }
            });
        } catch (SqlFailure e) {
            throw (SQLException) e.getCause();
        }
        if (followedTree[0] != null) {
            tree = followedTree[0];
        }
        answers.execute(() -> {
            for (int i = 0; i < fresh.size(); i++) {
                fresh.get(i).done.complete(receipts.get(i));
            }
        });
    }

    /** The inserts of one batch and their roll-ups, in the caller's transaction; the jobs' own work after them. */
    private void insert(Connection c, List<Job> jobs, boolean checkExisting, List<Job> fresh, List<Receipt> receipts,
            UnitTree[] followedTree) throws SQLException {
        {
            UnitTree counting = tree;
            UnitTree followed = null;
            if (counting == null || !knowsAll(counting, jobs)) {
                // a new unit, or the first batch: bring the roll-ups to the current tree in this transaction
                followed = RollupTree.reconcile(c, currentTree.get()).tree();
                counting = followed;
            }
            Set<String> existing = checkExisting ? existing(c, jobs) : Set.of();
            for (Job j : jobs) {
                if (existing.contains(j.row.identity())) {
                    j.done.completeExceptionally(duplicate(j.row));
                } else {
                    fresh.add(j);
                }
            }
            SortedMap<Rollup, long[]> deltas = new TreeMap<>();
            try (PreparedStatement ev = c
                    .prepareStatement("INSERT INTO EVAL_EVALUATION (ID, UNIT_ID, RECORD_NO, SCORE, "
                            + "CHANNEL, WINDOW_NO, STAFF_NUMBER, STAFF_ID, SECTION_ID, MATTER_CODE, REMARK, TAGS, REAL_NAME, "
                            + "CITIZEN_NAME, CITIZEN_PHONE, INDICATORS, CREATED_AT, DAY, APPEAL) "
                            + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
                    PreparedStatement cs = c
                            .prepareStatement("INSERT INTO EVAL_CASE (ID, EVALUATION_ID, UNIT_ID, SCORE, "
                                    + "REAL_NAME, STATE, OPENED_ON, CALLBACK_DUE, RECTIFY_DUE, APPEAL_UPHELD) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                boolean anyCase = false;
                for (Job j : fresh) {
                    Row r = j.row;
                    long id = evaluationIds.next();
                    ev.setLong(1, id);
                    ev.setLong(2, r.unitId);
                    ev.setString(3, r.recordNo);
                    ev.setInt(4, r.score);
                    ev.setString(5, r.channel);
                    ev.setString(6, r.windowNo);
                    ev.setString(7, r.staffNumber);
                    setLong(ev, 8, r.staffId);
                    setLong(ev, 9, r.sectionId);
                    ev.setString(10, r.matterCode);
                    ev.setString(11, r.remark);
                    ev.setString(12, r.tags);
                    ev.setBoolean(13, r.realName);
                    ev.setString(14, r.citizenName);
                    ev.setString(15, r.citizenPhone);
                    ev.setString(16, r.indicators);
                    ev.setTimestamp(17, Timestamp.from(r.createdAt));
                    ev.setDate(18, Date.valueOf(r.day));
                    ev.setString(19, AppealState.NONE.name());
                    ev.addBatch();
                    Long caseId = null;
                    if (r.bad()) {
                        caseId = caseIds.next();
                        cs.setLong(1, caseId);
                        cs.setLong(2, id);
                        cs.setLong(3, r.unitId);
                        cs.setInt(4, r.score);
                        cs.setBoolean(5, r.realName);
                        cs.setString(6, CaseState.OPEN.name());
                        cs.setDate(7, Date.valueOf(r.day));
                        cs.setDate(8, Date.valueOf(r.callbackDue));
                        cs.setDate(9, Date.valueOf(r.rectifyDue));
                        cs.setBoolean(10, false);
                        cs.addBatch();
                        anyCase = true;
                    }
                    RollupStore.add(deltas, Rollup.keysOf(counting.selfAndAncestors(r.unitId), r.windowNo, r.staffId,
                            r.sectionId, r.matterCode, r.day), r.score, false, 1);
                    receipts.add(new Receipt(id, r.recordNo, r.createdAt, caseId));
                }
                if (!fresh.isEmpty()) {
                    ev.executeBatch();
                }
                if (anyCase) {
                    cs.executeBatch();
                }
            }
            RollupStore.apply(c, deltas);
            for (int i = 0; i < fresh.size(); i++) {
                if (fresh.get(i).inTransaction != null) {
                    fresh.get(i).inTransaction.accept(receipts.get(i));
                }
            }
            followedTree[0] = followed;
        }
    }

    private static boolean knowsAll(UnitTree tree, List<Job> jobs) {
        for (Job j : jobs) {
            if (!tree.contains(j.row.unitId)) {
                return false;
            }
        }
        return true;
    }

    private static void setLong(PreparedStatement s, int index, Long value) throws SQLException {
        if (value == null) {
            s.setNull(index, Types.BIGINT);
        } else {
            s.setLong(index, value);
        }
    }

    /**
     * The identities among the jobs that are stored already: one indexed IN query per 128 jobs, padded to a power
     * of two so that the database compiles only a handful of distinct statements.
     */
    private static Set<String> existing(Connection c, List<Job> jobs) throws SQLException {
        Set<String> found = new HashSet<>();
        for (int start = 0; start < jobs.size(); start += 128) {
            List<Job> chunk = jobs.subList(start, Math.min(jobs.size(), start + 128));
            int size = Integer.highestOneBit(chunk.size());
            size = size == chunk.size() ? size : size * 2;
            String marks = String.join(", ", Collections.nCopies(size, "?"));
            try (PreparedStatement q = c.prepareStatement(
                    "SELECT UNIT_ID, RECORD_NO FROM EVAL_EVALUATION WHERE RECORD_NO IN (" + marks + ")")) {
                for (int i = 0; i < size; i++) {
                    q.setString(i + 1, chunk.get(Math.min(i, chunk.size() - 1)).row.recordNo);
                }
                try (ResultSet rs = q.executeQuery()) {
                    while (rs.next()) {
                        found.add(rs.getLong(1) + "|" + rs.getString(2));
                    }
                }
            }
        }
        return found;
    }
}
