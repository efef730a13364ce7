package org.disputehub.hub.dashboard;

import java.io.IOException;
import java.util.List;

/** Writes the ledger's rows, one at a time, to the response as they come from the database. */
interface LedgerWriter extends AutoCloseable {

    void row(List<?> cells) throws IOException;

    @Override
    void close() throws IOException;
}
