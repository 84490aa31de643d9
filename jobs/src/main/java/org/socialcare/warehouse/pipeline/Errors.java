package org.socialcare.warehouse.pipeline;

/** Turns an exception into the one line a person reads: what failed, without a stack trace. */
public final class Errors {
    private static final int MAX_CHARS = 500;

    private Errors() {
    }

    /**
     * The first non-blank line of the first message along the cause chain (Spark's messages begin with
     * their error class, e.g. [TABLE_OR_VIEW_NOT_FOUND], and a parse error with its position), cut at 500
     * characters; the exception's type when no message says more.
     */
    public static String oneLine(Throwable e) {
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
