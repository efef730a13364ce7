package org.disputehub.hub.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.Principal;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Map;

import graphql.ExecutionResult;
import graphql.GraphqlErrorBuilder;
import org.reactivestreams.Publisher;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.core.annotation.Order;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.graphql.server.WebGraphQlInterceptor;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.graphql.server.WebSocketGraphQlRequest;
import org.springframework.graphql.support.DefaultExecutionGraphQlResponse;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Puts the {@link Caller} into each GraphQL request, over HTTP (from {@link CallerFilter}) and over WebSocket
 * (from the handshake, which passed the same filter); refuses a partner's document its agency has not
 * registered; and announces what a response revealed unmasked: once per response, or once per event of a
 * subscription.
 */
@Component
@Order(0)
class CallerInterceptor implements WebGraphQlInterceptor {

    private final ApplicationEventPublisher events;
    private final SecurityProperties properties;
    private final PartnerDocuments partnerDocuments;

    CallerInterceptor(ApplicationEventPublisher events, SecurityProperties properties,
            PartnerDocuments partnerDocuments) {
        this.events = events;
        this.properties = properties;
        this.partnerDocuments = partnerDocuments;
    }

    @Override
    public Mono<WebGraphQlResponse> intercept(WebGraphQlRequest request, Chain chain) {
        return caller(request).defaultIfEmpty(Caller.NOBODY).flatMap(caller -> {
            if (!partnerDocuments.allows(caller, request.getDocument())) {
                return Mono.just(refused(request, "Partners send only the documents registered for their agency; "
                        + "this one is not"));
            }
            PersonalDataReads reads = new PersonalDataReads();
            request.configureExecutionInput((input, builder) -> builder
                .graphQLContext(Map.of(Caller.class, caller, PersonalDataReads.class, reads)).build());
            String channel = request instanceof WebSocketGraphQlRequest ? "graphql-ws" : "graphql";
            return chain.next(request).map(response -> {
                Disclosure disclosure = new Disclosure(caller, reads, sha256(request.getDocument()),
                        request.getOperationName(), channel);
                if (response.getExecutionResult().getData() instanceof Publisher<?> stream) {
                    Flux<?> announced = Flux.from(stream).doOnNext(event -> disclosure.announce());
                    return response.transform(builder -> builder.data(announced));
                }
                disclosure.announce();
                return response;
            });
        });
    }

    private static WebGraphQlResponse refused(WebGraphQlRequest request, String message) {
        ExecutionResult result = ExecutionResult.newExecutionResult()
            .addError(GraphqlErrorBuilder.newError().errorType(ErrorType.FORBIDDEN).message(message).build())
            .build();
        return new WebGraphQlResponse(new DefaultExecutionGraphQlResponse(request.toExecutionInput(), result));
    }

    private Mono<Caller> caller(WebGraphQlRequest request) {
        if (request instanceof WebSocketGraphQlRequest socket) {
            String purpose = CallerFilter.purpose(socket.getHeaders().getFirst(CallerFilter.PURPOSE_HEADER));
            return socket.getSessionInfo().getPrincipal().map((Principal principal) -> principal instanceof
                    Authentication authentication ? Caller.of(authentication, purpose, properties.agencyClaim())
                    : Caller.NOBODY);
        }
        return Mono.justOrEmpty((Caller) request.getAttributes().get(Caller.REQUEST_ATTRIBUTE));
    }

    static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                .digest(text.getBytes(StandardCharsets.UTF_8)));
        }
        catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }

    private final class Disclosure {

        private final Caller caller;
        private final PersonalDataReads reads;
        private final String queryHash;
        private final String operation;
        private final String channel;

        Disclosure(Caller caller, PersonalDataReads reads, String queryHash, String operation, String channel) {
            this.caller = caller;
            this.reads = reads;
            this.queryHash = queryHash;
            this.operation = operation;
            this.channel = channel;
        }

        void announce() {
            PersonalDataReads.Drained revealed = reads.drain();
            if (!revealed.isEmpty()) {
                events.publishEvent(new PersonalDataDisclosed(caller, revealed.fields(), revealed.subjects(),
                        queryHash, operation, channel, Instant.now()));
            }
        }
    }
}
