package org.disputehub.connector.hotline.http;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;

import org.disputehub.connector.hotline.http.FakeHotlineApi.Request;
import org.disputehub.connector.hotline.http.FakeHotlineApi.Response;

/**
 * Serves work orders the way SOURCES.md describes the API: those updated after {@code updatedAfter}, ascending,
 * {@code limit} per page, with an offset as cursor.
 */
final class PagedWorkOrders implements Function<Request, Response> {

    private record Order(String orderNo, int version, OffsetDateTime updatedAt) {
    }

    private final List<Order> orders = new CopyOnWriteArrayList<>();

    PagedWorkOrders add(String orderNo, int version, String updatedAt) {
        orders.add(new Order(orderNo, version, OffsetDateTime.parse(updatedAt)));
        return this;
    }

    @Override
    public Response apply(Request request) {
        OffsetDateTime after = OffsetDateTime.parse(request.param("updatedAfter"));
        int limit = Integer.parseInt(request.param("limit"));
        int offset = request.param("cursor") == null ? 0 : Integer.parseInt(request.param("cursor").substring(1));
        List<Order> matching = orders.stream().filter(order -> order.updatedAt().isAfter(after)).toList();
        List<Order> slice = matching.subList(Math.min(offset, matching.size()),
                Math.min(offset + limit, matching.size()));
        String next = offset + limit < matching.size() ? "o" + (offset + limit) : null;
        return Response.ok(WorkOrderJson.page(next, slice.stream()
            .map(order -> WorkOrderJson.order(order.orderNo(), order.version(), order.updatedAt().toString()))
            .toArray(String[]::new)));
    }
}
