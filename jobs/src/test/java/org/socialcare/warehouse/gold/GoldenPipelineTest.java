package org.socialcare.warehouse.gold;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.socialcare.warehouse.pipeline.NightlyJob;
import org.socialcare.warehouse.testing.TestWarehouse;
import org.socialcare.warehouse.infra.catalog.WarehouseTable;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The whole pipeline on the fixture landing folder src/test/resources/golden/landing (three dumps
 * with a late record, re-exported duplicates, an x alias, a zone offset, a bad line, an unknown brand,
 * brands in Warsaw and New York), compared to the expected CSVs in golden/expected, one per gold
 * table, rows sorted by every column (a sketch column by its estimate). Run with -Dgolden.update=true to rewrite the expected files
 * after a deliberate change, then review the diff. The nights run with Spark's code generation, as a
 * large day does (spark.codegen_from_lines = 0); the suite's other nightly runs, all small days, without it.
 */
class GoldenPipelineTest {
    static final Path GOLDEN = Path.of("src/test/resources/golden");
    static final List<WarehouseTable> GOLD = Stream.of(WarehouseTable.values())
            .filter(t -> t.schema().equals("gold")).toList();

    @TempDir
    Path tmp;

    @Test
    void everyGoldTableMatchesItsExpectedCsv() throws IOException {
        TestWarehouse wh = new TestWarehouse(tmp, "spark.codegen_from_lines = 0");
        copy(GOLDEN.resolve("landing"), wh.landing);
        for (LocalDate d = LocalDate.of(2026, 11, 16); !d.isAfter(LocalDate.of(2026, 11, 18)); d = d.plusDays(1)) {
            wh.nightly(d);
        }
        boolean update = Boolean.getBoolean("golden.update");
        for (WarehouseTable table : GOLD) {
            String actual = csv(TestWarehouse.sketchesAsEstimates(wh.spark.table(table.qualifiedName())));
            Path expected = GOLDEN.resolve("expected").resolve(table.tableName() + ".csv");
            if (update) {
                Files.createDirectories(expected.getParent());
                Files.writeString(expected, actual);
            }
            assertEquals(Files.readString(expected), actual, table.qualifiedName());
        }
        // Every wait agrees with its conversation (of the fixture's conversations, none disagrees).
        assertEquals(List.of(wh.csv("SELECT count(*) FROM gold.fact_conversation").get(0) + ",0"),
                wh.csv(TestWarehouse.REPLIES_AGAINST_CONVERSATIONS));
    }

    /** The product's own CSV rendering (scripts/sql), rows sorted by every column. */
    static String csv(Dataset<Row> table) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        org.socialcare.warehouse.cli.SqlOutput.print(table.orderBy(table.columns()[0],
                java.util.Arrays.copyOfRange(table.columns(), 1, table.columns().length)),
                new PrintStream(out, true, StandardCharsets.UTF_8));
        return out.toString(StandardCharsets.UTF_8).replace(System.lineSeparator(), "\n");
    }

    static void copy(Path from, Path to) {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                Path target = to.resolve(from.relativize(f).toString());
                Files.createDirectories(target.getParent());
                Files.copy(f, target);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
