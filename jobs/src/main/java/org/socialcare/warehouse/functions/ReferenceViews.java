package org.socialcare.warehouse.functions;

import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.socialcare.warehouse.config.AppConfig;
import org.socialcare.warehouse.config.Benchmark;
import org.socialcare.warehouse.config.CostModel;
import org.socialcare.warehouse.config.SlaTarget;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * The reference data of config/ as temp views the SQL joins to, and the business-time functions:
 * ref_brands (brand_id, brand_name, industry, time_zone, schedule), ref_channel_settings (channel,
 * inactivity_timeout_seconds, reply_window_seconds; NULL where the config has no entry; the row of
 * channel "default" holds the defaults) and ref_sla_targets
 * (metric, brand_id, channel, target_seconds, clock; "*" for any brand or channel), ref_agents
 * (agent_id, agent_name, team, hourly_cost resolved), ref_channel_costs (channel, monthly_cost; a
 * "default" row) and ref_benchmarks (the rows of gold.benchmarks).
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
                .add("time_zone", DataTypes.StringType, false)
                .add("schedule", DataTypes.StringType, false);
        List<Row> brands = new ArrayList<>();
        for (AppConfig.Brand b : config.reference().brands().values()) {
            brands.add(RowFactory.create(b.brandId(), b.name(), b.industry(), b.timeZone(), b.schedule()));
        }
        spark.createDataFrame(brands, brandSchema).createOrReplaceTempView("ref_brands");

        Map<String, Double> timeouts = config.sessionize().inactivityTimeoutHours();
        Map<String, Double> windows = config.metrics().replyWindowHours();
        StructType channelSchema = new StructType()
                .add("channel", DataTypes.StringType, false)
                .add("inactivity_timeout_seconds", DataTypes.LongType, true)
                .add("reply_window_seconds", DataTypes.LongType, true);
        List<Row> rows = new ArrayList<>();
        TreeSet<String> channels = new TreeSet<>(timeouts.keySet());
        channels.addAll(windows.keySet());
        for (String channel : channels) {
            rows.add(RowFactory.create(channel, seconds(timeouts.get(channel)), seconds(windows.get(channel))));
        }
        spark.createDataFrame(rows, channelSchema).createOrReplaceTempView("ref_channel_settings");

        StructType slaSchema = new StructType()
                .add("metric", DataTypes.StringType, false)
                .add("brand_id", DataTypes.StringType, false)
                .add("channel", DataTypes.StringType, false)
                .add("target_seconds", DataTypes.LongType, false)
                .add("clock", DataTypes.StringType, false);
        List<Row> targets = new ArrayList<>();
        for (SlaTarget t : config.slaTargets()) {
            targets.add(RowFactory.create(t.metric(), t.brandId(), t.channel(), t.seconds(), t.clock()));
        }
        spark.createDataFrame(targets, slaSchema).createOrReplaceTempView("ref_sla_targets");
        StructType agentSchema = new StructType()
                .add("agent_id", DataTypes.StringType, false)
                .add("agent_name", DataTypes.StringType, false)
                .add("team", DataTypes.StringType, false)
                .add("hourly_cost", DataTypes.DoubleType, false);
        List<Row> agents = new ArrayList<>();
        for (CostModel.Agent a : config.costModel().agents().values()) {
            agents.add(RowFactory.create(a.agentId(), a.name(), a.team(), a.hourlyCost()));
        }
        spark.createDataFrame(agents, agentSchema).createOrReplaceTempView("ref_agents");
        StructType costSchema = new StructType()
                .add("channel", DataTypes.StringType, false)
                .add("monthly_cost", DataTypes.DoubleType, false);
        List<Row> costs = new ArrayList<>();
        config.costModel().channelMonthlyCost().forEach((channel, cost) -> costs.add(RowFactory.create(channel, cost)));
        spark.createDataFrame(costs, costSchema).createOrReplaceTempView("ref_channel_costs");
        StructType benchmarkSchema = new StructType()
                .add("metric", DataTypes.StringType, false)
                .add("scope", DataTypes.StringType, false)
                .add("scope_value", DataTypes.StringType, false)
                .add("value", DataTypes.DoubleType, false)
                .add("unit", DataTypes.StringType, false)
                .add("source", DataTypes.StringType, false);
        List<Row> benchmarks = new ArrayList<>();
        for (Benchmark b : config.benchmarks()) {
            benchmarks.add(RowFactory.create(b.metric(), b.scope(), b.scopeValue(), b.value(), b.unit(), b.source()));
        }
        spark.createDataFrame(benchmarks, benchmarkSchema).createOrReplaceTempView("ref_benchmarks");
        BusinessTimeFunctions.register(spark, config);
        TextFunctions.register(spark, config);
    }

    static Long seconds(Double hours) {
        return hours == null ? null : Math.round(hours * 3600);
    }
}
