package org.socialcare.warehouse.config;

import com.typesafe.config.Config;
import com.typesafe.config.ConfigResolveOptions;
import com.typesafe.config.ConfigResolver;
import com.typesafe.config.ConfigValue;
import com.typesafe.config.ConfigValueFactory;
import org.apache.commons.text.similarity.LevenshteinDistance;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Checks that an environment file sets only keys the reference configuration (application.conf)
 * knows, so that a typo such as {@code sessionize.reopen_window_hourz} fails the run with the key's
 * name and the nearest known one instead of being ignored. Below the open blocks (named entries: Spark
 * settings, schedules, brands, agents, teams, channels, SLA entries, topics) any name is allowed.
 */
public final class ConfigKeys {
    /** Blocks whose entries are names chosen by the user; their contents are not checked here. */
    static final List<String> OPEN_BLOCKS = List.of(
            "spark.conf.", "schedules.", "reference.brands.", "agents.", "teams.", "topics.",
            "sessionize.inactivity_timeout_hours.", "cost.channel_monthly_cost.",
            "sla.first_reply.channels.", "sla.first_reply.brands.", "sla.resolution.channels.", "sla.resolution.brands.");

    private ConfigKeys() {
    }

    /**
     * Throws IllegalArgumentException naming the first unknown key of {@code file} (and the nearest
     * known key). Both configs unresolved, as parsed; a key set only from an environment variable in the
     * reference (${?VAR}) counts as known.
     */
    public static void requireKnown(Config file, Config reference, String fileName) {
        Set<String> known = keysOf(reference);
        for (String key : keysOf(file)) {
            if (known.contains(key) || OPEN_BLOCKS.stream().anyMatch(key::startsWith)) {
                continue;
            }
            String hint = nearest(key, known).map(k -> "; did you mean " + k + "?").orElse("");
            throw new IllegalArgumentException("config file " + fileName + ": unknown key " + key + hint);
        }
    }

    /** The leaf keys, every substitution resolved to a placeholder: only the keys matter here. */
    private static Set<String> keysOf(Config config) {
        Set<String> keys = new TreeSet<>();
        config.resolve(ConfigResolveOptions.defaults().setUseSystemEnvironment(false).appendResolver(ANY_VALUE))
                .entrySet().forEach(e -> keys.add(e.getKey()));
        return keys;
    }

    private static final ConfigResolver ANY_VALUE = new ConfigResolver() {
        @Override
        public ConfigValue lookup(String path) {
            return ConfigValueFactory.fromAnyRef("placeholder");
        }

        @Override
        public ConfigResolver withFallback(ConfigResolver fallback) {
            return this;
        }
    };

    static Optional<String> nearest(String key, Set<String> known) {
        LevenshteinDistance distance = LevenshteinDistance.getDefaultInstance();
        return known.stream()
                .min(Comparator.comparingInt((String k) -> distance.apply(key, k)).thenComparing(k -> k))
                .filter(k -> distance.apply(key, k) <= Math.max(3, key.length() / 3));
    }
}
