package org.socialcare.warehouse.jobs;

/** Turns an exception into the one line a person reads: what failed, without a stack trace. */
public final class Errors {
    private Errors() {
    }

    public static String oneLine(Throwable e) {
        Throwable t = e;
        String message = null;
        while (t != null && message == null) {
            if (t.getMessage() != null && !t.getMessage().isBlank()) {
                message = t.getMessage();
            }
            t = t.getCause();
        }
        String text = message == null ? e.getClass().getSimpleName() : message;
        String first = text.strip().lines().findFirst().orElse(text);
        return first.length() > 500 ? first.substring(0, 500) + "..." : first;
    }
}
