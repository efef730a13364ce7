package org.disputehub.connector.support;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

import org.disputehub.connector.api.BatchingSink;
import org.disputehub.connector.api.CaseRecord;
import org.disputehub.connector.api.Origin;
import org.disputehub.connector.api.QuarantinedRecord;
import org.disputehub.connector.api.Source;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/**
 * Streams a UTF-8 JSON Lines export: each line is mapped on its own, so a broken line is quarantined with its
 * line number and the rest of the file goes on.
 */
public final class JsonLinesReader {

    /** Maps one parsed line; throws {@link RecordRejectedException} for a record it cannot accept. */
    @FunctionalInterface
    public interface LineMapper {
        CaseRecord map(JsonNode node, Origin origin);
    }

    private static final ObjectMapper JSON = JsonMapper.builder().build();

    private final Source source;
    private final LineMapper mapper;

    public JsonLinesReader(Source source, LineMapper mapper) {
        this.source = source;
        this.mapper = mapper;
    }

    public void read(InputStream input, String fileName, BatchingSink sink) throws IOException {
        var in = new BufferedInputStream(input, 1 << 16);
        var line = new ByteArrayOutputStream(4096);
        long lineNumber = 0;
        int next;
        boolean pending = false;
        while ((next = in.read()) != -1) {
            if (next == '\n') {
                readLine(line.toByteArray(), fileName, ++lineNumber, sink);
                line.reset();
                pending = false;
            }
            else {
                line.write(next);
                pending = true;
            }
        }
        if (pending) {
            readLine(line.toByteArray(), fileName, ++lineNumber, sink);
        }
        sink.flush();
    }

    private void readLine(byte[] bytes, String fileName, long lineNumber, BatchingSink sink) {
        Origin origin = Origin.fileLine(fileName, lineNumber);
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT)
                .decode(ByteBuffer.wrap(bytes))
                .toString();
        }
        catch (CharacterCodingException ex) {
            sink.quarantine(new QuarantinedRecord(source, origin, QuarantinedRecord.INVALID_ENCODING,
                    "line is not valid UTF-8", new String(bytes, StandardCharsets.UTF_8)));
            return;
        }
        if (text.isBlank()) {
            return;
        }
        JsonNode node;
        try {
            node = JSON.readTree(text);
        }
        catch (JacksonException ex) {
            sink.quarantine(new QuarantinedRecord(source, origin, QuarantinedRecord.TRUNCATED_JSON,
                    "line is not a complete JSON object: " + ex.getOriginalMessage(), text));
            return;
        }
        if (node == null || !node.isObject()) {
            sink.quarantine(new QuarantinedRecord(source, origin, QuarantinedRecord.TRUNCATED_JSON,
                    "line is not a JSON object", text));
            return;
        }
        try {
            sink.add(mapper.map(node, origin));
        }
        catch (RecordRejectedException ex) {
            sink.quarantine(new QuarantinedRecord(source, origin, ex.reason(), ex.getMessage(), text));
        }
    }
}
