package org.socialcare.warehouse.functions;

import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.api.java.UDF3;
import org.apache.spark.sql.types.DataTypes;
import org.socialcare.warehouse.config.AppConfig;

import java.sql.Timestamp;

/**
 * SQL functions over each brand's business calendar (its schedule in its time zone, SPEC 4):
 * <ul>
 *   <li>{@code business_seconds(brand_id, start, end)}: seconds of open time in [start, end); NULL when
 *       either is NULL or end is before start;</li>
 *   <li>{@code business_due_at(brand_id, start, seconds)}: the instant when that many seconds of open
 *       time have passed since start (an SLA due time); NULL for NULL input or a schedule never open.</li>
 * </ul>
 * The calendars are small and travel with the function to the executors.
 */
public final class BusinessTimeFunctions {
    private BusinessTimeFunctions() {
    }

    public static void register(SparkSession spark, AppConfig config) {
        BrandCalendars calendars = BrandCalendars.from(config.reference());
        spark.udf().register("business_seconds", (UDF3<String, Timestamp, Timestamp, Long>) (brand, start, end) -> {
            if (start == null || end == null || end.before(start)) {
                return null;
            }
            return calendars.of(brand).openSecondsBetween(start.toInstant(), end.toInstant());
        }, DataTypes.LongType);
        spark.udf().register("business_due_at", (UDF3<String, Timestamp, Long, Timestamp>) (brand, start, seconds) -> {
            if (start == null || seconds == null || calendars.of(brand).schedule().isAlwaysClosed()) {
                return null;
            }
            return Timestamp.from(calendars.of(brand).addOpenSeconds(start.toInstant(), seconds));
        }, DataTypes.TimestampType);
    }
}
