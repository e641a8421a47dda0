package lt.savitarna.sdk.testkit.sandbox.internal;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * What arrived: method, raw path and query, headers (names in lower case) and the whole body.
 * The body is read before anything else happens, so a fault that drops the connection "before
 * processing" still drops it after the client finished sending.
 */
public final class IncomingRequest {

    private final String method;
    private final String rawPath;
    private final String rawQuery;
    private final Map<String, List<String>> headers;
    private final byte[] body;

    public IncomingRequest(String method, String rawPath, String rawQuery, Map<String, List<String>> headers,
                           byte[] body) {
        this.method = method.toUpperCase(Locale.ROOT);
        this.rawPath = rawPath == null || rawPath.isEmpty() ? "/" : rawPath;
        this.rawQuery = rawQuery;
        Map<String, List<String>> lower = new LinkedHashMap<>();
        headers.forEach((name, values) -> lower.computeIfAbsent(name.toLowerCase(Locale.ROOT), k -> new ArrayList<>())
                .addAll(values));
        lower.replaceAll((name, values) -> List.copyOf(values));
        this.headers = Collections.unmodifiableMap(lower);
        this.body = body.clone();
    }

    public static IncomingRequest read(HttpExchange exchange) throws IOException {
        URI uri = exchange.getRequestURI();
        byte[] body;
        try (InputStream in = exchange.getRequestBody()) {
            body = in.readAllBytes();
        }
        return new IncomingRequest(exchange.getRequestMethod(), uri.getRawPath(), uri.getRawQuery(),
                exchange.getRequestHeaders(), body);
    }

    public String method() {
        return method;
    }

    public String rawPath() {
        return rawPath;
    }

    /** The raw query string, or {@code null}. */
    public String rawQuery() {
        return rawQuery;
    }

    public Map<String, List<String>> headers() {
        return headers;
    }

    public Optional<String> header(String name) {
        List<String> values = headers.get(name.toLowerCase(Locale.ROOT));
        return values == null || values.isEmpty() ? Optional.empty() : Optional.of(values.get(0));
    }

    public byte[] body() {
        return body.clone();
    }

    /** The first value of a query parameter, percent-decoded. */
    public Optional<String> queryParameter(String name) {
        if (rawQuery == null || rawQuery.isEmpty()) {
            return Optional.empty();
        }
        for (String pair : rawQuery.split("&")) {
            int eq = pair.indexOf('=');
            String key = PathTemplate.decode(eq < 0 ? pair : pair.substring(0, eq));
            if (key.equals(name)) {
                return Optional.of(eq < 0 ? "" : PathTemplate.decode(pair.substring(eq + 1)));
            }
        }
        return Optional.empty();
    }
}
