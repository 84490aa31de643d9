package org.socialcare.warehouse.sample;
// TEMPORARY PLACEHOLDER (not committed): replaced by the real generator.
public final class SampleGenerator {
    public record Options(java.nio.file.Path out, java.time.LocalDate startDate, int days, int messagesPerDay, long seed) {}
    public record Summary(long linesWritten, long messages, long caseEvents, long surveys, long badLines,
                          long duplicateLines, long lateLines, java.util.SortedMap<java.time.LocalDate, Long> linesPerDump) {}
    public static Summary generate(Options options) throws java.io.IOException { throw new UnsupportedOperationException(); }
}
