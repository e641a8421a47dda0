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
 * processing" still drops it after the client finished sending. A {@code multipart/form-data}
 * body (an upload) is not kept: it is parsed while it arrives into a {@link MultipartForm} of
 * sizes and digests, so that uploads of any size cost no memory.
 */
public final class IncomingRequest {

    private final String method;
    private final String rawPath;
    private final String rawQuery;
    private final Map<String, List<String>> headers;
    private final byte[] body;
    private final MultipartForm multipart;

    public IncomingRequest(String method, String rawPath, String rawQuery, Map<String, List<String>> headers,
                           byte[] body) {
        this(method, rawPath, rawQuery, headers, body, null);
    }

    private IncomingRequest(String method, String rawPath, String rawQuery, Map<String, List<String>> headers,
                            byte[] body, MultipartForm multipart) {
        this.method = method.toUpperCase(Locale.ROOT);
        this.rawPath = rawPath == null || rawPath.isEmpty() ? "/" : rawPath;
        this.rawQuery = rawQuery;
        Map<String, List<String>> lower = new LinkedHashMap<>();
        headers.forEach((name, values) -> lower.computeIfAbsent(name.toLowerCase(Locale.ROOT), k -> new ArrayList<>())
                .addAll(values));
        lower.replaceAll((name, values) -> List.copyOf(values));
        this.headers = Collections.unmodifiableMap(lower);
        this.body = body.clone();
        this.multipart = multipart;
    }

    public static IncomingRequest read(HttpExchange exchange) throws IOException {
        URI uri = exchange.getRequestURI();
        Optional<String> boundary = MultipartParser.boundary(exchange.getRequestHeaders().getFirst("Content-Type"));
        byte[] body = new byte[0];
        MultipartForm multipart = null;
        try (InputStream in = exchange.getRequestBody()) {
            if (boundary.isPresent()) {
                multipart = MultipartParser.parse(in, boundary.get());
            } else {
                body = in.readAllBytes();
            }
        }
        return new IncomingRequest(exchange.getRequestMethod(), uri.getRawPath(), uri.getRawQuery(),
                exchange.getRequestHeaders(), body, multipart);
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

    /** The body bytes; empty for a multipart body (see {@link #multipart()}). */
    public byte[] body() {
        return body.clone();
    }

    /** The parsed body of a {@code multipart/form-data} request. */
    public Optional<MultipartForm> multipart() {
        return Optional.ofNullable(multipart);
    }

    /** What the idempotency ledger compares: the body, or for multipart its parts' digests. */
    public byte[] fingerprintBody() {
        return multipart != null ? multipart.fingerprint() : body.clone();
    }

    /** Every value of a query parameter, percent-decoded, in order. */
    public List<String> queryParameters(String name) {
        List<String> values = new ArrayList<>();
        if (rawQuery == null || rawQuery.isEmpty()) {
            return values;
        }
        for (String pair : rawQuery.split("&")) {
            int eq = pair.indexOf('=');
            String key = PathTemplate.decode(eq < 0 ? pair : pair.substring(0, eq));
            if (key.equals(name)) {
                values.add(eq < 0 ? "" : PathTemplate.decode(pair.substring(eq + 1)));
            }
        }
        return values;
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
