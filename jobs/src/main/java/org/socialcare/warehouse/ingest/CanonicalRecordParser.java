package org.socialcare.warehouse.ingest;

import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

import java.util.List;
import java.util.Map;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.from_json;

/**
 * Parses canonical JSON lines (SPEC section 1) with an explicit schema: every field is read as text,
 * so a wrong type never fails a whole line silently; validated_lines.sql types and checks each field
 * and says which rule a line broke. Unknown fields are ignored.
 */
public final class CanonicalRecordParser {
    public static final String CORRUPT_RECORD = "_corrupt_record";

    static final List<String> FIELDS = List.of(
            "type", "id", "channel", "brand_id", "direction", "customer_id", "created_at", "thread_id",
            "reply_to_id", "agent_id", "sender_type", "text", "visibility", "tags", "quick_reply", "sentiment",
            "handle_seconds", "needs_reply", "event", "target", "kind", "score", "scale_min", "scale_max",
            "comment");

    public static final StructType JSON_SCHEMA = buildSchema();

    private CanonicalRecordParser() {
    }

    /** Raw lines (RawLineReader.SCHEMA) plus a struct column j with the line's fields as text. */
    public static Dataset<Row> parse(Dataset<Row> rawLines) {
        Column json = from_json(col("raw_line"), JSON_SCHEMA,
                Map.of("mode", "PERMISSIVE", "columnNameOfCorruptRecord", CORRUPT_RECORD));
        return rawLines.withColumn("j", json);
    }

    private static StructType buildSchema() {
        StructType schema = new StructType();
        for (String field : FIELDS) {
            schema = schema.add(field, DataTypes.StringType, true);
        }
        return schema.add(CORRUPT_RECORD, DataTypes.StringType, true);
    }
}
