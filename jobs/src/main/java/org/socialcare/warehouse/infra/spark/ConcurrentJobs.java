package org.socialcare.warehouse.infra.spark;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorCompletionService;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * Runs the pieces of work of one stage (writes to different tables, intermediate results) as
 * concurrent Spark jobs from a few driver threads. A small table's write spends most of its time in
 * the driver (planning, Delta's commit), so several overlap on two cores; on a cluster they also keep
 * the executors busy.
 *
 * <p>A piece may name the pieces whose results it reads ({@link Piece#after}): it starts as soon as
 * they have ended, not after every piece started before it. When a thread is free, the first ready
 * piece in the order given starts, so a stage lists its longest chain first.
 *
 * <p>Every piece that started runs to its end (a piece is not interrupted in the middle of a commit);
 * after a failure no other piece starts. Then the first failure, in the order given, is thrown as it
 * was raised. The threads are made for one call, from the caller's thread between its Spark jobs, so
 * each inherits the caller's session and none inherits a running query's execution id.
 *
 * <p>Each piece's wall time is logged at DEBUG ("piece scope_events done in 12.3 s"), the finest grain of
 * a run's profile: {@code -Dsocial_care.piece_times=debug} turns it on (log4j2.properties).
 */
public final class ConcurrentJobs {
    private static final Logger LOG = LoggerFactory.getLogger(ConcurrentJobs.class);

    private ConcurrentJobs() {
    }

    /** A piece of work, and the names of the pieces it must wait for (given before it). */
    public record Piece<T>(List<String> after, Supplier<T> work) {
        public static <T> Piece<T> of(Supplier<T> work) {
            return new Piece<>(List.of(), work);
        }

        public static <T> Piece<T> after(List<String> after, Supplier<T> work) {
            return new Piece<>(after, work);
        }
    }

    /** Runs independent named pieces on at most {@code threads} threads; returns their results in the given order. */
    public static <T> Map<String, T> run(int threads, Map<String, Supplier<T>> pieces) {
        Map<String, Piece<T>> independent = new LinkedHashMap<>();
        pieces.forEach((name, work) -> independent.put(name, Piece.of(work)));
        return runGraph(threads, independent);
    }

    /**
     * Runs the named pieces on at most {@code threads} threads, each once the pieces it names have ended;
     * returns their results in the given order. With one thread, they run one after another on the
     * caller's thread, in the given order.
     */
    public static <T> Map<String, T> runGraph(int threads, Map<String, Piece<T>> pieces) {
        checkOrder(pieces);
        if (threads <= 1 || pieces.size() <= 1) {
            Map<String, T> results = new LinkedHashMap<>();
            pieces.forEach((name, piece) -> results.put(name, timed(name, piece.work())));
            return results;
        }
        AtomicInteger number = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(threads, pieces.size()), r -> {
            Thread t = new Thread(r, "concurrent-jobs-" + number.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        try {
            Map<String, T> results = new HashMap<>();
            Map<String, Throwable> failures = schedule(Math.min(threads, pieces.size()), pieces, pool, results);
            for (String name : pieces.keySet()) {
                Throwable failure = failures.get(name);
                if (failure instanceof RuntimeException re) {
                    throw re;
                }
                if (failure instanceof Error err) {
                    throw err;
                }
                if (failure != null) {
                    throw new IllegalStateException(failure.getMessage(), failure);
                }
            }
            Map<String, T> ordered = new LinkedHashMap<>();
            pieces.keySet().forEach(name -> ordered.put(name, results.get(name)));
            return ordered;
        } finally {
            pool.shutdown();
        }
    }

    /**
     * Starts ready pieces (first in order first) while fewer than {@code threads} run, until every piece
     * has ended or, after a failure, every started one has; fills {@code results}, returns the failures.
     */
    private static <T> Map<String, Throwable> schedule(int threads, Map<String, Piece<T>> pieces,
                                                       ExecutorService pool, Map<String, T> results) {
        ExecutorCompletionService<T> ended = new ExecutorCompletionService<>(pool);
        Map<Future<T>, String> running = new HashMap<>();
        Set<String> waiting = new LinkedHashSet<>(pieces.keySet());
        Set<String> done = new HashSet<>();
        Map<String, Throwable> failures = new HashMap<>();
        while (true) {
            if (failures.isEmpty()) {
                for (String name : new ArrayList<>(waiting)) {
                    if (running.size() >= threads) {
                        break;
                    }
                    Piece<T> piece = pieces.get(name);
                    if (done.containsAll(piece.after())) {
                        waiting.remove(name);
                        running.put(ended.submit(() -> timed(name, piece.work())), name);
                    }
                }
            }
            if (running.isEmpty()) {
                return failures;
            }
            Future<T> next;
            try {
                next = ended.take();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while waiting for " + running.values(), e);
            }
            String name = running.remove(next);
            try {
                results.put(name, next.get());
                done.add(name);
            } catch (ExecutionException e) {
                failures.put(name, e.getCause());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while waiting for " + name, e);
            }
        }
    }

    /** Runs a piece; logs its wall time at DEBUG (on two cores it includes waiting for a core). */
    private static <T> T timed(String name, Supplier<T> work) {
        long start = System.nanoTime();
        T result = work.get();
        if (LOG.isDebugEnabled()) {
            LOG.debug("piece {} done in {} s", name, String.format(Locale.ROOT, "%.2f", (System.nanoTime() - start) / 1e9));
        }
        return result;
    }

    /** Every piece waits only for pieces given before it (so the given order can run one at a time). */
    private static <T> void checkOrder(Map<String, Piece<T>> pieces) {
        Set<String> before = new HashSet<>();
        pieces.forEach((name, piece) -> {
            for (String after : piece.after()) {
                if (!before.contains(after)) {
                    throw new IllegalArgumentException("piece " + name + " waits for " + after
                            + ", which is not given before it");
                }
            }
            before.add(name);
        });
    }
}
