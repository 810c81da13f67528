package io.parkbridge.adapter.http.server;

import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.Executor;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The JDK server's executor: a fixed pool with a bounded queue. When both are full, the
 * exchange runs on a small overflow pool whose threads only answer 503 (see
 * {@link #isOverflowThread()}); when that is full too the JDK server closes the connection.
 * Either way a flood never grows memory or threads without bound.
 */
final class BoundedExecutor implements Executor {
    private static final int OVERFLOW_THREADS = 2;
    private static final int OVERFLOW_QUEUE = 32;

    private final ThreadPoolExecutor workers;
    private final ThreadPoolExecutor overflow;

    BoundedExecutor(int threads, int queueCapacity) {
        BlockingQueue<Runnable> queue = queueCapacity == 0 ? new SynchronousQueue<>()
                : new ArrayBlockingQueue<>(queueCapacity);
        AtomicInteger n = new AtomicInteger();
        workers = new ThreadPoolExecutor(threads, threads, 60, TimeUnit.SECONDS, queue, r -> {
            Thread t = new Thread(r, "parkbridge-http-" + n.incrementAndGet());
            t.setDaemon(false);
            return t;
        }, new ThreadPoolExecutor.AbortPolicy());
        overflow = new ThreadPoolExecutor(OVERFLOW_THREADS, OVERFLOW_THREADS, 60, TimeUnit.SECONDS,
                new LinkedBlockingQueue<>(OVERFLOW_QUEUE), OverflowThread::new, new ThreadPoolExecutor.AbortPolicy());
    }

    @Override
    public void execute(Runnable exchange) {
        try {
            workers.execute(exchange);
        } catch (RejectedExecutionException full) {
            overflow.execute(exchange); // may throw again: the JDK server then closes the connection
        }
    }

    /** True on a thread that must answer 503 without doing any work. */
    static boolean isOverflowThread() {
        return Thread.currentThread() instanceof OverflowThread;
    }

    int queued() {
        return workers.getQueue().size();
    }

    int active() {
        return workers.getActiveCount();
    }

    /** Lets queued work finish, waits up to {@code millis}, then interrupts what is left. */
    void shutdown(long millis) {
        workers.shutdown();
        overflow.shutdown();
        try {
            if (!workers.awaitTermination(millis, TimeUnit.MILLISECONDS)) {
                workers.shutdownNow();
            }
            overflow.awaitTermination(1, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            workers.shutdownNow();
            Thread.currentThread().interrupt();
        }
        overflow.shutdownNow();
    }

    private static final class OverflowThread extends Thread {
        private static final AtomicInteger N = new AtomicInteger();

        OverflowThread(Runnable r) {
            super(r, "parkbridge-http-overflow-" + N.incrementAndGet());
            setDaemon(true);
        }
    }
}
