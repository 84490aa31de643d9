package org.socialcare.warehouse.ingest.source;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

import java.time.LocalDate;
import java.util.List;

/**
 * Reads the files of one dump in one input format into parsed lines ({@link ParsedLines#SCHEMA}):
 * every line read, where it was read, and its fields as a canonical record (text), or the reason the
 * reader could not make one. Validation, dedupe, quarantine and the bronze writes are the same for
 * every format, downstream of this.
 */
public interface DumpReader {
    /** File name endings this format reads in a dump folder (e.g. .jsonl, .jsonl.gz). */
    List<String> fileSuffixes();

    /** The parsed lines of the dump's files (fully qualified paths, sorted). */
    Dataset<Row> read(SparkSession spark, List<String> files, LocalDate dumpDate);

    /** Frees what the reader cached for its lines, once they have been consumed. */
    default void release() {
    }
}
