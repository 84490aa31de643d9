package org.socialcare.warehouse.ingest;

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
import org.socialcare.warehouse.spark.SerializableHadoopConf;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;

/** Lists the files of one dump date: &lt;landing&gt;/&lt;YYYY-MM-DD&gt;/ files ending in one of the format's suffixes. */
public final class DumpFiles {
    private DumpFiles() {
    }

    /** Turns one dump file into rows, on an executor. */
    @FunctionalInterface
    public interface FileRows extends Serializable {
        Iterator<Row> rows(SerializableHadoopConf conf, String file, Date dumpDate);
    }

    /**
     * Reads the dump's files on the executors, one task per file (a file is streamed, never held), into
     * rows of the given schema.
     */
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
