package org.socialcare.warehouse.ingest.source;

import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

import java.util.List;

/**
 * What every {@link DumpReader} produces, one row per line read: dump_date, source_file,
 * line_number (1-based; of a multi-line record, its first line), raw_line, read_error /
 * read_error_code (the reader's own reason for rejecting the line, else NULL) and j, the line's
 * fields as a canonical record (SPEC section 1), every field as text so that validation can say which
 * field broke which rule (sql/bronze/validated_lines.sql).
 */
public final class ParsedLines {
    /** The fields of a canonical record, as validation reads them (j.type, j.id, ...). */
    public static final List<String> RECORD_FIELDS = List.of(
            "type", "id", "channel", "brand_id", "direction", "customer_id", "created_at", "thread_id",
            "reply_to_id", "agent_id", "sender_type", "text", "visibility", "tags", "quick_reply", "sentiment",
            "handle_seconds", "needs_reply", "event", "target", "kind", "score", "scale_min", "scale_max",
            "comment");
    /** Set by a JSON parser on a line that is not one well-formed JSON object. */
    public static final String CORRUPT_RECORD = "_corrupt_record";

    public static final StructType RECORD = recordStruct();

    /** The raw line: where it was read and why the reader rejected it (read_error NULL when it did not). */
    public static final StructType RAW_LINE = new StructType()
            .add("dump_date", DataTypes.DateType, false)
            .add("source_file", DataTypes.StringType, false)
            .add("line_number", DataTypes.LongType, false)
            .add("raw_line", DataTypes.StringType, true)
            .add("read_error", DataTypes.StringType, true)
            .add("read_error_code", DataTypes.StringType, true);

    public static final StructType SCHEMA = RAW_LINE.add("j", RECORD, true);

    /** Quarantine code of a file that could not be read to its end. */
    public static final String UNREADABLE_FILE = "unreadable_file";

    private ParsedLines() {
    }

    private static StructType recordStruct() {
        StructType schema = new StructType();
        for (String field : RECORD_FIELDS) {
            schema = schema.add(field, DataTypes.StringType, true);
        }
        return schema.add(CORRUPT_RECORD, DataTypes.StringType, true);
    }
}
