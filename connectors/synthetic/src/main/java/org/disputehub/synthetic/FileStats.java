package org.disputehub.synthetic;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;

/** Lines and bytes of each source file written, by path relative to the output folder. */
final class FileStats {

    record Entry(Integer lines, long bytes) {
    }

    private final Path root;
    private final Map<String, Entry> files = new TreeMap<>();

    FileStats(Path root) {
        this.root = root;
    }

    String relative(Path file) {
        return root.relativize(file).toString().replace('\\', '/');
    }

    /** Lines may be null where counting them means nothing (police.sql). */
    void closed(Path file, Integer lines) {
        try {
            files.put(relative(file), new Entry(lines, Files.size(file)));
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    Map<String, Entry> files() {
        return files;
    }

    long totalBytes() {
        return files.values().stream().mapToLong(Entry::bytes).sum();
    }
}
