package org.socialcare.warehouse.bi;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.socialcare.warehouse.testing.TestWarehouse;
import org.socialcare.warehouse.bi.BiViews;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DataDictionaryTest {
    static final Path PROJECT = Path.of(System.getProperty("project.root", ".."));

    @TempDir
    Path tmp;

    /** With -Ddictionary.update=true the test rewrites the file instead (after a deliberate change). */
    @Test
    void theCommittedDataDictionaryMatchesTheCatalog() throws IOException {
        TestWarehouse wh = new TestWarehouse(tmp);
        String generated = DataDictionary.markdown(wh.spark);
        Path committed = PROJECT.resolve(DataDictionary.FILE);
        if (Boolean.getBoolean("dictionary.update")) {
            Files.writeString(committed, generated, StandardCharsets.UTF_8);
        }
        assertEquals(Files.readString(committed, StandardCharsets.UTF_8), generated, DataDictionary.FILE
                + " is out of date: run `java -jar jobs/target/social-care-jobs.jar data-dictionary --out "
                + DataDictionary.FILE + "` (or mvn test -Dtest=DataDictionaryTest -Ddictionary.update=true)");
        assertTrue(generated.contains("\n### gold.fact_conversation\n"), "lists the gold tables");
        assertTrue(generated.contains("\n### bi.channel_scorecard (view)\n"), "lists the BI views");
    }

    @Test
    void everyViewFileIsRegistered() throws IOException {
        try (Stream<Path> files = Files.list(PROJECT.resolve("sql/views"))) {
            List<String> names = files.map(p -> p.getFileName().toString())
                    .filter(n -> n.endsWith(".sql")).map(n -> n.substring(0, n.length() - 4)).sorted().toList();
            assertEquals(names, BiViews.VIEWS.stream().sorted().toList());
        }
    }
}
