package org.socialcare.warehouse.infra.sql;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One SQL statement of the project's sql/ folder (on the classpath, so spark-submit needs only the
 * jar). Values reach it as Spark SQL named parameters ({@code :name}, bound by Spark, never spliced
 * into the text), and the names of tables and views that vary as {@code IDENTIFIER(:name)}. The file
 * names exactly the parameters the caller gives: a missing or an unused one is an error, so a typo
 * never becomes a NULL or a silently ignored value.
 *
 * <p>DDL is the one exception: Spark takes no parameters in {@code CREATE ... LOCATION},
 * {@code COMMENT} or {@code ALTER ... COLUMN}, so {@link #ddl} renders {@code ${name}} placeholders as
 * escaped string literals and {@code #{name}} placeholders as back-quoted (multi-part) identifiers.
 * A DDL file may also include a shared block of column definitions with a line
 * {@code --@include <path>} (the three daily aggregates share their measure columns).
 */
public final class SqlFile {
    private static final Pattern PLACEHOLDER = Pattern.compile("([$#])\\{([a-z_]+)}");
    private static final Pattern INCLUDE = Pattern.compile("(?m)^[ \\t]*--@include[ \\t]+(\\S+)[ \\t]*$");
    private static final Map<String, SqlFile> LOADED = new ConcurrentHashMap<>();

    private final String path;
    private final String text;
    private final Set<String> parameters;

    private SqlFile(String path, String text) {
        this.path = path;
        this.text = text;
        this.parameters = Collections.unmodifiableSet(parameterNames(text));
    }

    /** Loads sql/&lt;relativePath&gt; from the classpath, e.g. {@code load("bronze/validated_lines.sql")}. */
    public static SqlFile load(String relativePath) {
        return LOADED.computeIfAbsent(relativePath, p -> new SqlFile("sql/" + p, expandIncludes(read(p))));
    }

    public String path() {
        return path;
    }

    /** The statement as written (includes expanded), without a trailing semicolon. */
    public String text() {
        return text;
    }

    /** The {@code :name} parameters the statement uses, sorted. */
    public Set<String> parameters() {
        return parameters;
    }

    /** Runs the statement with no parameters. */
    public Dataset<Row> query(SparkSession spark) {
        return query(spark, Map.of());
    }

    /**
     * Runs the statement with its parameters bound by Spark. Values: String, Long, Integer, Double,
     * Boolean, LocalDate, Instant, or an array of those; a table or view name goes in IDENTIFIER(:name).
     */
    public Dataset<Row> query(SparkSession spark, Map<String, ?> args) {
        checkArguments(args.keySet());
        @SuppressWarnings("unchecked")
        Map<String, Object> values = (Map<String, Object>) args;
        return values.isEmpty() ? spark.sql(text) : spark.sql(text, values);
    }

    /**
     * Runs the statement with the parameters it names, taken from a larger set shared by the steps of
     * one stage; a parameter the file names and the set lacks is an error.
     */
    public Dataset<Row> queryWith(SparkSession spark, Map<String, ?> available) {
        Map<String, Object> args = new java.util.HashMap<>();
        for (String name : parameters) {
            if (!available.containsKey(name)) {
                throw new IllegalArgumentException(path + " needs parameter :" + name);
            }
            args.put(name, available.get(name));
        }
        return query(spark, args);
    }

    /**
     * The DDL statement with each ${name} replaced by its value as an escaped SQL string literal and
     * each #{name} by its value as a back-quoted identifier (a dot separates the parts of a name).
     */
    public String ddl(Map<String, String> values) {
        Matcher m = PLACEHOLDER.matcher(text);
        StringBuilder out = new StringBuilder();
        Set<String> used = new TreeSet<>();
        while (m.find()) {
            String value = values.get(m.group(2));
            if (value == null) {
                throw new IllegalArgumentException(path + " needs " + m.group(1) + "{" + m.group(2) + "}");
            }
            used.add(m.group(2));
            m.appendReplacement(out, Matcher.quoteReplacement(m.group(1).equals("$") ? literal(value) : identifier(value)));
        }
        m.appendTail(out);
        if (!used.containsAll(values.keySet())) {
            throw new IllegalArgumentException(path + " has no placeholder for some of " + values.keySet());
        }
        return out.toString();
    }

    /** A (dot-separated, multi-part) name as back-quoted identifiers. */
    public static String identifier(String name) {
        StringBuilder out = new StringBuilder();
        for (String part : name.split("\\.", -1)) {
            out.append(out.length() == 0 ? "" : ".").append('`').append(part.replace("`", "``")).append('`');
        }
        return out.toString();
    }

    /** A string as a Spark SQL string literal: quotes and backslashes escaped. */
    public static String literal(String value) {
        return "'" + value.replace("\\", "\\\\").replace("'", "\\'") + "'";
    }

    private void checkArguments(Set<String> given) {
        if (!given.equals(parameters)) {
            Set<String> missing = new TreeSet<>(parameters);
            missing.removeAll(given);
            Set<String> unused = new TreeSet<>(given);
            unused.removeAll(parameters);
            throw new IllegalArgumentException(path + ": parameters do not match the file"
                    + (missing.isEmpty() ? "" : "; missing :" + String.join(", :", missing))
                    + (unused.isEmpty() ? "" : "; not in the file :" + String.join(", :", unused)));
        }
    }

    /**
     * The names of the {@code :name} markers outside string literals, quoted identifiers and
     * comments (a time such as '10:00' or a comment with a colon is not a parameter).
     */
    static Set<String> parameterNames(String sql) {
        Set<String> names = new TreeSet<>();
        int i = 0;
        int n = sql.length();
        while (i < n) {
            char c = sql.charAt(i);
            if (c == '\'' || c == '"' || c == '`') {
                i = skipQuoted(sql, i, c);
            } else if (c == '-' && i + 1 < n && sql.charAt(i + 1) == '-') {
                int end = sql.indexOf('\n', i);
                i = end < 0 ? n : end;
            } else if (c == '/' && i + 1 < n && sql.charAt(i + 1) == '*') {
                int end = sql.indexOf("*/", i + 2);
                i = end < 0 ? n : end + 2;
            } else if (c == ':' && i + 1 < n && isNameStart(sql.charAt(i + 1))
                    && (i == 0 || !(Character.isLetterOrDigit(sql.charAt(i - 1)) || sql.charAt(i - 1) == ':'
                    || sql.charAt(i - 1) == '_'))) {
                int end = i + 1;
                while (end < n && (Character.isLetterOrDigit(sql.charAt(end)) || sql.charAt(end) == '_')) {
                    end++;
                }
                names.add(sql.substring(i + 1, end));
                i = end;
            } else {
                i++;
            }
        }
        return names;
    }

    private static boolean isNameStart(char c) {
        return (c >= 'a' && c <= 'z') || c == '_';
    }

    private static int skipQuoted(String sql, int start, char quote) {
        int i = start + 1;
        while (i < sql.length()) {
            char c = sql.charAt(i);
            if (c == '\\' && quote != '`') {
                i += 2;
            } else if (c == quote) {
                return i + 1;
            } else {
                i++;
            }
        }
        return i;
    }

    private static String expandIncludes(String sql) {
        Matcher m = INCLUDE.matcher(sql);
        StringBuilder out = new StringBuilder();
        Set<String> seen = new LinkedHashSet<>();
        while (m.find()) {
            if (!seen.add(m.group(1))) {
                throw new IllegalArgumentException("sql/" + m.group(1) + " is included twice");
            }
            m.appendReplacement(out, Matcher.quoteReplacement(read(m.group(1)).strip()));
        }
        m.appendTail(out);
        return stripTrailingSemicolon(out.toString());
    }

    private static String read(String relativePath) {
        String resource = "sql/" + relativePath;
        try (InputStream in = SqlFile.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("SQL file " + resource + " is not on the classpath; rebuild the jar");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
    }

    private static String stripTrailingSemicolon(String sql) {
        String trimmed = sql.strip();
        return trimmed.endsWith(";") ? trimmed.substring(0, trimmed.length() - 1) : trimmed;
    }
}
