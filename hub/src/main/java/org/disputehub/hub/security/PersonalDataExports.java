package org.disputehub.hub.security;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * The same policy and audit as GraphQL's {@code @personal} fields, for a personal column of a file export
 * (the ledger's party names): masked or left empty per role, and one audit record per export that showed it.
 */
@Component
public class PersonalDataExports {

    private final PersonalDataPolicy policy;
    private final ApplicationEventPublisher events;

    PersonalDataExports(PersonalDataPolicy policy, ApplicationEventPublisher events) {
        this.policy = policy;
        this.events = events;
    }

    /** @param field the column as Type.field, e.g. Ledger.partyNames, as partner agreements name it */
    public Column column(HttpServletRequest request, String field, PersonalKind kind) {
        Object caller = request.getAttribute(Caller.REQUEST_ATTRIBUTE);
        return new Column(caller instanceof Caller known ? known : Caller.NOBODY, field, kind, request);
    }

    public final class Column {

        private final Caller caller;
        private final String field;
        private final PersonalKind kind;
        private final Access access;
        private final String path;
        private final String address;
        private final Set<String> subjects = new TreeSet<>();

        private Column(Caller caller, String field, PersonalKind kind, HttpServletRequest request) {
            this.caller = caller;
            this.field = field;
            this.kind = kind;
            this.access = policy.access(caller, field, kind);
            this.path = request.getRequestURI();
            this.address = path + (request.getQueryString() == null ? "" : "?" + request.getQueryString());
        }

        /** The value as the caller may see it; {@code subject} (Type:id) is whose it is. */
        public String reveal(String subject, String value) {
            if (value == null || value.isEmpty()) {
                return value;
            }
            return switch (access) {
                case DENIED -> "";
                case MASKED -> Masks.mask(kind, value);
                case FULL -> {
                    subjects.add(subject);
                    yield value;
                }
            };
        }

        /** Call once the export is written in full. */
        public void finish() {
            if (!subjects.isEmpty()) {
                events.publishEvent(new PersonalDataDisclosed(caller, List.of(field), List.copyOf(subjects),
                        CallerInterceptor.sha256(address), null, path, Instant.now()));
            }
        }
    }
}
