package org.disputehub.connector.hotline.http;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Function;
import java.util.stream.Collectors;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * A real HTTP server on a loopback port standing in for the hotline's work-order API. Answers come from a
 * scripted function; every request is recorded with the moment it arrived.
 */
final class FakeHotlineApi implements AutoCloseable {

    /** One request as the server saw it; {@code query} is decoded, {@code nanos} is {@link System#nanoTime()}. */
    record Request(long nanos, String path, String authorization, Map<String, String> query) {

        String param(String name) {
            return query.get(name);
        }
    }

    record Response(int status, Map<String, String> headers, String body, Duration delay) {

        static Response ok(String body) {
            return new Response(200, Map.of("Content-Type", "application/json"), body, Duration.ZERO);
        }

        static Response status(int status) {
            return new Response(status, Map.of(), "{\"error\": \"" + status + "\"}", Duration.ZERO);
        }

        Response withHeader(String name, String value) {
            var all = new HashMap<>(headers);
            all.put(name, value);
            return new Response(status, all, body, delay);
        }

        Response after(Duration wait) {
            return new Response(status, headers, body, wait);
        }
    }

    private final HttpServer server;
    private final ExecutorService executor = Executors.newCachedThreadPool();
    private final List<Request> requests = new CopyOnWriteArrayList<>();
    private volatile Function<Request, Response> responder = request -> Response.status(500);

    private FakeHotlineApi() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", this::handle);
        server.setExecutor(executor);
        server.start();
    }

    static FakeHotlineApi start() {
        try {
            return new FakeHotlineApi();
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    String baseUrl() {
        return "http://" + server.getAddress().getHostString() + ":" + server.getAddress().getPort();
    }

    void respond(Function<Request, Response> responder) {
        this.responder = responder;
    }

    /** Answers in turn; the last answer repeats. */
    void respondInTurn(Response... answers) {
        Iterator<Response> next = Arrays.asList(answers).iterator();
        Response[] last = { answers[answers.length - 1] };
        respond(request -> {
            synchronized (next) {
                return next.hasNext() ? next.next() : last[0];
            }
        });
    }

    List<Request> requests() {
        return List.copyOf(requests);
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }

    private void handle(HttpExchange exchange) throws IOException {
        var request = new Request(System.nanoTime(), exchange.getRequestURI().getPath(),
                exchange.getRequestHeaders().getFirst("Authorization"), query(exchange.getRequestURI().getRawQuery()));
        requests.add(request);
        Response response = responder.apply(request);
        try {
            Thread.sleep(response.delay().toMillis());
        }
        catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
        }
        byte[] body = response.body().getBytes(StandardCharsets.UTF_8);
        response.headers().forEach((name, value) -> exchange.getResponseHeaders().add(name, value));
        exchange.sendResponseHeaders(response.status(), body.length);
        try (var out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    private static Map<String, String> query(String raw) {
        if (raw == null || raw.isEmpty()) {
            return Map.of();
        }
        return Arrays.stream(raw.split("&"))
            .map(pair -> pair.split("=", 2))
            .collect(Collectors.toMap(pair -> decode(pair[0]), pair -> pair.length > 1 ? decode(pair[1]) : ""));
    }

    /** Form decoding, as many servers do: an unencoded '+' would arrive as a space. */
    private static String decode(String text) {
        return URLDecoder.decode(text, StandardCharsets.UTF_8);
    }
}
