package org.disputehub.hub.security;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletionStage;
import java.util.function.UnaryOperator;

import graphql.TrivialDataFetcher;
import graphql.execution.DataFetcherResult;
import graphql.schema.DataFetcher;
import graphql.schema.DataFetchingEnvironment;
import org.reactivestreams.Publisher;

/**
 * Wraps the data fetcher of a field the schema marks {@code @personal}: denied fields are never fetched,
 * masked ones are masked, and full ones are noted for the request's audit record.
 */
class PersonalFieldGuard implements DataFetcher<Object> {

    /**
     * The guard of a field read straight from its object (a view's property): it does no I/O either, so Spring
     * for GraphQL need not carry the request's context into it nor observe it, both per item of every list.
     */
    static final class OfProperty extends PersonalFieldGuard implements TrivialDataFetcher<Object> {

        private OfProperty(DataFetcher<?> delegate, String field, PersonalKind kind, PersonalDataPolicy policy,
                Object denied) {
            super(delegate, field, kind, policy, denied);
        }
    }

    /**
     * @param denied what a denied caller gets: null, or an empty list where the schema does not allow null
     */
    static PersonalFieldGuard of(DataFetcher<?> delegate, String field, PersonalKind kind, PersonalDataPolicy policy,
            Object denied) {
        return delegate instanceof TrivialDataFetcher<?> ? new OfProperty(delegate, field, kind, policy, denied)
                : new PersonalFieldGuard(delegate, field, kind, policy, denied);
    }

    private final DataFetcher<?> delegate;
    private final String field;
    private final PersonalKind kind;
    private final PersonalDataPolicy policy;
    private final Object denied;

    private PersonalFieldGuard(DataFetcher<?> delegate, String field, PersonalKind kind, PersonalDataPolicy policy,
            Object denied) {
        this.delegate = delegate;
        this.field = field;
        this.kind = kind;
        this.policy = policy;
        this.denied = denied;
    }

    @Override
    public Object get(DataFetchingEnvironment environment) throws Exception {
        Access access = policy.access(Caller.of(environment.getGraphQlContext()), field, kind);
        if (access == Access.DENIED) {
            return denied;
        }
        UnaryOperator<Object> reveal = access == Access.FULL ? value -> noted(value, environment) : this::masked;
        return map(delegate.get(environment), reveal);
    }

    private Object map(Object fetched, UnaryOperator<Object> reveal) {
        if (fetched instanceof CompletionStage<?> later) {
            return later.thenApply(value -> map(value, reveal));
        }
        if (fetched instanceof DataFetcherResult<?> result) {
            return DataFetcherResult.newResult().data(map(result.getData(), reveal)).errors(result.getErrors())
                .localContext(result.getLocalContext()).extensions(result.getExtensions()).build();
        }
        if (fetched instanceof Publisher<?>) {
            // Fail closed: a stream would pass unmasked values by us.
            throw new IllegalStateException(field + " is personal but resolved by a Publisher, which is not guarded");
        }
        return reveal.apply(fetched);
    }

    private Object masked(Object value) {
        if (value instanceof List<?> values) {
            return values.stream().map(this::masked).toList();
        }
        return value == null ? null : Masks.mask(kind, value.toString());
    }

    private Object noted(Object value, DataFetchingEnvironment environment) {
        boolean revealed = value instanceof List<?> values ? !values.isEmpty() : value != null;
        if (revealed) {
            PersonalDataReads.record(environment.getGraphQlContext(), field, subject(environment));
        }
        return value;
    }

    /** Type:id of the object the field belongs to, or its place in the response when it has no id. */
    private static String subject(DataFetchingEnvironment environment) {
        String id = environment.getSource() instanceof Record source ? idOf(source) : null;
        String type = environment.getExecutionStepInfo().getObjectType().getName();
        return id != null ? type + ":" + id : type + "@" + environment.getExecutionStepInfo().getParent().getPath();
    }

    /**
     * The views name their node by {@code key} or {@code id}; a search match by its {@code person}. Looked up
     * once per record type: record reflection resolves classes each time it is asked.
     */
    private static final ClassValue<Optional<Method>> NAMING_COMPONENT = new ClassValue<>() {
        @Override
        protected Optional<Method> computeValue(Class<?> type) {
            return Arrays.stream(type.getRecordComponents())
                .filter(component -> Set.of("key", "id", "person").contains(component.getName()))
                .findFirst()
                .map(component -> {
                    Method accessor = component.getAccessor();
                    // The views of other packages are package-private records.
                    accessor.setAccessible(true);
                    return accessor;
                });
        }
    };

    private static String idOf(Record source) {
        Object value = NAMING_COMPONENT.get(source.getClass()).map(accessor -> read(accessor, source)).orElse(null);
        return value instanceof Record person ? idOf(person) : value == null ? null : value.toString();
    }

    private static Object read(Method accessor, Record source) {
        try {
            return accessor.invoke(source);
        }
        catch (IllegalAccessException | InvocationTargetException e) {
            return null;
        }
    }
}
