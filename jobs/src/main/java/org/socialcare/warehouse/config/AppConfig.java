package org.socialcare.warehouse.config;

import com.typesafe.config.Config;
import com.typesafe.config.ConfigValue;

import org.socialcare.warehouse.calendar.ScheduleConfig;
import org.socialcare.warehouse.calendar.WeeklySchedule;
import org.socialcare.warehouse.text.TopicTaxonomy;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Typed view of the HOCON configuration, built once at start-up. */
public record AppConfig(Paths paths, SparkSettings spark, Catalog catalog, Bi bi, Ingest ingest, Run run,
                        Sessionize sessionize, Metrics metrics, Reference reference, List<SlaTarget> slaTargets,
                        Text text, Privacy privacy, CostModel costModel, List<Benchmark> benchmarks) {

    /** Where the landing dumps and the warehouse live. */
    public record Paths(String landing, String warehouse) {
        public Paths withLanding(String newLanding) {
            return new Paths(newLanding, warehouse);
        }

        public Paths withWarehouse(String newWarehouse) {
            return new Paths(landing, newWarehouse);
        }
    }

    /**
     * Spark session settings; an empty master means spark-submit decides. A run of a large day shuffles
     * into at least one partition per linesPerShufflePartition lines of its dump ({@link #shufflePartitionsFor});
     * a run of a day with fewer than codegenFromLines lines evaluates its queries without compiling them
     * ({@link #compilesCodeFor}).
     */
    public record SparkSettings(Optional<String> master, String appName, int shufflePartitions,
                                long linesPerShufflePartition, long codegenFromLines, Map<String, String> extraConf) {
        /** More partitions than this only add tasks: a 10M-message day takes 51. */
        private static final long MOST_PARTITIONS_BY_LINES = 10_000L;

        /** The shuffle partitions of a run whose dump had this many lines: the configured number, or more for a large day. */
        public int shufflePartitionsFor(long linesRead) {
            long byLines = (linesRead + linesPerShufflePartition - 1) / linesPerShufflePartition;
            return (int) Math.max(shufflePartitions, Math.min(byLines, MOST_PARTITIONS_BY_LINES));
        }

        /** Whether silver and gold of a day whose dump had this many lines compile their queries to Java code. */
        public boolean compilesCodeFor(long linesRead) {
            return linesRead >= codegenFromLines;
        }
    }

    /**
     * The metastore the catalog lives in (config catalog.metastore): its type (embedded, server, jdbc,
     * platform), the Derby network server's host:port, and for jdbc the connection settings.
     */
    public record Catalog(String metastoreType, String metastoreServer, Optional<String> url, Optional<String> driver,
                          Optional<String> user, Optional<String> password) {
        public static final List<String> TYPES = List.of("embedded", "server", "jdbc", "platform");
    }

    /** The BI endpoint: Spark's Thrift JDBC/ODBC server. */
    /**
     * The BI endpoint: where it listens, how clients log in (auth none or password_file) and, when a
     * keystore is given, TLS.
     */
    public record Bi(String thriftBindHost, int thriftPort, String thriftAuth, Optional<String> passwordFile,
                     Optional<String> tlsKeystore, Optional<String> tlsKeystorePassword) {
        public static final List<String> AUTH_MODES = List.of("none", "password_file");

        public Bi withEndpoint(String host, int port) {
            return new Bi(host, port, thriftAuth, passwordFile, tlsKeystore, tlsKeystorePassword);
        }
    }

    /**
     * Ingest settings: the input format, the dedupe look-back, the lengths kept of raw and read lines,
     * the plausible years of created_at, and the TWCS reply-parent look-back.
     */
    public record Ingest(InputFormat format, int dedupeLookbackDays, int maxRawLineChars, int maxLineBytes,
                         int minYear, int maxYear, int twcsThreadLookbackDays) {
        public Ingest withFormat(InputFormat newFormat) {
            return new Ingest(newFormat, dedupeLookbackDays, maxRawLineChars, maxLineBytes, minYear, maxYear,
                    twcsThreadLookbackDays);
        }
    }

    /**
     * Run-level settings: write attempts against concurrent runs; when a running run of another host
     * counts as dead; how long a run waits for another to finish publishing; where intermediate results
     * are kept (local or reliable checkpoints); how many independent table writes run at once.
     */
    public record Run(int writeAttempts, double staleAfterHours, double publishWaitMinutes, String workTables,
                      int concurrentWrites) {
    }

    /** Sessionization rules (SPEC 3): per-channel hours keyed by channel, with a "default" entry. */
    public record Sessionize(Map<String, Double> inactivityTimeoutHours, double reopenWindowHours,
                             double surveyAttachDays, int lookbackDays) {
    }

    /**
     * Metric settings (SPEC 4). replyWindowHours: the platform's customer-service window by channel
     * (a "default" entry applies to channels not listed; without one they have no window).
     */
    public record Metrics(boolean countBotReplies, double handleTimeCapMinutes, Map<String, Double> replyWindowHours,
                          double repeatContactDays) {
    }

    /** One brand of the reference data, its zone and schedule name resolved against the defaults. */
    public record Brand(String brandId, String name, String industry, String timeZone, String schedule) {
    }

    /** Reference data: defaults, brands and the named weekly schedules. */
    public record Reference(String defaultTimeZone, String defaultSchedule, Map<String, Brand> brands,
                            Map<String, WeeklySchedule> schedules) {
    }

    /** Topics and top-N lists (SPEC 4). */
    public record Text(int topN, TopicTaxonomy taxonomy) {
    }

    /** Privacy switch: pseudonymise customer ids with a keyed hash whose key comes from the environment. */
    public record Privacy(boolean pseudonymizeCustomers, Optional<String> key) {
        public static final String KEY_ENV = "SOCIAL_CARE_PSEUDONYM_KEY";
    }

    public static AppConfig from(Config c) {
        Paths paths = new Paths(c.getString("paths.landing"), c.getString("paths.warehouse"));
        Map<String, String> extra = new LinkedHashMap<>();
        for (Map.Entry<String, ConfigValue> e : c.getConfig("spark.conf").entrySet()) {
            extra.put(e.getKey().replace("\"", ""), String.valueOf(e.getValue().unwrapped()));
        }
        SparkSettings spark = new SparkSettings(
                c.hasPath("spark.master") ? Optional.of(sparkMaster(c.getString("spark.master"))) : Optional.empty(),
                c.getString("spark.app_name"),
                c.getInt("spark.shuffle_partitions"),
                positiveLong(c, "spark.lines_per_shuffle_partition"),
                nonNegativeLong(c, "spark.codegen_from_lines"),
                extra);
        Catalog catalog = new Catalog(oneOf(c, "catalog.metastore.type", Catalog.TYPES),
                c.getString("catalog.metastore.server"), optional(c, "catalog.metastore.url"),
                optional(c, "catalog.metastore.driver"), optional(c, "catalog.metastore.user"),
                optional(c, "catalog.metastore.password"));
        if (catalog.metastoreType().equals("jdbc") && (catalog.url().isEmpty() || catalog.driver().isEmpty())) {
            throw new IllegalArgumentException("config catalog.metastore.type is jdbc but catalog.metastore.url or .driver"
                    + " is not set (environment SOCIAL_CARE_METASTORE_URL, SOCIAL_CARE_METASTORE_DRIVER)");
        }
        String auth = c.getString("bi.thrift.auth");
        if (!Bi.AUTH_MODES.contains(auth)) {
            throw new IllegalArgumentException("bi.thrift.auth must be one of " + Bi.AUTH_MODES + ", got '" + auth + "'");
        }
        Bi bi = new Bi(c.getString("bi.thrift.bind_host"), port(c, "bi.thrift.port"), auth,
                optionalString(c, "bi.thrift.password_file"), optionalString(c, "bi.thrift.tls.keystore"),
                optionalString(c, "bi.thrift.tls.keystore_password"));
        if (auth.equals("password_file") && bi.passwordFile().isEmpty()) {
            throw new IllegalArgumentException("bi.thrift.auth = password_file needs bi.thrift.password_file"
                    + " (or SOCIAL_CARE_THRIFT_PASSWORD_FILE)");
        }
        Ingest ingest = new Ingest(InputFormat.named(c.getString("ingest.format"), "config ingest.format"),
                positive(c, "ingest.dedupe_lookback_days"), positive(c, "ingest.max_raw_line_chars"),
                positive(c, "ingest.max_line_bytes"), positive(c, "ingest.plausible_years.min"),
                positive(c, "ingest.plausible_years.max"), positive(c, "ingest.twcs.thread_lookback_days"));
        if (ingest.minYear() > ingest.maxYear()) {
            throw new IllegalArgumentException("config ingest.plausible_years: min " + ingest.minYear()
                    + " is after max " + ingest.maxYear());
        }
        Run run = new Run(positive(c, "run.write_attempts"), positiveDouble(c, "run.stale_after_hours"),
                positiveDouble(c, "run.publish_wait_minutes"), oneOf(c, "run.work_tables", List.of("local", "reliable")),
                positive(c, "run.concurrent_writes"));
        Sessionize sessionize = new Sessionize(hoursByChannel(c, "sessionize.inactivity_timeout_hours"),
                positiveDouble(c, "sessionize.reopen_window_hours"), positiveDouble(c, "sessionize.survey_attach_days"),
                positive(c, "sessionize.lookback_days"));
        Metrics metrics = new Metrics(c.getBoolean("metrics.count_bot_replies"),
                positiveDouble(c, "metrics.handle_time_cap_minutes"), hoursPerChannel(c, "metrics.reply_window_hours"),
                positiveDouble(c, "metrics.repeat_contact_days"));
        Map<String, WeeklySchedule> schedules = ScheduleConfig.read(c);
        String zone = zone(c, "reference.default_time_zone", c.getString("reference.default_time_zone"));
        String defaultSchedule = schedule(schedules, "reference.default_schedule", c.getString("reference.default_schedule"));
        Map<String, Brand> brands = new java.util.TreeMap<>();
        Config brandBlock = c.getConfig("reference.brands");
        for (String id : brandBlock.root().keySet()) {
            String path = "reference.brands." + id;
            Config b = brandBlock.getConfig("\"" + id + "\"");
            brands.put(id, new Brand(id, b.getString("name"), b.getString("industry"),
                    b.hasPath("time_zone") ? zone(c, path + ".time_zone", b.getString("time_zone")) : zone,
                    b.hasPath("schedule") ? schedule(schedules, path + ".schedule", b.getString("schedule")) : defaultSchedule));
        }
        Text text = new Text(positive(c, "text.top_n"), TopicTaxonomy.fromConfig(c));
        Privacy privacy = new Privacy(c.getBoolean("privacy.pseudonymize_customers"),
                c.hasPath("privacy.key") ? Optional.of(c.getString("privacy.key")) : Optional.empty());
        if (privacy.pseudonymizeCustomers() && privacy.key().filter(k -> k.length() >= 16).isEmpty()) {
            throw new IllegalArgumentException("config privacy.pseudonymize_customers is true but the key is missing "
                    + "or shorter than 16 characters: set environment variable " + Privacy.KEY_ENV);
        }
        return new AppConfig(paths, spark, catalog, bi, ingest, run, sessionize, metrics,
                new Reference(zone, defaultSchedule, brands, schedules), SlaTarget.fromConfig(c.getConfig("sla")),
                text, privacy, CostModel.from(c), Benchmark.from(c));
    }

    public AppConfig withPaths(Paths newPaths) {
        return new AppConfig(newPaths, spark, catalog, bi, ingest, run, sessionize, metrics, reference, slaTargets,
                text, privacy, costModel, benchmarks);
    }

    public AppConfig withIngest(Ingest newIngest) {
        return new AppConfig(paths, spark, catalog, bi, newIngest, run, sessionize, metrics, reference, slaTargets,
                text, privacy, costModel, benchmarks);
    }

    private static String zone(Config c, String path, String value) {
        try {
            return java.time.ZoneId.of(value).getId();
        } catch (java.time.DateTimeException e) {
            throw new IllegalArgumentException("config " + path + ": unknown time zone '" + value + "'");
        }
    }

    private static String schedule(Map<String, WeeklySchedule> schedules, String path, String name) {
        if (!schedules.containsKey(name)) {
            throw new IllegalArgumentException("config " + path + ": no schedule '" + name + "' under schedules (have "
                    + schedules.keySet() + ")");
        }
        return name;
    }

    /** A block of channel -> hours with a required "default" entry. */
    private static Map<String, Double> hoursByChannel(Config c, String path) {
        if (!c.getConfig(path).hasPath("default")) {
            throw new IllegalArgumentException("config " + path + " needs a default entry");
        }
        return hoursPerChannel(c, path);
    }

    /** Positive hours keyed by channel (a "default" entry is optional). */
    private static Map<String, Double> hoursPerChannel(Config c, String path) {
        Config block = c.getConfig(path);
        Map<String, Double> hours = new java.util.TreeMap<>();
        for (String channel : block.root().keySet()) {
            hours.put(channel, positiveDouble(block, "\"" + channel + "\""));
        }
        return hours;
    }

    private static Optional<String> optional(Config c, String path) {
        return c.hasPath(path) && !c.getString(path).isBlank() ? Optional.of(c.getString(path)) : Optional.empty();
    }

    private static String oneOf(Config c, String path, List<String> allowed) {
        String value = c.getString(path);
        if (!allowed.contains(value)) {
            throw new IllegalArgumentException("config " + path + " is '" + value + "'; expected one of " + allowed);
        }
        return value;
    }

    /** The master URLs Spark accepts; anything else fails here in one line, not inside SparkContext. */
    private static final java.util.regex.Pattern MASTER = java.util.regex.Pattern.compile(
            "local(\\[(\\d+|\\*)(,\\s*\\d+)?])?|local-cluster\\[.+]|spark://.+|yarn|k8s://.+|mesos://.+");

    private static String sparkMaster(String master) {
        if (!MASTER.matcher(master).matches()) {
            throw new IllegalArgumentException("config spark.master must be local, local[N], local[*], spark://HOST:PORT,"
                    + " yarn or k8s://URL (or unset under spark-submit), got '" + master + "'");
        }
        return master;
    }

    private static Optional<String> optionalString(Config c, String path) {
        return c.hasPath(path) ? Optional.of(c.getString(path)).filter(v -> !v.isBlank()) : Optional.empty();
    }

    private static int port(Config c, String path) {
        int value = c.getInt(path);
        if (value < 1 || value > 65535) {
            throw new IllegalArgumentException("config " + path + " must be a port number 1-65535, got " + value);
        }
        return value;
    }

    private static double positiveDouble(Config c, String path) {
        double value = c.getDouble(path);
        if (value <= 0) {
            throw new IllegalArgumentException("config " + path + " must be a positive number, got " + value);
        }
        return value;
    }

    private static long positiveLong(Config c, String path) {
        return requirePositive(path, c.getLong(path));
    }

    private static long nonNegativeLong(Config c, String path) {
        long value = c.getLong(path);
        if (value < 0) {
            throw new IllegalArgumentException("config " + path + " must be 0 or more, got " + value);
        }
        return value;
    }

    private static int positive(Config c, String path) {
        return (int) requirePositive(path, c.getInt(path));
    }

    private static long requirePositive(String path, long value) {
        if (value <= 0) {
            throw new IllegalArgumentException("config " + path + " must be a positive number, got " + value);
        }
        return value;
    }
}
