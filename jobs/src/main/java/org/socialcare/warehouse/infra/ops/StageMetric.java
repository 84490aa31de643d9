package org.socialcare.warehouse.infra.ops;

/** How long one stage of a run took and how many rows it handled (its main input or output). */
public record StageMetric(double seconds, long rows) {
}
