package org.socialcare.warehouse.quality;

/** The outcome of one data-quality check of a run. */
public record QualityResult(String check, boolean passed, String detail) {
}
