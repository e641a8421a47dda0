package lt.savitarna.sdk.it.contract;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * One HTTP request as it went (or would go) on the wire, to be held against the portal's
 * OpenAPI document by {@link ContractValidator}.
 *
 * <p>The path includes the base path {@code /api/v1} and may carry a query string, which is
 * split into {@link #query()}. {@link #toString()} shows only the method and path, never header
 * values or the body, so tokens and passwords stay out of test logs.
 *
 * <pre>{@code
 * ContractRequest request = ContractRequest.post("/api/v1/auth/password")
 *     .requestId("8e0c3f52")
 *     .json("{\"email\":\"ona@example.lt\",\"password\":\"s3cret-pass-1\"}")
 *     .build();
 * }</pre>
 */
public final class ContractRequest {

    private final String method;
    private final String path;
    private final Map<String, List<String>> query;
    private final Map<String, List<String>> headers;
    private final byte[] body;

    private ContractRequest(Builder builder) {
        this.method = builder.method;
        this.path = builder.path;
        this.query = HttpFields.freeze(builder.query, false);
        this.headers = HttpFields.freeze(builder.headers, true);
        this.body = builder.body == null ? null : builder.body.clone();
    }

    /** A builder for any method; {@code pathAndQuery} such as {@code /api/v1/me/representations?limit=10}. */
    public static Builder builder(String method, String pathAndQuery) {
        return new Builder(method, pathAndQuery);
    }

    public static Builder get(String pathAndQuery) {
        return builder("GET", pathAndQuery);
    }

    public static Builder post(String pathAndQuery) {
        return builder("POST", pathAndQuery);
    }

    public static Builder patch(String pathAndQuery) {
        return builder("PATCH", pathAndQuery);
    }

    public static Builder put(String pathAndQuery) {
        return builder("PUT", pathAndQuery);
    }

    public static Builder delete(String pathAndQuery) {
        return builder("DELETE", pathAndQuery);
    }

    /** Upper-case HTTP method. */
    public String method() {
        return method;
    }

    /** The path without the query string, including {@code /api/v1}. */
    public String path() {
        return path;
    }

    /** Decoded query parameters in the order given. */
    public Map<String, List<String>> query() {
        return query;
    }

    /** Headers; names compare case-insensitively. */
    public Map<String, List<String>> headers() {
        return headers;
    }

    /** The first value of a header. */
    public Optional<String> header(String name) {
        return HttpFields.first(headers, name);
    }

    /** A copy of the body bytes, if there is a body. */
    public Optional<byte[]> body() {
        return Optional.ofNullable(body).map(byte[]::clone);
    }

    @Override
    public String toString() {
        return method + " " + path;
    }

    /** Collects a request; {@link #build()} may be called more than once. */
    public static final class Builder {

        private final String method;
        private final String path;
        private final Map<String, List<String>> query = HttpFields.newQueryMap();
        private final Map<String, List<String>> headers = HttpFields.newHeaderMap();
        private byte[] body;

        private Builder(String method, String pathAndQuery) {
            if (method == null || method.isBlank()) {
                throw new IllegalArgumentException("method is required");
            }
            if (pathAndQuery == null || !pathAndQuery.startsWith("/")) {
                throw new IllegalArgumentException("path must start with '/': " + pathAndQuery);
            }
            this.method = method.trim().toUpperCase(Locale.ROOT);
            this.path = HttpFields.splitQuery(pathAndQuery, query);
        }

        /** Adds header values (repeat the call or pass several values for a multi-valued header). */
        public Builder header(String name, String... values) {
            HttpFields.add(headers, name, values);
            return this;
        }

        /** Adds query parameter values; an array parameter takes several. */
        public Builder query(String name, String... values) {
            HttpFields.add(query, name, values);
            return this;
        }

        /** {@code Authorization: Bearer <accessToken>}. */
        public Builder bearer(String accessToken) {
            return header("Authorization", "Bearer " + accessToken);
        }

        public Builder idempotencyKey(String key) {
            return header("Idempotency-Key", key);
        }

        public Builder requestId(String requestId) {
            return header("X-Request-Id", requestId);
        }

        public Builder body(byte[] bytes) {
            this.body = bytes == null ? null : bytes.clone();
            return this;
        }

        /** A UTF-8 text body; set the {@code Content-Type} separately. */
        public Builder body(String text) {
            return body(text == null ? null : text.getBytes(StandardCharsets.UTF_8));
        }

        /** A JSON body with {@code Content-Type: application/json}. */
        public Builder json(String json) {
            return header("Content-Type", "application/json").body(json);
        }

        public ContractRequest build() {
            return new ContractRequest(this);
        }
    }
}
