package org.disputehub.connector.petition;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.disputehub.connector.api.BatchingSink;
import org.disputehub.connector.api.Origin;
import org.disputehub.connector.api.QuarantinedRecord;
import org.disputehub.connector.api.Source;
import org.disputehub.connector.support.RecordRejectedException;

/**
 * Reads one petition export (SOURCES.md §2) into cases: one case per petition number, a bad row quarantined
 * alone with its line number while the rest of the file goes on.
 */
public class PetitionCsvReader {

    private static final Charset GB18030 = Charset.forName("GB18030");
    private static final byte[] UTF8_BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    private static final char REPLACEMENT = '\uFFFD';

    /**
     * RFC 4180, keeping empty lines as records so that every record's character position is where it really
     * starts (line numbers); lenient at the end of a broken quote so one bad row cannot stop the file.
     */
    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder()
        .setIgnoreEmptyLines(false)
        .setLenientEof(true)
        .setTrailingData(true)
        .get();

    private final PetitionCaseMapper mapper = new PetitionCaseMapper();

    /** Reads the whole file (exports are a few MB at most) and flushes the sink at the end. */
    public void read(InputStream input, String fileName, BatchingSink sink) throws IOException {
        read(input.readAllBytes(), fileName, sink);
    }

    public void read(byte[] bytes, String fileName, BatchingSink sink) throws IOException {
        String text = decode(bytes);
        List<CSVRecord> records;
        try (CSVParser parser = CSVParser.parse(new StringReader(text), FORMAT)) {
            records = parser.getRecords();
        }
        if (!records.isEmpty()) {
            PetitionHeader header = new PetitionHeader(records.get(0));
            LineIndex lines = new LineIndex(text);
            Map<String, List<PetitionRow>> petitions = new LinkedHashMap<>();
            for (int i = 1; i < records.size(); i++) {
                CSVRecord record = records.get(i);
                if (isEmptyLine(record)) {
                    continue;
                }
                long line = lines.lineAt(record.getCharacterPosition());
                String raw = rawText(text, record, i + 1 < records.size() ? records.get(i + 1) : null);
                try {
                    PetitionRow row = checkedRow(header, record, line, raw);
                    petitions.computeIfAbsent(row.number(), number -> new ArrayList<>()).add(row);
                }
                catch (RecordRejectedException ex) {
                    sink.quarantine(new QuarantinedRecord(Source.PETITION, Origin.fileLine(fileName, line),
                            ex.reason(), ex.getMessage(), raw));
                }
            }
            petitions.values().forEach(rows -> sink.add(mapper.toCase(rows, fileName)));
        }
        sink.flush();
    }

    private static PetitionRow checkedRow(PetitionHeader header, CSVRecord record, long line, String raw) {
        // checked first: broken bytes can also shift fields, and the encoding is what has to be fixed
        if (raw.indexOf(REPLACEMENT) >= 0) {
            throw new RecordRejectedException(QuarantinedRecord.INVALID_ENCODING,
                    "row has bytes that are not valid in the file's encoding");
        }
        return PetitionRow.of(header, record, line);
    }

    /**
     * GB18030 unless the file starts with a UTF-8 byte-order mark. Undecodable bytes become U+FFFD instead of
     * failing, so only the rows holding them are quarantined.
     */
    static String decode(byte[] bytes) {
        boolean utf8 = bytes.length >= UTF8_BOM.length && bytes[0] == UTF8_BOM[0] && bytes[1] == UTF8_BOM[1]
                && bytes[2] == UTF8_BOM[2];
        CharsetDecoder decoder = (utf8 ? StandardCharsets.UTF_8 : GB18030).newDecoder()
            .onMalformedInput(CodingErrorAction.REPLACE)
            .onUnmappableCharacter(CodingErrorAction.REPLACE);
        int start = utf8 ? UTF8_BOM.length : 0;
        try {
            return decoder.decode(ByteBuffer.wrap(bytes, start, bytes.length - start)).toString();
        }
        catch (CharacterCodingException ex) {
            // cannot happen with REPLACE; kept checked by the decoder's signature
            throw new IllegalStateException(ex);
        }
    }

    private static boolean isEmptyLine(CSVRecord record) {
        return record.size() == 1 && record.get(0).isEmpty();
    }

    /** The row as delivered: from its start to the next record's start, without the line break. */
    private static String rawText(String text, CSVRecord record, CSVRecord next) {
        int end = next == null ? text.length() : (int) next.getCharacterPosition();
        String raw = text.substring((int) record.getCharacterPosition(), end);
        return raw.replaceFirst("(\\r\\n|\\r|\\n)$", "");
    }

    /** Character offset → physical line number (1-based), counting CRLF, LF and lone CR as one break. */
    private static final class LineIndex {

        private final int[] lineStarts;

        LineIndex(String text) {
            List<Integer> starts = new ArrayList<>();
            starts.add(0);
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (c == '\n' || (c == '\r' && (i + 1 == text.length() || text.charAt(i + 1) != '\n'))) {
                    starts.add(i + 1);
                }
            }
            lineStarts = starts.stream().mapToInt(Integer::intValue).toArray();
        }

        long lineAt(long position) {
            int found = Arrays.binarySearch(lineStarts, (int) position);
            // not a line start (cannot happen for a record) → the line that contains the position
            return found >= 0 ? found + 1 : -found - 1;
        }
    }
}
