package org.socialcare.warehouse.infra.spark;

import org.apache.spark.sql.RuntimeConfig;

/**
 * Whether Spark compiles a session's queries to Java code before it runs them (its default) or
 * evaluates them as they are. Compiling pays on large inputs; in a young JVM on little data it costs
 * more than it saves (a third of the CPU of a small night; about a second of a short {@code sql}
 * command).
 */
public final class CodeGeneration {
    /** Whole operators compiled into one Java method (Spark's default true). */
    public static final String WHOLE_STAGE = "spark.sql.codegen.wholeStage";
    /**
     * How expressions are evaluated: FALLBACK (Spark's default: compiled, interpreted if compiling fails)
     * or NO_CODEGEN (interpreted). Spark marks the key internal: its test suites run every expression both
     * ways. A Spark that no longer knows it leaves the code compiled, which only costs time.
     */
    public static final String FACTORY_MODE = "spark.sql.codegen.factoryMode";

    private CodeGeneration() {
    }

    /** The session's queries from now on run interpreted. */
    public static void off(RuntimeConfig conf) {
        conf.set(WHOLE_STAGE, "false");
        conf.set(FACTORY_MODE, "NO_CODEGEN");
    }
}
