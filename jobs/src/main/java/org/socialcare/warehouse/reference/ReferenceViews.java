package org.socialcare.warehouse.reference;

import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.socialcare.warehouse.config.AppConfig;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * The reference data of config/ as temp views the SQL joins to: ref_brands (brand_id, brand_name,
 * industry, time_zone) and ref_channel_settings (channel, inactivity_timeout_seconds,
 * sla_first_reply_seconds; the row of channel "default" holds the defaults, other rows may be NULL).
 */
public final class ReferenceViews {
    public static final String DEFAULT_CHANNEL = "default";

    private ReferenceViews() {
    }

    public static void register(SparkSession spark, AppConfig config) {
        StructType brandSchema = new StructType()
                .add("brand_id", DataTypes.StringType, false)
                .add("brand_name", DataTypes.StringType, true)
                .add("industry", DataTypes.StringType, true)
                .add("time_zone", DataTypes.StringType, true);
        List<Row> brands = new ArrayList<>();
        for (AppConfig.Brand b : config.reference().brands().values()) {
            brands.add(RowFactory.create(b.brandId(), b.name(), b.industry(), config.reference().defaultTimeZone()));
        }
        spark.createDataFrame(brands, brandSchema).createOrReplaceTempView("ref_brands");

        Map<String, Double> timeouts = config.sessionize().inactivityTimeoutHours();
        Map<String, Double> sla = config.metrics().slaFirstReplyHours();
        TreeSet<String> channels = new TreeSet<>(timeouts.keySet());
        channels.addAll(sla.keySet());
        StructType channelSchema = new StructType()
                .add("channel", DataTypes.StringType, false)
                .add("inactivity_timeout_seconds", DataTypes.LongType, true)
                .add("sla_first_reply_seconds", DataTypes.LongType, true);
        List<Row> rows = new ArrayList<>();
        for (String channel : channels) {
            rows.add(RowFactory.create(channel, seconds(timeouts.get(channel)), seconds(sla.get(channel))));
        }
        spark.createDataFrame(rows, channelSchema).createOrReplaceTempView("ref_channel_settings");
    }

    static Long seconds(Double hours) {
        return hours == null ? null : Math.round(hours * 3600);
    }
}
