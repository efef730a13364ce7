package org.disputehub.synthetic;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Removes what an earlier generation left in the output folder (only files of our own names),
 * so that a smaller set written over a larger one leaves no stray export files behind.
 */
final class OutputFolder {

    private OutputFolder() {
    }

    static void prepare(Path out) throws IOException {
        Files.createDirectories(out);
        delete(out.resolve("hotline"), "work-orders-*.jsonl");
        delete(out.resolve("petition"), "petitions-*.csv");
        delete(out.resolve("police"), "{incidents-*.jsonl,police.sql}");
        delete(out.resolve("truth"), "{*.csv,summary.json}");
    }

    private static void delete(Path folder, String glob) throws IOException {
        if (!Files.isDirectory(folder)) {
            return;
        }
        try (DirectoryStream<Path> files = Files.newDirectoryStream(folder, glob)) {
            for (Path file : files) {
                Files.delete(file);
            }
        }
    }
}
