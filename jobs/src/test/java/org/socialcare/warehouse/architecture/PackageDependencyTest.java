package org.socialcare.warehouse.architecture;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Packages depend downwards along the flow, never in a circle: reads the imports of the main sources
 * and checks the top-level packages against the documented order (README, Folder layout) and every
 * package, sub-packages included, for cycles.
 */
class PackageDependencyTest {
    private static final Path SOURCES = Path.of(System.getProperty("project.root", ".."),
            "jobs/src/main/java/org/socialcare/warehouse");
    /** A package may import only packages after it in this list. */
    private static final List<String> LAYERS = List.of("cli", "pipeline", "quality", "gold", "silver", "ingest", "bi",
            "functions", "infra", "config", "calendar", "text", "sample");
    private static final Pattern IMPORT = Pattern.compile("^import (?:static )?org\\.socialcare\\.warehouse\\.([a-z.]+)\\.[A-Z]",
            Pattern.MULTILINE);

    @Test
    void topLevelPackagesImportOnlyLowerLayers() throws IOException {
        List<String> upward = new ArrayList<>();
        imports().forEach((from, tos) -> tos.forEach(to -> {
            String a = from.split("\\.")[0];
            String b = to.split("\\.")[0];
            if (!a.equals(b) && LAYERS.indexOf(b) <= LAYERS.indexOf(a)) {
                upward.add(from + " -> " + to);
            }
        }));
        assertEquals(List.of(), upward);
    }

    @Test
    void noPackageDependsOnItselfThroughOthers() throws IOException {
        Map<String, Set<String>> graph = imports();
        List<String> cycles = new ArrayList<>();
        for (String start : graph.keySet()) {
            if (reaches(graph, start, start, new TreeSet<>())) {
                cycles.add(start);
            }
        }
        assertEquals(List.of(), cycles);
    }

    private static boolean reaches(Map<String, Set<String>> graph, String from, String target, Set<String> seen) {
        for (String next : graph.getOrDefault(from, Set.of())) {
            if (next.equals(target)) {
                return true;
            }
            if (seen.add(next) && reaches(graph, next, target, seen)) {
                return true;
            }
        }
        return false;
    }

    /** package (relative to org.socialcare.warehouse) -> the other packages of the project it imports. */
    private static Map<String, Set<String>> imports() throws IOException {
        Map<String, Set<String>> graph = new TreeMap<>();
        try (Stream<Path> files = Files.walk(SOURCES)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                String pkg = SOURCES.relativize(file.getParent()).toString().replace('/', '.');
                Matcher m = IMPORT.matcher(Files.readString(file));
                while (m.find()) {
                    if (!m.group(1).equals(pkg)) {
                        graph.computeIfAbsent(pkg, k -> new TreeSet<>()).add(m.group(1));
                    }
                }
            }
        }
        assertEquals(true, graph.containsKey("cli"), "no sources read under " + SOURCES);
        return graph;
    }
}
