package org.disputehub.synthetic;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import tools.jackson.core.StreamWriteFeature;
import tools.jackson.databind.ObjectWriter;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * JSON Lines export files of one source, numbered 001, 002, …: a new file starts with every
 * export window (by the time a line was exported) or when a file is full. Which file and line a
 * record goes to is decided here; serialising and writing happen on the background writer.
 */
final class JsonLinesFiles implements AutoCloseable {

    /** Where a line went, for truth/bad.csv. */
    record Location(String file, int line) {
    }

    private final Path directory;
    private final String prefix;
    private final long periodStart;
    private final long window;
    private final int maxLines;
    private final FileStats stats;
    private final BackgroundWriter background;
    /** Writes UTF-8 straight into the file's buffer: no String per line, no flush per line. */
    private final ObjectWriter json;
    /** Touched on the writer thread only. */
    private final Sink sink = new Sink();

    private String currentName;
    private int fileNumber;
    private long currentWindow = -1;
    private int lines;

    JsonLinesFiles(Path directory, String prefix, long periodStart, long window, int maxLines, FileStats stats,
                   BackgroundWriter background, JsonMapper json) {
        this.directory = directory;
        this.prefix = prefix;
        this.periodStart = periodStart;
        this.window = window;
        this.maxLines = maxLines;
        this.stats = stats;
        this.background = background;
        this.json = json.rebuild()
                .disable(StreamWriteFeature.AUTO_CLOSE_TARGET, StreamWriteFeature.FLUSH_PASSED_TO_STREAM)
                .disable(SerializationFeature.FLUSH_AFTER_WRITE_VALUE)
                .build().writer();
    }

    /** A record, serialised on the writer thread. */
    Location write(long at, Object record) {
        Location location = place(at);
        background.submit(() -> sink.write(record));
        return location;
    }

    /** A line as it is (a broken one, say). */
    Location writeLine(long at, String line) {
        Location location = place(at);
        background.submit(() -> sink.write(line));
        return location;
    }

    private Location place(long at) {
        long lineWindow = Math.max(0, (at - periodStart) / window);
        if (currentName == null || lineWindow > currentWindow || lines >= maxLines) {
            fileNumber++;
            Path file = directory.resolve(Digits.padded(prefix + "-", fileNumber, 3) + ".jsonl");
            currentName = stats.relative(file);
            currentWindow = Math.max(currentWindow, lineWindow);
            lines = 0;
            background.submit(() -> sink.open(file));
        }
        lines++;
        return new Location(currentName, lines);
    }

    @Override
    public void close() {
        background.submit(sink::close);
    }

    private final class Sink {

        private OutputStream out;
        private Path file;
        private int written;

        void open(Path next) {
            close();
            try {
                Files.createDirectories(directory);
                out = new BufferedOutputStream(Files.newOutputStream(next), 1 << 16);
            }
            catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            file = next;
            written = 0;
        }

        void write(Object record) {
            try {
                json.writeValue(out, record);
                out.write('\n');
                written++;
            }
            catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        void write(String line) {
            try {
                out.write(line.getBytes(StandardCharsets.UTF_8));
                out.write('\n');
                written++;
            }
            catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        void close() {
            if (out == null) {
                return;
            }
            try {
                out.close();
            }
            catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            out = null;
            stats.closed(file, written);
        }
    }
}
