package org.socialcare.warehouse.sample;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import java.util.TreeMap;

/**
 * Lines held back for a later dump (replies created after midnight, late records, re-exports). They
 * wait in temporary files, one per dump date, in a hidden folder under the output folder, so that
 * memory stays flat however large the sample; the folder is deleted on close.
 */
final class CarryOver implements Closeable {
    /** Receives the carried lines of a dump. */
    interface LineSink {
        void write(String line) throws IOException;
    }

    private final Path folder;
    private final Map<LocalDate, BufferedWriter> pending = new TreeMap<>();

    CarryOver(Path parent) throws IOException {
        this.folder = Files.createTempDirectory(parent, ".sample-carry-");
    }

    void add(LocalDate dump, String line) throws IOException {
        BufferedWriter writer = pending.get(dump);
        if (writer == null) {
            writer = Files.newBufferedWriter(file(dump), StandardCharsets.UTF_8);
            pending.put(dump, writer);
        }
        writer.write(line);
        writer.write('\n');
    }

    /** Hands every line carried to {@code dump} to the sink, in the order they were added, and forgets them. */
    void drainInto(LocalDate dump, LineSink sink) throws IOException {
        BufferedWriter writer = pending.remove(dump);
        if (writer == null) {
            return;
        }
        writer.close();
        try (BufferedReader reader = Files.newBufferedReader(file(dump), StandardCharsets.UTF_8)) {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                sink.write(line);
            }
        }
        Files.delete(file(dump));
    }

    @Override
    public void close() throws IOException {
        for (Map.Entry<LocalDate, BufferedWriter> entry : pending.entrySet()) {
            entry.getValue().close();
            Files.deleteIfExists(file(entry.getKey()));
        }
        pending.clear();
        Files.deleteIfExists(folder);
    }

    private Path file(LocalDate dump) {
        return folder.resolve(dump + ".jsonl");
    }
}
