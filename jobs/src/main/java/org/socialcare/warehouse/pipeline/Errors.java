package org.socialcare.warehouse.pipeline;

import java.util.stream.Stream;

/** Turns an exception into the one line a person reads: what failed, without a stack trace. */
public final class Errors {
    private static final int MAX_CHARS = 500;
    /** Said before the failure's own line when Spark ran out of memory: what to do about it. */
    static final String OUT_OF_MEMORY = "Spark ran out of memory for this day's data; give the run more memory "
            + "(the scripts: SOCIAL_CARE_JAVA_OPTS=\"-Xmx8g\"; a cluster: spark.executor.memory) or more and smaller "
            + "tasks (spark.shuffle_partitions), then re-run the date";

    private Errors() {
    }

    /**
     * The first non-blank line of the first message along the cause chain (Spark's messages begin with
     * their error class, e.g. [TABLE_OR_VIEW_NOT_FOUND], and a parse error with its position), cut at 500
     * characters; the exception's type when no message says more. When Spark ran out of memory
     * (in a task, whose error reaches the driver as text in the job's message, or in the driver), the
     * line begins with what to do about it.
     */
    public static String oneLine(Throwable e) {
        String line = firstLine(e);
        // A failure wrapped again (a date of a backfill) says it once.
        return outOfMemory(e) && !line.contains(OUT_OF_MEMORY) ? OUT_OF_MEMORY + ": " + line : line;
    }

    private static boolean outOfMemory(Throwable e) {
        return causeChain(e).anyMatch(t -> t instanceof OutOfMemoryError || saysOutOfMemory(t.getMessage()));
    }

    /** A message that reports a lack of memory: a JVM's error wrapped by Spark, or Spark's own for a task. */
    private static boolean saysOutOfMemory(String message) {
        return message != null && (message.contains("OutOfMemoryError") || message.contains("UNABLE_TO_ACQUIRE_MEMORY"));
    }

    private static String firstLine(Throwable e) {
        return causeChain(e).map(Throwable::getMessage).filter(m -> m != null && !m.isBlank()).findFirst()
                .map(message -> {
                    String first = message.strip().lines().filter(l -> !l.isBlank()).findFirst().orElse(message).strip();
                    return first.length() > MAX_CHARS ? first.substring(0, MAX_CHARS) + "..." : first;
                })
                .orElse(e.getClass().getSimpleName());
    }

    /** The exception and its causes, outermost first (a cause that is its own cause ends the chain). */
    private static Stream<Throwable> causeChain(Throwable e) {
        return Stream.iterate(e, t -> t != null, t -> t.getCause() == t ? null : t.getCause());
    }
}
