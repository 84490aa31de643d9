package org.socialcare.warehouse.infra.spark;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * Runs independent pieces of work of one stage (writes to different tables) as concurrent Spark jobs
 * from a few driver threads. A small table's write spends most of its time in the driver (planning,
 * Delta's commit), so several overlap on two cores; on a cluster they also keep the executors busy.
 *
 * <p>Every piece runs to its end, also when another fails (a piece is not interrupted in the middle of
 * a commit); then the first failure, in the order given, is thrown as it was raised. The threads are
 * made for one call, from the caller's thread between its Spark jobs, so each inherits the caller's
 * session and none inherits a running query's execution id.
 */
public final class ConcurrentJobs {
    private ConcurrentJobs() {
    }

    /** Runs the named pieces on at most {@code threads} threads; returns their results in the given order. */
    public static <T> Map<String, T> run(int threads, Map<String, Supplier<T>> pieces) {
        Map<String, T> results = new LinkedHashMap<>();
        if (threads <= 1 || pieces.size() <= 1) {
            pieces.forEach((name, piece) -> results.put(name, piece.get()));
            return results;
        }
        AtomicInteger number = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(threads, pieces.size()), r -> {
            Thread t = new Thread(r, "concurrent-jobs-" + number.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        try {
            List<Map.Entry<String, Future<T>>> futures = new ArrayList<>();
            pieces.forEach((name, piece) -> futures.add(Map.entry(name, pool.submit(piece::get))));
            Throwable first = null;
            for (Map.Entry<String, Future<T>> f : futures) {
                try {
                    results.put(f.getKey(), f.getValue().get());
                } catch (ExecutionException e) {
                    first = first == null ? e.getCause() : first;
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException("interrupted while waiting for " + f.getKey(), e);
                }
            }
            if (first instanceof RuntimeException re) {
                throw re;
            }
            if (first instanceof Error err) {
                throw err;
            }
            if (first != null) {
                throw new IllegalStateException(first.getMessage(), first);
            }
            return results;
        } finally {
            pool.shutdown();
        }
    }
}
