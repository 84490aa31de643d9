package org.socialcare.warehouse.cli;

import org.socialcare.warehouse.bi.DataDictionary;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

/** {@code data-dictionary [--out FILE]}: writes the data dictionary (Markdown) from the catalog's comments. */
@Command(name = "data-dictionary", mixinStandardHelpOptions = true,
        description = "Writes the data dictionary (Markdown) from the catalog's comments.")
final class DataDictionaryCommand implements Callable<Integer> {
    static final String USAGE = "data-dictionary [--out FILE] [--warehouse DIR] [--config FILE]   (default: print it)";

    @Option(names = "--out", paramLabel = "FILE", description = "file to write (default: print it)")
    Path out;

    @Mixin
    WarehouseOptions paths;

    @Override
    public Integer call() {
        String markdown = DataDictionary.markdown(Session.start(Session.config(paths)).spark());
        if (out == null) {
            System.out.print(markdown);
            return 0;
        }
        try {
            Files.writeString(out, markdown, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + out + ": " + e.getMessage(), e);
        }
        System.out.println("wrote " + out);
        return 0;
    }
}
