package org.socialcare.warehouse.config;

import com.typesafe.config.Config;

import java.util.ArrayList;
import java.util.List;

/** One published benchmark of config list {@code benchmarks} (SPEC 4), a row of gold.benchmarks. */
public record Benchmark(String metric, String scope, String scopeValue, double value, String unit, String source) {
    static final List<String> SCOPES = List.of("all", "channel", "industry");

    static List<Benchmark> from(Config c) {
        List<Benchmark> out = new ArrayList<>();
        List<? extends Config> entries = c.getConfigList("benchmarks");
        for (int i = 0; i < entries.size(); i++) {
            Config b = entries.get(i);
            String scope = b.getString("scope");
            if (!SCOPES.contains(scope)) {
                throw new IllegalArgumentException("config benchmarks[" + i + "].scope must be one of " + SCOPES
                        + ", got '" + scope + "'");
            }
            out.add(new Benchmark(b.getString("metric"), scope, b.getString("scope_value"), b.getDouble("value"),
                    b.getString("unit"), b.getString("source")));
        }
        return List.copyOf(out);
    }
}
