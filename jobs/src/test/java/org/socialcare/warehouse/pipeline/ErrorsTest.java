package org.socialcare.warehouse.pipeline;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The one line a failed run prints: the first line of the first message, and what to do when memory ran out. */
class ErrorsTest {
    @Test
    void aFailureSaysItsFirstMessageLine() {
        Exception e = new IllegalStateException("wrapper", new IllegalArgumentException("[TABLE_OR_VIEW_NOT_FOUND] x\nmore"));
        assertEquals("wrapper", Errors.oneLine(e));
        assertEquals("[TABLE_OR_VIEW_NOT_FOUND] x", Errors.oneLine(new RuntimeException(null, e.getCause())));
    }

    @Test
    void aTaskThatRanOutOfMemorySaysWhatToDoFirst() {
        // As a 10M-message day on a 4 GB heap failed: the task's error reaches the driver as text in the job's message.
        String jobAborted = "Job aborted due to stage failure: Task 1 in stage 258.0 failed 1 times, most recent failure: "
                + "Lost task 1.0 in stage 258.0 (TID 388) (192.0.2.2 executor driver): org.apache.spark.memory."
                + "SparkOutOfMemoryError: [UNABLE_TO_ACQUIRE_MEMORY] Unable to acquire 262144 bytes of memory, got 0.";
        Exception e = new IllegalStateException("date 2026-11-16: " + jobAborted, new RuntimeException(jobAborted));
        assertEquals(Errors.OUT_OF_MEMORY + ": date 2026-11-16: " + jobAborted, Errors.oneLine(e));
        // Wrapped once more (a backfill's date), it still says it once.
        String wrapped = Errors.oneLine(new IllegalStateException("date 2026-11-16: " + Errors.oneLine(e), e));
        assertTrue(wrapped.startsWith("date 2026-11-16: " + Errors.OUT_OF_MEMORY + ": date 2026-11-16: Job aborted"), wrapped);
        assertEquals(wrapped.indexOf(Errors.OUT_OF_MEMORY), wrapped.lastIndexOf(Errors.OUT_OF_MEMORY), wrapped);
        assertEquals(Errors.OUT_OF_MEMORY + ": Java heap space",
                Errors.oneLine(new RuntimeException(null, new OutOfMemoryError("Java heap space"))));
    }
}
