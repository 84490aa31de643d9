package org.socialcare.warehouse.ingest;

import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/** Lists the files of one dump date: &lt;landing&gt;/&lt;YYYY-MM-DD&gt;/ files ending in one of the format's suffixes. */
public final class DumpFiles {
    private DumpFiles() {
    }

    /** The dump folder of a date. */
    public static Path folder(String landing, LocalDate dumpDate) {
        return new Path(landing, dumpDate.toString());
    }

    /**
     * Fully qualified paths of the dump's files, sorted by name. A missing folder is an error that
     * names it; files with other suffixes (a _SUCCESS marker, a README) are not read.
     */
    public static List<String> list(Configuration hadoopConf, String landing, LocalDate dumpDate, List<String> suffixes) {
        Path dir = folder(landing, dumpDate);
        try {
            FileSystem fs = dir.getFileSystem(hadoopConf);
            FileStatus[] statuses;
            try {
                statuses = fs.listStatus(dir);
            } catch (FileNotFoundException e) {
                throw new IllegalArgumentException("no dump folder for " + dumpDate + ": " + fs.makeQualified(dir)
                        + " does not exist (check --landing and --date)");
            }
            List<String> files = new ArrayList<>();
            Arrays.stream(statuses)
                    .filter(FileStatus::isFile)
                    .map(FileStatus::getPath)
                    .filter(p -> suffixes.stream().anyMatch(s -> p.getName().endsWith(s)))
                    .sorted(Comparator.comparing(Path::getName))
                    .forEach(p -> files.add(fs.makeQualified(p).toString()));
            return files;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list dump folder " + dir, e);
        }
    }
}
