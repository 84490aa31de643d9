package org.socialcare.warehouse.cli;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.socialcare.warehouse.testing.SparkTestSession;
import org.socialcare.warehouse.testing.TestWarehouse;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.socialcare.warehouse.testing.Records.message;

class MainTest {
    @TempDir
    Path tmp;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private PrintStream savedOut;
    private PrintStream savedErr;

    @BeforeEach
    void capture() {
        savedOut = System.out;
        savedErr = System.err;
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @AfterEach
    void restore() {
        System.setOut(savedOut);
        System.setErr(savedErr);
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    private String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private static String firstLine(String s) {
        return s.lines().findFirst().orElse("");
    }

    @Test
    void usageErrorsExitTwoWithOneLineSayingWhatIsWrong() {
        assertEquals(2, Main.run(new String[0]));
        assertEquals(2, Main.run(new String[]{"nighty", "--date", "2026-11-20"}));
        assertEquals(2, Main.run(new String[]{"nightly"}));
        assertEquals(2, Main.run(new String[]{"nightly", "--date", "20-11-2026"}));
        assertEquals(2, Main.run(new String[]{"nightly", "--date", "2026-11-20", "--colour", "red"}));
        assertEquals(2, Main.run(new String[]{"nightly", "--date", "2026-11-20", "extra"}));
        assertEquals(2, Main.run(new String[]{"backfill", "--from", "2026-11-20", "--to", "2026-11-19"}));
        assertEquals(2, Main.run(new String[]{"generate-sample", "--out", "x", "--days", "0"}));
        assertEquals(2, Main.run(new String[]{"sql"}));
        assertEquals(2, Main.run(new String[]{"nightly", "--date", "2026-11-20", "--format", "xml"}));
        assertEquals(2, Main.run(new String[]{"split-twcs", "--out", "x"}));
        List<String> messages = err().lines().filter(l -> !l.startsWith("usage:") && !l.startsWith("  ")
                && !l.startsWith("Paths default")).toList();
        assertEquals(List.of(
                "unknown command 'nighty'",
                "nightly: missing required flag --date",
                "nightly: --date must be a date YYYY-MM-DD, got '20-11-2026'",
                "nightly: unknown flag --colour (accepted: --config, --date, --format, --landing, --warehouse)",
                "nightly: unexpected argument 'extra'",
                "backfill: --to 2026-11-19 is before --from 2026-11-20",
                "generate-sample: --days must be a positive whole number, got '0'",
                "sql: give a query, quoted, e.g. sql \"select * from ops.run_audit\"",
                "--format: unknown input format 'xml' (known: canonical, twcs)",
                "split-twcs: missing required flag --input"), messages);
    }

    @Test
    void splitTwcsWritesDailyDumpsAndSaysWhatItDid() throws Exception {
        Path input = java.nio.file.Files.writeString(tmp.resolve("twcs.csv"),
                "tweet_id,author_id,inbound,created_at,text,response_tweet_id,in_response_to_tweet_id\n"
                        + "1,501,TRUE,Mon Oct 30 23:59:59 +0000 2017,@AcmeHelp help,2,\n"
                        + "2,AcmeHelp,FALSE,Tue Oct 31 00:10:00 +0000 2017,@501 on it -KC,,1\n");
        String landing = tmp.resolve("landing").toString();

        assertEquals(0, Main.run(new String[]{"split-twcs", "--input", input.toString(), "--out", landing}));

        assertEquals("split 2 records of " + input + " into 2 daily dumps 2017-10-30 .. 2017-10-31 under " + landing
                + "; 0 record(s) without a readable created_at went into the dump of the record before them"
                + " (the nightly run quarantines them)\n", out().replace(System.lineSeparator(), "\n"));
        assertTrue(java.nio.file.Files.isRegularFile(tmp.resolve("landing/2017-10-31/twcs-2017-10-31.csv")));
        assertEquals(1, Main.run(new String[]{"split-twcs", "--input", tmp.resolve("nope.csv").toString(), "--out", landing}));
        assertEquals("split-twcs failed: split-twcs: input file " + tmp.resolve("nope.csv") + " does not exist",
                firstLine(err()));
    }

    @Test
    void backfillSkipsDatesWithoutADumpWhenAsked() {
        String[] paths = {"--landing", tmp.resolve("landing").toString(), "--warehouse", tmp.resolve("warehouse").toString()};
        SparkTestSession.get();

        assertEquals(0, Main.run(concat(new String[]{"backfill", "--from", "2026-11-20", "--to", "2026-11-21",
                "--skip-missing", "true"}, paths)));

        assertEquals("skipped 2 date(s) without a dump folder: [2026-11-20, 2026-11-21]\n",
                out().replace(System.lineSeparator(), "\n"));
    }

    @Test
    void helpExitsZero() {
        assertEquals(0, Main.run(new String[]{"--help"}));
        assertTrue(out().startsWith("usage: java -jar social-care-jobs.jar <command> [flags]"));
    }

    @Test
    void aFailedRunExitsOneWithOneLine() {
        String landing = tmp.resolve("landing").toString();
        String warehouse = tmp.resolve("warehouse").toString();
        SparkTestSession.get();
        assertEquals(1, Main.run(new String[]{"nightly", "--date", "2026-11-20", "--landing", landing,
                "--warehouse", warehouse}));
        assertEquals(List.of("nightly failed: no dump folder for 2026-11-20: file:" + landing + "/2026-11-20 does not exist"
                + " (check --landing and --date)"), err().lines().toList());
    }

    @Test
    void nightlyAndSqlUseThePathFlags() {
        TestWarehouse wh = new TestWarehouse(tmp);
        wh.writeDump(LocalDate.of(2026, 11, 20), "a.jsonl", List.of(
                message("m1", "facebook", "in", "c1", "2026-11-20T10:00:00Z"),
                message("m1", "facebook", "in", "c1", "2026-11-20T10:00:00Z"),
                "not json"));
        String[] paths = {"--landing", wh.config.paths().landing(), "--warehouse", wh.config.paths().warehouse()};

        assertEquals(0, Main.run(concat(new String[]{"nightly", "--date", "2026-11-20"}, paths)));
        assertTrue(out().matches("(?s)nightly-2026-11-20-\\w+ 2026-11-20 succeeded: read 3, accepted 1, "
                + "duplicates 1, quarantined 1\\R"), out());

        out.reset();
        assertEquals(0, Main.run(concat(new String[]{"sql",
                "select id, channel from bronze.messages", "select reason_code, line_number from bronze.quarantine"}, paths)));
        assertEquals("id,channel\nm1,facebook\n\nreason_code,line_number\nnot_json,3\n",
                out().replace(System.lineSeparator(), "\n"));

        err.reset();
        assertEquals(1, Main.run(concat(new String[]{"sql", "selec id from bronze.messages"}, paths)));
        assertEquals(List.of("sql failed: [PARSE_SYNTAX_ERROR] Syntax error at or near 'selec'.(line 1, pos 0)"),
                err().lines().toList());
        err.reset();
        assertEquals(1, Main.run(concat(new String[]{"sql", "select * from gold.no_such_table"}, paths)));
        List<String> missing = err().lines().toList();
        assertEquals(1, missing.size(), err());
        assertTrue(missing.get(0).startsWith("sql failed: [TABLE_OR_VIEW_NOT_FOUND] The table or view `gold`.`no_such_table` cannot be found."),
                missing.get(0));
    }

    @Test
    void sqlRunsItsQueriesInterpretedUnlessAskedToCompileAndLeavesTheSessionAsItWas() {
        TestWarehouse wh = new TestWarehouse(tmp);
        String[] paths = {"--warehouse", wh.config.paths().warehouse()};
        String before = SparkTestSession.get().conf().get("spark.sql.codegen.wholeStage");

        assertEquals(0, Main.run(concat(new String[]{"sql",
                "set spark.sql.codegen.wholeStage", "set spark.sql.codegen.factoryMode"}, paths)));
        assertEquals("key,value\nspark.sql.codegen.wholeStage,false\n\nkey,value\nspark.sql.codegen.factoryMode,NO_CODEGEN\n",
                out().replace(System.lineSeparator(), "\n"));

        out.reset();
        assertEquals(0, Main.run(concat(new String[]{"sql", "--compile", "set spark.sql.codegen.wholeStage"}, paths)));
        assertEquals("key,value\nspark.sql.codegen.wholeStage,true\n", out().replace(System.lineSeparator(), "\n"));
        // The suite's session (the process's) keeps its own setting.
        assertEquals(before, SparkTestSession.get().conf().get("spark.sql.codegen.wholeStage"));
    }

    @Test
    void aWarehousePathThatIsAFileOrAMistypedConfigKeyFailsInOneLine() throws Exception {
        Path file = Files.writeString(tmp.resolve("warehouse"), "not a folder");
        assertEquals(1, Main.run(new String[]{"sql", "select 1", "--warehouse", file.toString()}));
        assertEquals(List.of("sql failed: warehouse " + file + " is a file, not a folder (check --warehouse or paths.warehouse)"),
                err().lines().toList());

        err.reset();
        Path conf = Files.writeString(tmp.resolve("prod.conf"), "run.write_atempts = 2\n");
        assertEquals(1, Main.run(new String[]{"sql", "select 1", "--config", conf.toString()}));
        assertEquals(List.of("sql failed: config file " + conf + ": unknown key run.write_atempts; did you mean run.write_attempts?"),
                err().lines().toList());


        err.reset();
        Path type = Files.writeString(tmp.resolve("type.conf"), "run.write_attempts = many\n");
        assertEquals(1, Main.run(new String[]{"sql", "select 1", "--config", type.toString()}));
        assertEquals(List.of("sql failed: " + type + ": 1: run.write_attempts has type STRING rather than NUMBER"),
                err().lines().toList());
    }

    @Test
    void sqlPrintsRfc4180CsvWithNestedValuesAsJson() {
        Dataset<Row> result = SparkTestSession.get().sql(
                "select 'a,b' as `x,y`, 'say \"hi\"' as quote, cast(null as string) as empty, "
                        + "array(1, 2) as arr, named_struct('k', 'v') as st, 1.5D as num");
        ByteArrayOutputStream csv = new ByteArrayOutputStream();
        SqlOutput.print(result, new PrintStream(csv, true, StandardCharsets.UTF_8));
        assertEquals("\"x,y\",quote,empty,arr,st,num\n\"a,b\",\"say \"\"hi\"\"\",,\"[1,2]\",\"{\"\"k\"\":\"\"v\"\"}\",1.5\n",
                csv.toString(StandardCharsets.UTF_8).replace(System.lineSeparator(), "\n"));
    }

    private static String[] concat(String[] a, String[] b) {
        String[] all = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return all;
    }
}
