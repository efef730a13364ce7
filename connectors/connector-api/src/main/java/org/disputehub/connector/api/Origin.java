package org.disputehub.connector.api;

/**
 * Where a record was read from, so that any stored fact can be traced back to its delivery.
 *
 * @param transport {@code file}, {@code http} or {@code jdbc}
 * @param resource  file name, endpoint or table
 * @param locator   position inside the resource, e.g. {@code line:12}
 */
public record Origin(String transport, String resource, String locator) {

    public static Origin fileLine(String fileName, long line) {
        return new Origin("file", fileName, "line:" + line);
    }
}
