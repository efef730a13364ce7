package org.disputehub.synthetic;

import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.Charset;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * A CSV file written through commons-csv into a StringBuilder that is encoded and flushed in
 * large pieces: printing field by field into a Writer was the hot spot of million-record runs.
 */
final class CsvOut implements Closeable {

    private static final int FLUSH_AT = 1 << 16;

    private final OutputStream out;
    private final Writer encoder;
    private final StringBuilder buffer = new StringBuilder(FLUSH_AT + 4096);
    private char[] chars = new char[FLUSH_AT + 4096];
    private final CSVPrinter printer;
    private long rows;

    CsvOut(OutputStream out, Charset charset, CSVFormat format) {
        this.out = out;
        this.encoder = new OutputStreamWriter(out, charset);
        try {
            this.printer = new CSVPrinter(buffer, format);
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void row(Object... values) {
        try {
            for (Object value : values) {
                printer.print(value);
            }
            printer.println();
            rows++;
            if (buffer.length() >= FLUSH_AT) {
                flush();
            }
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Bytes that are not a CSV row of this writer (a deliberately broken line). */
    void raw(byte[] bytes) {
        try {
            flush();
            encoder.flush();
            out.write(bytes);
            rows++;
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Rows written so far, the header included: the next row's line number minus one. */
    long rows() {
        return rows;
    }

    /** Encodes through one reused char array: no String and no byte array per flush. */
    private void flush() throws IOException {
        int length = buffer.length();
        if (chars.length < length) {
            chars = new char[length];
        }
        buffer.getChars(0, length, chars, 0);
        encoder.write(chars, 0, length);
        buffer.setLength(0);
    }

    @Override
    public void close() {
        try {
            flush();
            encoder.close();
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
