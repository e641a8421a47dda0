package lt.savitarna.sdk.testkit.sk.internal;

import com.sun.net.httpserver.HttpExchange;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One request to a simulator. It may be answered at once by the handler thread or later from
 * another thread (a long poll); either way exactly once, and {@link #answer} is safe to race.
 */
public final class Call {

    private static final Logger LOG = LoggerFactory.getLogger(Call.class);

    private final HttpExchange exchange;
    private final String method;
    private final String path;
    private final String rawQuery;
    private final byte[] body;
    private final AtomicBoolean answered = new AtomicBoolean();

    private Call(HttpExchange exchange, String path, byte[] body) {
        this.exchange = exchange;
        this.method = exchange.getRequestMethod();
        URI uri = exchange.getRequestURI();
        this.path = path;
        this.rawQuery = uri.getRawQuery();
        this.body = body;
    }

    /** Reads the whole request body; {@code path} is the part after the simulator's base path. */
    static Call read(HttpExchange exchange, String path) throws IOException {
        byte[] body;
        try (InputStream in = exchange.getRequestBody()) {
            body = in.readAllBytes();
        }
        return new Call(exchange, path, body);
    }

    public String method() {
        return method;
    }

    /** The path below the simulator's base path, without a leading slash, still percent-encoded. */
    public String path() {
        return path;
    }

    public byte[] body() {
        return body;
    }

    /** The first value of a query parameter, percent-decoded. */
    public Optional<String> query(String name) {
        if (rawQuery == null || rawQuery.isEmpty()) {
            return Optional.empty();
        }
        for (String pair : rawQuery.split("&")) {
            int eq = pair.indexOf('=');
            String key = decode(eq < 0 ? pair : pair.substring(0, eq));
            if (key.equals(name)) {
                return Optional.of(eq < 0 ? "" : decode(pair.substring(eq + 1)));
            }
        }
        return Optional.empty();
    }

    /** The client's IP address as the server sees it. */
    public String remoteAddress() {
        return exchange.getRemoteAddress().getAddress().getHostAddress();
    }

    public boolean isAnswered() {
        return answered.get();
    }

    /**
     * Sends a JSON answer and ends the exchange, unless the call was answered already.
     *
     * @return whether this call sent it
     */
    public boolean answer(int status, JsonValue json) {
        if (!answered.compareAndSet(false, true)) {
            return false;
        }
        byte[] bytes = SimJson.write(json);
        try {
            exchange.getResponseHeaders().set("Content-Type", "application/json;charset=UTF-8");
            exchange.sendResponseHeaders(status, bytes.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            }
        } catch (IOException e) {
            LOG.debug("simulator: client went away before its answer: {}", e.toString());
        } finally {
            exchange.close();
        }
        return true;
    }

    /** Ends the exchange with no answer (the connection drops), unless it was answered already. */
    void abandon() {
        if (answered.compareAndSet(false, true)) {
            exchange.close();
        }
    }

    private static String decode(String text) {
        try {
            return URLDecoder.decode(text, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return text;
        }
    }
}
