package org.socialcare.warehouse.sample;

import java.io.BufferedOutputStream;
import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPOutputStream;

/**
 * Writes one dump folder, {@code <out>/<YYYY-MM-DD>/}: lines are dealt in turn over its part files
 * {@code part-00000.jsonl}, {@code part-00001.jsonl.gz}, {@code part-00002.jsonl} (every other part
 * gzip-compressed), each line ended by {@code \n}. Part files left by an earlier run are deleted
 * first, so that the folder holds exactly this run's dump; other files are left alone.
 */
final class DumpWriter implements Closeable {
    private static final String PART_NAME_PATTERN = "part-\\d{5}\\.jsonl(\\.gz)?";
    private static final int BUFFER_BYTES = 1 << 16;

    private final List<Writer> parts;
    private long lineCount;

    private DumpWriter(List<Writer> parts) {
        this.parts = parts;
    }

    static DumpWriter open(Path folder, int partCount) throws IOException {
        Files.createDirectories(folder);
        deleteOldParts(folder);
        List<Writer> parts = new ArrayList<>(partCount);
        try {
            for (int i = 0; i < partCount; i++) {
                boolean isCompressed = i % 2 == 1;
                Path file = folder.resolve(String.format("part-%05d.jsonl%s", i, isCompressed ? ".gz" : ""));
                OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), BUFFER_BYTES);
                if (isCompressed) {
                    out = new GZIPOutputStream(out, BUFFER_BYTES);
                }
                parts.add(new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), BUFFER_BYTES));
            }
        } catch (IOException | RuntimeException e) {
            closeAll(parts, e);
            throw e;
        }
        return new DumpWriter(parts);
    }

    void write(String line) throws IOException {
        Writer part = parts.get((int) (lineCount % parts.size()));
        part.write(line);
        part.write('\n');
        lineCount++;
    }

    long lineCount() {
        return lineCount;
    }

    @Override
    public void close() throws IOException {
        IOException failure = closeAll(parts, null);
        if (failure != null) {
            throw failure;
        }
    }

    /** Closes every writer; returns the first failure (added to {@code earlier} if there was one). */
    private static IOException closeAll(List<Writer> writers, Exception earlier) {
        IOException first = null;
        for (Writer writer : writers) {
            try {
                writer.close();
            } catch (IOException e) {
                if (earlier != null) {
                    earlier.addSuppressed(e);
                } else if (first == null) {
                    first = e;
                }
            }
        }
        return first;
    }

    private static void deleteOldParts(Path folder) throws IOException {
        List<Path> old = new ArrayList<>();
        try (DirectoryStream<Path> files = Files.newDirectoryStream(folder)) {
            for (Path file : files) {
                if (file.getFileName().toString().matches(PART_NAME_PATTERN)) {
                    old.add(file);
                }
            }
        }
        for (Path file : old) {
            Files.delete(file);
        }
    }
}
