package org.socialcare.warehouse.ingest.source;

import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.StructType;
import org.socialcare.warehouse.infra.spark.SerializableHadoopConf;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;

/**
 * The files of one dump date, &lt;landing&gt;/&lt;YYYY-MM-DD&gt;/: those whose name ends in one of the
 * format's endings are read; every other entry of the folder is reported with the reason it was not
 * read (another ending, a folder, a symbolic link that leads nowhere or loops), never skipped without
 * a word. Also reads the files on the executors, one task per file.
 */
public final class DumpFiles {
    private DumpFiles() {
    }

    /** An entry of a dump folder that is not read, and why. */
    public record Skipped(String path, String reason) implements Serializable {
    }

    /** The files to read (fully qualified, sorted by name) and the entries not read. */
    public record Listing(List<String> files, List<Skipped> skipped) {
    }

    /** Turns one dump file into rows, on an executor. */
    @FunctionalInterface
    public interface FileRows extends Serializable {
        Iterator<Row> rows(SerializableHadoopConf conf, String file, Date dumpDate);
    }

    /** Reads the dump's files on the executors, one task per file (streamed, never held), into rows of the schema. */
    public static Dataset<Row> readEach(SparkSession spark, List<String> files, LocalDate dumpDate, StructType schema,
                                        FileRows reader) {
        if (files.isEmpty()) {
            return spark.createDataFrame(List.of(), schema);
        }
        SerializableHadoopConf conf = new SerializableHadoopConf(spark.sparkContext().hadoopConfiguration());
        Date date = Date.valueOf(dumpDate);
        JavaRDD<Row> rows = JavaSparkContext.fromSparkContext(spark.sparkContext())
                .parallelize(files, files.size())
                .flatMap(file -> reader.rows(conf, file, date));
        return spark.createDataFrame(rows, schema);
    }

    /** The lines of one file as raw-line rows (UTF-8, one row per line; see FileLines), on an executor. */
    public static Iterator<Row> lineIterator(SerializableHadoopConf conf, String file, Date dumpDate, int maxLineBytes) {
        return new FileLines(conf, file, dumpDate, maxLineBytes);
    }

    /** The dump folder of a date. */
    public static Path folder(String landing, LocalDate dumpDate) {
        return new Path(landing, dumpDate.toString());
    }

    /** Whether the landing folder has a dump folder for the date. */
    public static boolean exists(Configuration hadoopConf, String landing, LocalDate dumpDate) {
        Path dir = folder(landing, dumpDate);
        try {
            return dir.getFileSystem(hadoopConf).isDirectory(dir);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot look for dump folder " + dir, e);
        }
    }

    /** Lists a dump folder; a missing folder is an error that names it. */
    public static Listing list(Configuration hadoopConf, String landing, LocalDate dumpDate, List<String> suffixes) {
        Path dir = folder(landing, dumpDate);
        try {
            FileSystem fs = dir.getFileSystem(hadoopConf);
            Path qualified = fs.makeQualified(dir);
            if (!fs.exists(dir)) {
                throw new IllegalArgumentException("no dump folder for " + dumpDate + ": " + qualified
                        + " does not exist (check --landing and --date)");
            }
            if (!fs.getFileStatus(dir).isDirectory()) {
                throw new IllegalArgumentException("the dump folder for " + dumpDate + ", " + qualified
                        + ", is a file, not a folder (check --landing)");
            }
            Listing listing = "file".equals(qualified.toUri().getScheme())
                    ? listLocal(java.nio.file.Path.of(qualified.toUri()), suffixes)
                    : listHadoop(fs, dir, suffixes);
            return listing;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list dump folder " + dir + ": " + e.getMessage(), e);
        }
    }

    /** Local folders are listed with java.nio: Hadoop's local listing drops broken symbolic links silently. */
    private static Listing listLocal(java.nio.file.Path dir, List<String> suffixes) throws IOException {
        List<java.nio.file.Path> entries = new ArrayList<>();
        try (DirectoryStream<java.nio.file.Path> stream = Files.newDirectoryStream(dir)) {
            stream.forEach(entries::add);
        }
        entries.sort(Comparator.comparing(p -> p.getFileName().toString()));
        List<String> files = new ArrayList<>();
        List<Skipped> skipped = new ArrayList<>();
        for (java.nio.file.Path p : entries) {
            String name = p.getFileName().toString();
            String uri = p.toUri().toString();
            String problem = localProblem(p);
            if (problem != null) {
                skipped.add(new Skipped(uri, problem));
            } else if (Files.isDirectory(p)) {
                skipped.add(new Skipped(uri, "a folder, not a file (dump files lie directly in the dump folder)"));
            } else if (!hasSuffix(name, suffixes)) {
                skipped.add(new Skipped(uri, notADumpFile(suffixes)));
            } else {
                files.add("file:" + p.toAbsolutePath());
            }
        }
        return new Listing(files, skipped);
    }

    private static String localProblem(java.nio.file.Path p) {
        if (!Files.isSymbolicLink(p)) {
            return null;
        }
        try {
            p.toRealPath();
            return null;
        } catch (NoSuchFileException e) {
            return "a symbolic link to " + target(p) + ", which does not exist";
        } catch (FileSystemException e) {
            return "a symbolic link that cannot be followed (" + e.getReason() + ")";
        } catch (IOException e) {
            return "a symbolic link that cannot be followed (" + e.getMessage() + ")";
        }
    }

    private static String target(java.nio.file.Path link) {
        try {
            return Files.readSymbolicLink(link).toString();
        } catch (IOException e) {
            return "?";
        }
    }

    private static Listing listHadoop(FileSystem fs, Path dir, List<String> suffixes) throws IOException {
        FileStatus[] statuses;
        try {
            statuses = fs.listStatus(dir);
        } catch (FileNotFoundException e) {
            throw new IllegalArgumentException("no dump folder " + fs.makeQualified(dir));
        }
        List<String> files = new ArrayList<>();
        List<Skipped> skipped = new ArrayList<>();
        java.util.Arrays.sort(statuses, Comparator.comparing(s -> s.getPath().getName()));
        for (FileStatus s : statuses) {
            String path = fs.makeQualified(s.getPath()).toString();
            if (s.isDirectory()) {
                skipped.add(new Skipped(path, "a folder, not a file (dump files lie directly in the dump folder)"));
            } else if (!hasSuffix(s.getPath().getName(), suffixes)) {
                skipped.add(new Skipped(path, notADumpFile(suffixes)));
            } else {
                files.add(path);
            }
        }
        return new Listing(files, skipped);
    }

    private static boolean hasSuffix(String name, List<String> suffixes) {
        return suffixes.stream().anyMatch(name::endsWith);
    }

    private static String notADumpFile(List<String> suffixes) {
        return "its name does not end in " + String.join(" or ", suffixes) + " (endings are case-sensitive)";
    }
}
