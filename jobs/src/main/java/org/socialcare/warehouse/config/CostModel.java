package org.socialcare.warehouse.config;

import com.typesafe.config.Config;

import java.util.Map;
import java.util.TreeMap;

/**
 * Agents, teams and the cost model of config blocks {@code agents}, {@code teams} and {@code cost}
 * (SPEC 2): each agent's hourly cost resolved (its own, else its team's, else the default).
 */
public record CostModel(String currency, double defaultHourlyCost, double utilization, double overheadPerContact,
                        Map<String, Double> channelMonthlyCost, Map<String, Agent> agents) {

    /** One known agent with its resolved hourly cost. */
    public record Agent(String agentId, String name, String team, double hourlyCost) {
    }

    static CostModel from(Config c) {
        Config cost = c.getConfig("cost");
        double defaultRate = nonNegative(cost, "default_hourly_cost", "cost.default_hourly_cost");
        double utilization = cost.getDouble("utilization");
        if (utilization <= 0 || utilization > 1) {
            throw new IllegalArgumentException("config cost.utilization must be in (0, 1], got " + utilization);
        }
        Map<String, Double> channels = new TreeMap<>();
        Config perChannel = cost.getConfig("channel_monthly_cost");
        for (String channel : perChannel.root().keySet()) {
            channels.put(channel, nonNegative(perChannel, q(channel), "cost.channel_monthly_cost." + channel));
        }
        if (!channels.containsKey("default")) {
            throw new IllegalArgumentException("config cost.channel_monthly_cost needs a default entry");
        }
        Map<String, Double> teams = new TreeMap<>();
        Config teamBlock = c.getConfig("teams");
        for (String team : teamBlock.root().keySet()) {
            teams.put(team, nonNegative(teamBlock.getConfig(q(team)), "hourly_cost", "teams." + team + ".hourly_cost"));
        }
        Map<String, Agent> agents = new TreeMap<>();
        Config agentBlock = c.getConfig("agents");
        for (String id : agentBlock.root().keySet()) {
            Config a = agentBlock.getConfig(q(id));
            String team = a.hasPath("team") ? a.getString("team") : "none";
            double rate = a.hasPath("hourly_cost") ? nonNegative(a, "hourly_cost", "agents." + id + ".hourly_cost")
                    : teams.getOrDefault(team, defaultRate);
            agents.put(id, new Agent(id, a.getString("name"), team, rate));
        }
        return new CostModel(cost.getString("currency"), defaultRate, utilization,
                nonNegative(cost, "overhead_per_contact", "cost.overhead_per_contact"), channels, agents);
    }

    private static double nonNegative(Config c, String path, String fullPath) {
        double v = c.getDouble(path);
        if (v < 0) {
            throw new IllegalArgumentException("config " + fullPath + " must not be negative, got " + v);
        }
        return v;
    }

    private static String q(String key) {
        return "\"" + key + "\"";
    }
}
