package org.socialcare.warehouse.config;

import com.typesafe.config.Config;

import java.util.ArrayList;
import java.util.List;

/**
 * One SLA target of config block {@code sla}: for a metric (first_reply, next_reply or resolution), a brand and
 * a channel ({@link #ANY} for the defaults), the target in seconds and the clock it is measured in.
 */
public record SlaTarget(String metric, String brandId, String channel, long seconds, String clock) {
    public static final String ANY = "*";
    public static final List<String> METRICS = List.of("first_reply", "next_reply", "resolution");
    public static final List<String> CLOCKS = List.of("calendar", "business");

    static List<SlaTarget> fromConfig(Config sla) {
        List<SlaTarget> targets = new ArrayList<>();
        for (String metric : METRICS) {
            String path = "sla." + metric;
            Config block = sla.getConfig(metric);
            targets.add(target(metric, ANY, ANY, block.getConfig("default"), path + ".default"));
            if (block.hasPath("channels")) {
                Config channels = block.getConfig("channels");
                for (String channel : channels.root().keySet()) {
                    targets.add(target(metric, ANY, channel, channels.getConfig(q(channel)), path + ".channels." + channel));
                }
            }
            if (block.hasPath("brands")) {
                Config brands = block.getConfig("brands");
                for (String brand : brands.root().keySet()) {
                    Config perBrand = brands.getConfig(q(brand));
                    for (String channel : perBrand.root().keySet()) {
                        targets.add(target(metric, brand, channel.equals("default") ? ANY : channel,
                                perBrand.getConfig(q(channel)), path + ".brands." + brand + "." + channel));
                    }
                }
            }
        }
        return List.copyOf(targets);
    }

    private static SlaTarget target(String metric, String brand, String channel, Config c, String path) {
        double hours = c.getDouble("hours");
        if (hours <= 0) {
            throw new IllegalArgumentException("config " + path + ".hours must be a positive number, got " + hours);
        }
        String clock = c.hasPath("clock") ? c.getString("clock") : "calendar";
        if (!CLOCKS.contains(clock)) {
            throw new IllegalArgumentException("config " + path + ".clock must be calendar or business, got '" + clock + "'");
        }
        return new SlaTarget(metric, brand, channel, Math.round(hours * 3600), clock);
    }

    private static String q(String key) {
        return "\"" + key + "\"";
    }
}
