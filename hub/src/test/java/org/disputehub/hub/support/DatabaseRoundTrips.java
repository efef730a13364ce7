package org.disputehub.hub.support;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.util.concurrent.atomic.AtomicLong;

import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;
import org.neo4j.driver.Transaction;
import org.springframework.beans.factory.config.BeanPostProcessor;

/**
 * Counts the queries the hub sends to Neo4j, by wrapping the driver: every {@code run} on a session, an
 * explicit transaction is one round trip (the API reads use nothing else).
 */
public class DatabaseRoundTrips implements BeanPostProcessor {

    private final AtomicLong queries = new AtomicLong();

    public long count() {
        return queries.get();
    }

    public void reset() {
        queries.set(0);
    }

    @Override
    public Object postProcessAfterInitialization(Object bean, String beanName) {
        return bean instanceof Driver driver ? wrap(Driver.class, driver) : bean;
    }

    @SuppressWarnings("unchecked")
    private <T> T wrap(Class<T> type, T target) {
        InvocationHandler handler = (proxy, method, arguments) -> {
            if (method.getName().equals("run")) {
                queries.incrementAndGet();
            }
            Object result;
            try {
                result = method.invoke(target, arguments);
            }
            catch (InvocationTargetException failure) {
                throw failure.getCause();
            }
            if (result instanceof Session session && method.getName().equals("session")) {
                return wrap(Session.class, session);
            }
            if (result instanceof Transaction transaction && method.getName().equals("beginTransaction")) {
                return wrap(Transaction.class, transaction);
            }
            return result;
        };
        return (T) Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] { type }, handler);
    }
}
