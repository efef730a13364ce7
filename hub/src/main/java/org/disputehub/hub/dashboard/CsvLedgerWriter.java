package org.disputehub.hub.dashboard;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/** UTF-8 CSV with a byte order mark, without which Excel reads Chinese as the local code page. */
class CsvLedgerWriter implements LedgerWriter {

    private final CSVPrinter printer;

    CsvLedgerWriter(OutputStream out, List<String> header) throws IOException {
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        writer.write('\uFEFF');
        printer = CSVFormat.DEFAULT.builder().setHeader(header.toArray(String[]::new)).get().print(writer);
    }

    @Override
    public void row(List<?> cells) throws IOException {
        printer.printRecord(cells);
    }

    @Override
    public void close() throws IOException {
        printer.close(true);
    }
}
