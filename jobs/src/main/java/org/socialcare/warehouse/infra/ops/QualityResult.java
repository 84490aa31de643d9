package org.socialcare.warehouse.infra.ops;

/** The outcome of one data-quality check of a run. */
public record QualityResult(String check, boolean passed, String detail) {
}
