package org.disputehub.synthetic;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;

/**
 * One thread that formats and writes every output file, in exactly the order the work was
 * handed over: generation and writing overlap on two cores, and the files stay the same as
 * if written in line. The queue is bounded, so memory stays bounded too.
 */
final class BackgroundWriter implements AutoCloseable {

    private static final int BATCH = 512;
    private static final List<Runnable> END = List.of();

    private final BlockingQueue<List<Runnable>> queue = new ArrayBlockingQueue<>(64);
    private final Thread thread;
    private List<Runnable> batch = new ArrayList<>(BATCH);
    private volatile Throwable failure;
    private boolean closed;

    BackgroundWriter() {
        thread = new Thread(this::drain, "synthetic-writer");
        thread.setDaemon(true);
        thread.start();
    }

    /** Runs {@code work} on the writer thread after everything submitted before it. */
    void submit(Runnable work) {
        if (closed) {
            throw new IllegalStateException("writer closed");
        }
        batch.add(work);
        if (batch.size() >= BATCH) {
            handOver();
        }
    }

    private void handOver() {
        rethrow();
        try {
            queue.put(batch);
        }
        catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while writing", e);
        }
        batch = new ArrayList<>(BATCH);
    }

    private void drain() {
        while (true) {
            List<Runnable> work;
            try {
                work = queue.take();
            }
            catch (InterruptedException e) {
                failure = e;
                return;
            }
            if (work == END) {
                return;
            }
            if (failure != null) {
                continue; // keep taking, so that the generating thread never blocks on a full queue
            }
            try {
                work.forEach(Runnable::run);
            }
            catch (Throwable e) {
                failure = e;
            }
        }
    }

    private void rethrow() {
        Throwable error = failure;
        if (error instanceof RuntimeException runtime) {
            throw runtime;
        }
        if (error instanceof Error fatal) {
            throw fatal;
        }
        if (error != null) {
            throw new IllegalStateException(error);
        }
    }

    /** Waits until everything submitted is written; rethrows what went wrong on the writer thread. */
    @Override
    public void close() {
        if (closed) {
            return;
        }
        handOver();
        closed = true;
        try {
            queue.put(END);
            thread.join();
        }
        catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while writing", e);
        }
        rethrow();
    }
}
