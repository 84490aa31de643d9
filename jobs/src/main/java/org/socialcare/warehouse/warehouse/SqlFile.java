package org.socialcare.warehouse.warehouse;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One SQL statement from the project's sql/ folder (bundled in the jar), with named ${params}.
 * Parameters are identifiers, dates and paths that the job owns, never user-provided text.
 */
public final class SqlFile {
    private static final Pattern PARAM = Pattern.compile("\\$\\{([a-z_]+)}");
    private final String path;
    private final String text;

    private SqlFile(String path, String text) {
        this.path = path;
        this.text = text;
    }

    /** Loads sql/&lt;relativePath&gt; from the classpath, e.g. {@code load("bronze/messages_batch.sql")}. */
    public static SqlFile load(String relativePath) {
        String resource = "sql/" + relativePath;
        try (InputStream in = SqlFile.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("SQL file " + resource + " is not on the classpath; rebuild the jar");
            }
            return new SqlFile(resource, new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
    }

    public String path() {
        return path;
    }

    /** The file's text as written, parameters unrendered. */
    public String text() {
        return text;
    }

    /** The statement with every ${name} replaced; a missing or unused parameter is an error. */
    public String render(Map<String, String> params) {
        Matcher m = PARAM.matcher(text);
        StringBuilder out = new StringBuilder();
        java.util.Set<String> used = new java.util.HashSet<>();
        while (m.find()) {
            String name = m.group(1);
            String value = params.get(name);
            if (value == null) {
                throw new IllegalArgumentException(path + " needs parameter ${" + name + "}");
            }
            used.add(name);
            m.appendReplacement(out, Matcher.quoteReplacement(value));
        }
        m.appendTail(out);
        if (!used.containsAll(params.keySet())) {
            throw new IllegalArgumentException(path + " has no ${...} for some of " + params.keySet());
        }
        return stripTrailingSemicolon(out.toString());
    }

    /** Renders with the parameters this file names, taken from a larger set shared by several files. */
    public String renderFrom(Map<String, String> available) {
        Map<String, String> used = new java.util.HashMap<>();
        Matcher m = PARAM.matcher(text);
        while (m.find()) {
            String name = m.group(1);
            if (available.containsKey(name)) {
                used.put(name, available.get(name));
            }
        }
        return render(used);
    }

    public String render() {
        return render(Map.of());
    }

    private static String stripTrailingSemicolon(String sql) {
        String trimmed = sql.strip();
        return trimmed.endsWith(";") ? trimmed.substring(0, trimmed.length() - 1) : trimmed;
    }
}
