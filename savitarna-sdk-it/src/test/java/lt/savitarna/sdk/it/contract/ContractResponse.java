package lt.savitarna.sdk.it.contract;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One HTTP response, to be held against the portal's OpenAPI document by
 * {@link ContractValidator} together with the request that produced it.
 *
 * <pre>{@code
 * ContractResponse response = ContractResponse.status(401)
 *     .header("X-Request-Id", "8e0c3f52")
 *     .problem("{\"type\":\"https://savitarna.agrokoncernas.lt/problems/invalid-credentials\","
 *         + "\"title\":\"Invalid email or password\",\"status\":401,"
 *         + "\"code\":\"INVALID_CREDENTIALS\",\"requestId\":\"8e0c3f52\"}")
 *     .build();
 * }</pre>
 */
public final class ContractResponse {

    private final int status;
    private final Map<String, List<String>> headers;
    private final byte[] body;

    private ContractResponse(Builder builder) {
        this.status = builder.status;
        this.headers = HttpFields.freeze(builder.headers, true);
        this.body = builder.body == null ? null : builder.body.clone();
    }

    /** A builder for a response with this status code. */
    public static Builder status(int status) {
        return new Builder(status);
    }

    public int statusCode() {
        return status;
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
        return "HTTP " + status;
    }

    /** Collects a response; {@link #build()} may be called more than once. */
    public static final class Builder {

        private final int status;
        private final Map<String, List<String>> headers = HttpFields.newHeaderMap();
        private byte[] body;

        private Builder(int status) {
            if (status < 100 || status > 599) {
                throw new IllegalArgumentException("not an HTTP status: " + status);
            }
            this.status = status;
        }

        public Builder header(String name, String... values) {
            HttpFields.add(headers, name, values);
            return this;
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

        /** A problem-details body with {@code Content-Type: application/problem+json}. */
        public Builder problem(String json) {
            return header("Content-Type", "application/problem+json").body(json);
        }

        public ContractResponse build() {
            return new ContractResponse(this);
        }
    }
}
