package org.socialcare.warehouse.cli;

import org.apache.spark.sql.SparkSession;
import org.socialcare.warehouse.bi.DataDictionary;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** {@code data-dictionary [--out FILE]}: writes the data dictionary (Markdown) from the catalog's comments. */
final class DataDictionaryCommand {
    static final String USAGE = "data-dictionary [--out FILE] [--warehouse DIR] [--config FILE]   (default: print it)";

    private DataDictionaryCommand() {
    }

    static int run(String[] argv) {
        Args args = Args.parse("data-dictionary", argv, Session.with(Session.PATH_FLAGS, "out")).withoutPositionals();
        SparkSession spark = Session.start(Session.config(args));
        String markdown = DataDictionary.markdown(spark);
        if (args.optional("out").isEmpty()) {
            System.out.print(markdown);
            return 0;
        }
        Path out = Path.of(args.optional("out").get());
        try {
            Files.writeString(out, markdown, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + out + ": " + e.getMessage(), e);
        }
        System.out.println("wrote " + out);
        return 0;
    }
}
