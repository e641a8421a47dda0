package lt.savitarna.sdk.testkit.sk.internal;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import javax.net.ssl.SSLContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An HTTPS server for one simulator: a small fixed pool of workers runs handlers and sends
 * answers, and one scheduler thread times long polls and completes sessions. A handler that
 * cannot answer yet simply returns; the exchange stays open until something answers it, so a
 * waiting client holds a connection but no thread.
 */
public final class SimHttpServer implements AutoCloseable {

    /** Threads that run handlers and write answers. */
    public static final int WORKER_THREADS = 4;

    private static final Logger LOG = LoggerFactory.getLogger(SimHttpServer.class);
    private static final String NO_DELAY = "sun.net.httpserver.nodelay";

    static {
        // The JDK server writes a response's headers and body as separate TLS records; with Nagle's
        // algorithm on, the body then waits for the client's delayed ACK (about 40 ms a request).
        // The setting is read once, when the JVM's first JDK HTTP server starts, so it only helps
        // if no server started before this one; the testkit's own tests set it on the command line.
        if (System.getProperty(NO_DELAY) == null) {
            System.setProperty(NO_DELAY, "true");
        }
    }
    // Room for a burst of hundreds of simultaneous connections, as long polls make.
    private static final int BACKLOG = 1024;

    /** Handles one call: answers it, or arranges for it to be answered later. */
    @FunctionalInterface
    public interface Handler {
        /**
         * @param call the request
         * @param server the server it came to, for its scheduler and workers
         */
        void handle(Call call, SimHttpServer server);
    }

    private final HttpsServer server;
    private final ExecutorService workers;
    private final ScheduledThreadPoolExecutor scheduler;
    private final String basePath;

    private SimHttpServer(HttpsServer server, ExecutorService workers, ScheduledThreadPoolExecutor scheduler,
                          String basePath) {
        this.server = server;
        this.workers = workers;
        this.scheduler = scheduler;
        this.basePath = basePath;
    }

    /**
     * Binds and starts serving {@code basePath} (e.g. {@code /smart-id-rp/v2}) over TLS.
     *
     * @param threadPrefix names the server's threads, e.g. {@code savitarna-smart-id}
     */
    public static SimHttpServer start(String threadPrefix, String host, int port, SSLContext tls, String basePath,
                                      Handler handler) {
        HttpsServer server;
        try {
            server = HttpsServer.create(new InetSocketAddress(InetAddress.getByName(host), port), BACKLOG);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot bind a simulator to " + host + ":" + port, e);
        }
        server.setHttpsConfigurator(new HttpsConfigurator(tls));
        ExecutorService workers = Executors.newFixedThreadPool(WORKER_THREADS, threads(threadPrefix + "-worker"));
        ScheduledThreadPoolExecutor scheduler = new ScheduledThreadPoolExecutor(1, threads(threadPrefix + "-timer"));
        // Cancelled long-poll timeouts must not pile up in the queue until they would have fired.
        scheduler.setRemoveOnCancelPolicy(true);
        SimHttpServer simulator = new SimHttpServer(server, workers, scheduler, basePath);
        server.createContext(basePath, exchange -> simulator.dispatch(exchange, handler));
        server.setExecutor(workers);
        server.start();
        return simulator;
    }

    public int port() {
        return server.getAddress().getPort();
    }

    public InetSocketAddress address() {
        return server.getAddress();
    }

    /** Runs tasks that may take a moment (signing, writing answers). */
    public ExecutorService workers() {
        return workers;
    }

    /** Runs timed tasks; keep them short, hand real work to {@link #workers()}. */
    public ScheduledExecutorService scheduler() {
        return scheduler;
    }

    @Override
    public void close() {
        server.stop(0);
        scheduler.shutdownNow();
        workers.shutdownNow();
    }

    private void dispatch(HttpExchange exchange, Handler handler) {
        Call call;
        try {
            String rawPath = exchange.getRequestURI().getRawPath();
            String below = rawPath.length() > basePath.length() ? rawPath.substring(basePath.length()) : "";
            while (below.startsWith("/")) {
                below = below.substring(1);
            }
            call = Call.read(exchange, below);
        } catch (IOException e) {
            LOG.debug("simulator: could not read a request: {}", e.toString());
            exchange.close();
            return;
        }
        try {
            handler.handle(call, this);
        } catch (SimHttpException e) {
            call.answer(e.status(), e.body());
        } catch (RuntimeException e) {
            // Only the first path segment: the rest may carry a personal code.
            LOG.warn("simulator: {} {}/… failed", call.method(), call.path().split("/", 2)[0], e);
            call.answer(500, SimJson.object().add("error", "Internal error").build());
        }
    }

    private static ThreadFactory threads(String prefix) {
        AtomicInteger counter = new AtomicInteger();
        return runnable -> {
            Thread thread = new Thread(runnable, prefix + "-" + counter.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }
}
