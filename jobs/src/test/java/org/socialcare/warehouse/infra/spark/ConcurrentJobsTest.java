package org.socialcare.warehouse.infra.spark;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

class ConcurrentJobsTest {

    /** A piece that counts down its own latch, then waits (at most 10 s) for the other's: true if both ran at once. */
    private static Supplier<Boolean> meeting(CountDownLatch mine, CountDownLatch other) {
        return () -> {
            mine.countDown();
            try {
                return other.await(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
        };
    }

    @Test
    void piecesRunAtTheSameTimeAndResultsComeBackInTheGivenOrder() {
        CountDownLatch a = new CountDownLatch(1);
        CountDownLatch b = new CountDownLatch(1);
        Map<String, Supplier<Boolean>> pieces = new LinkedHashMap<>();
        pieces.put("second", meeting(b, a));
        pieces.put("first", meeting(a, b));

        Map<String, Boolean> results = ConcurrentJobs.run(2, pieces);

        assertEquals(List.of("second", "first"), new ArrayList<>(results.keySet()));
        assertEquals(List.of(true, true), new ArrayList<>(results.values()));
    }

    @Test
    void oneThreadRunsThePiecesOneAfterAnotherOnTheCallersThread() {
        List<String> ran = Collections.synchronizedList(new ArrayList<>());
        Thread caller = Thread.currentThread();
        Map<String, Supplier<Integer>> pieces = new LinkedHashMap<>();
        for (int i = 1; i <= 3; i++) {
            int n = i;
            pieces.put("p" + n, () -> {
                ran.add("p" + n + (Thread.currentThread() == caller ? " on caller" : " elsewhere"));
                return n * 10;
            });
        }

        Map<String, Integer> results = ConcurrentJobs.run(1, pieces);

        assertEquals(List.of("p1 on caller", "p2 on caller", "p3 on caller"), ran);
        assertEquals(Map.of("p1", 10, "p2", 20, "p3", 30), results);
    }

    @Test
    void aFailureIsThrownAsRaisedAfterEveryPieceHasEnded() {
        IllegalStateException first = new IllegalStateException("first failure");
        List<String> ended = Collections.synchronizedList(new ArrayList<>());
        Map<String, Supplier<String>> pieces = new LinkedHashMap<>();
        pieces.put("fails", () -> {
            throw first;
        });
        pieces.put("slow", () -> {
            try {
                Thread.sleep(300);
            } catch (InterruptedException e) {
                ended.add("interrupted");
                return "interrupted";
            }
            ended.add("slow");
            return "done";
        });
        pieces.put("fails too", () -> {
            throw new IllegalArgumentException("second failure");
        });

        IllegalStateException thrown = assertThrows(IllegalStateException.class, () -> ConcurrentJobs.run(3, pieces));

        assertSame(first, thrown);
        assertEquals(List.of("slow"), ended);
    }

    @Test
    void aPieceStartsWhenWhatItWaitsForHasEndedNotWhenEarlierPiecesHave() {
        // "slow" ends only once "reader" has run; "reader" waits for "input" alone. Had "reader" waited
        // for every piece before it, "slow" would time out (false).
        CountDownLatch readerRan = new CountDownLatch(1);
        List<String> order = Collections.synchronizedList(new ArrayList<>());
        Map<String, ConcurrentJobs.Piece<Boolean>> pieces = new LinkedHashMap<>();
        pieces.put("slow", ConcurrentJobs.Piece.of(() -> {
            try {
                return readerRan.await(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
        }));
        pieces.put("input", ConcurrentJobs.Piece.of(() -> order.add("input")));
        pieces.put("reader", ConcurrentJobs.Piece.after(List.of("input"), () -> {
            order.add("reader");
            readerRan.countDown();
            return true;
        }));

        Map<String, Boolean> results = ConcurrentJobs.runGraph(2, pieces);

        assertEquals(List.of("input", "reader"), order);
        assertEquals(List.of("slow", "input", "reader"), new ArrayList<>(results.keySet()));
        assertEquals(List.of(true, true, true), new ArrayList<>(results.values()));
    }

    @Test
    void aPieceWhoseInputFailedNeverStartsAndTheInputsFailureIsThrown() {
        IllegalStateException failure = new IllegalStateException("input failed");
        List<String> ran = Collections.synchronizedList(new ArrayList<>());
        Map<String, ConcurrentJobs.Piece<String>> pieces = new LinkedHashMap<>();
        pieces.put("input", ConcurrentJobs.Piece.of(() -> {
            throw failure;
        }));
        pieces.put("reader", ConcurrentJobs.Piece.after(List.of("input"), () -> {
            ran.add("reader");
            return "read";
        }));

        assertSame(failure, assertThrows(IllegalStateException.class, () -> ConcurrentJobs.runGraph(2, pieces)));
        assertEquals(List.of(), ran);
    }

    @Test
    void aPieceMayOnlyWaitForPiecesGivenBeforeIt() {
        Map<String, ConcurrentJobs.Piece<String>> pieces = new LinkedHashMap<>();
        pieces.put("reader", ConcurrentJobs.Piece.after(List.of("input"), () -> "read"));
        pieces.put("input", ConcurrentJobs.Piece.of(() -> "written"));

        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ConcurrentJobs.runGraph(2, pieces));
        assertEquals("piece reader waits for input, which is not given before it", e.getMessage());
    }
}
