package org.disputehub.hub.security;

import java.time.Instant;
import java.util.List;

/**
 * A response carried unmasked personal data: published before the response leaves, so a failure to record it
 * fails the response too.
 *
 * @param fields    Type.field of each personal field revealed, e.g. Party.idNumber
 * @param subjects  whose: Type:id of each object they belong to, e.g. Person:p-1f3…, Party:POLICE:JQ1:1
 * @param queryHash SHA-256 of the request's document (or of the export's address)
 * @param channel   graphql, graphql-ws or an export path
 */
public record PersonalDataDisclosed(Caller caller, List<String> fields, List<String> subjects, String queryHash,
        String operation, String channel, Instant at) {
}
