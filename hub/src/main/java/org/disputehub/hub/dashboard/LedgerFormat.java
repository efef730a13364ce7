package org.disputehub.hub.dashboard;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Locale;

import org.disputehub.hub.graphql.InvalidRequestException;
import org.springframework.http.MediaType;

enum LedgerFormat {
    CSV("csv", new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8)),
    XLSX("xlsx", MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"));

    final String extension;
    final MediaType mediaType;

    LedgerFormat(String extension, MediaType mediaType) {
        this.extension = extension;
        this.mediaType = mediaType;
    }

    LedgerWriter open(OutputStream out, List<String> header) throws IOException {
        return this == CSV ? new CsvLedgerWriter(out, header) : new XlsxLedgerWriter(out, header);
    }

    static LedgerFormat of(String format) {
        for (LedgerFormat candidate : values()) {
            if (candidate.extension.equals(format.toLowerCase(Locale.ROOT))) {
                return candidate;
            }
        }
        throw new InvalidRequestException("format must be csv or xlsx, not '" + format + "'");
    }
}
