package org.socialcare.warehouse.pipeline;

/**
 * A run that failed, for whatever reason: Spark throws checked exceptions (SparkException,
 * AnalysisException) from methods that do not declare them, so every failure is carried up as this,
 * with the one line a person reads as its message and the original as its cause.
 */
public final class RunFailure extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private RunFailure(String message, Throwable cause) {
        super(message, cause);
    }

    /** The failure as an unchecked exception: itself when it already is one; an Error is rethrown. */
    public static RuntimeException of(Throwable e) {
        if (e instanceof RuntimeException r) {
            return r;
        }
        if (e instanceof Error error) {
            throw error;
        }
        return new RunFailure(Errors.oneLine(e), e);
    }
}
