package org.socialcare.warehouse.pipeline;

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
        for (Throwable t = e; t != null; t = t.getCause()) {
            String message = t.getMessage();
            if (t instanceof OutOfMemoryError
                    || (message != null && (message.contains("OutOfMemoryError") || message.contains("UNABLE_TO_ACQUIRE_MEMORY")))) {
                return true;
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return false;
    }

    private static String firstLine(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            String message = t.getMessage();
            if (message != null && !message.isBlank()) {
                String first = message.strip().lines().filter(l -> !l.isBlank()).findFirst().orElse(message).strip();
                return first.length() > MAX_CHARS ? first.substring(0, MAX_CHARS) + "..." : first;
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return e.getClass().getSimpleName();
    }
}
