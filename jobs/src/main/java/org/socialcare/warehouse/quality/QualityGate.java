package org.socialcare.warehouse.quality;

import org.socialcare.warehouse.infra.ops.QualityResult;

import java.util.List;
import java.util.stream.Collectors;

/** Stops a run whose checks failed, before anything downstream of them is published. */
public final class QualityGate {
    private QualityGate() {
    }

    public static void enforce(List<QualityResult> results) {
        List<QualityResult> failed = results.stream().filter(r -> !r.passed()).toList();
        if (!failed.isEmpty()) {
            throw new QualityGateFailure("data-quality gate failed: "
                    + failed.stream().map(r -> r.check() + " (" + r.detail() + ")").collect(Collectors.joining("; ")),
                    results);
        }
    }

    /** A run stopped by its checks; carries every result so the audit can record them. */
    public static final class QualityGateFailure extends RuntimeException {
        private final transient List<QualityResult> results;

        QualityGateFailure(String message, List<QualityResult> results) {
            super(message);
            this.results = List.copyOf(results);
        }

        public List<QualityResult> results() {
            return results;
        }
    }
}
