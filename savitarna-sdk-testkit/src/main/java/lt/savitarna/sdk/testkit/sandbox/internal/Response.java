package lt.savitarna.sdk.testkit.sandbox.internal;

import jakarta.json.JsonValue;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * An answer, complete before it is sent, so that the dispatcher can store it in the idempotency
 * ledger, record it, or deliver it damaged when a fault says so. Header names are kept as given;
 * lookups ignore case.
 */
public final class Response {

    public static final String JSON = "application/json";
    public static final String PROBLEM_JSON = "application/problem+json";

    private final int status;
    private final Map<String, List<String>> headers;
    private final byte[] body;

    private Response(int status, Map<String, List<String>> headers, byte[] body) {
        this.status = status;
        this.headers = headers;
        this.body = body;
    }

    public static Response json(int status, JsonValue body) {
        return of(status, JSON, Json.write(body));
    }

    public static Response of(int status, String contentType, byte[] body) {
        Map<String, List<String>> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        headers.put("Content-Type", List.of(contentType));
        return new Response(status, headers, body.clone());
    }

    public static Response noContent() {
        return new Response(204, new TreeMap<>(String.CASE_INSENSITIVE_ORDER), new byte[0]);
    }

    public Response withHeader(String name, String value) {
        Map<String, List<String>> copy = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        copy.putAll(headers);
        copy.put(name, List.of(value));
        return new Response(status, copy, body);
    }

    public int status() {
        return status;
    }

    public Map<String, List<String>> headers() {
        return Collections.unmodifiableMap(new LinkedHashMap<>(headers));
    }

    public Optional<String> header(String name) {
        List<String> values = headers.get(name);
        return values == null || values.isEmpty() ? Optional.empty() : Optional.of(values.get(0));
    }

    public byte[] body() {
        return body.clone();
    }

    public int bodyLength() {
        return body.length;
    }

    public boolean isSuccess() {
        return status >= 200 && status < 300;
    }

    /** Whether the body is JSON (plain or problem), i.e. worth recording for contract checks. */
    public boolean isJson() {
        return header("Content-Type").map(t -> t.toLowerCase(Locale.ROOT))
                .map(t -> t.startsWith(JSON) || t.startsWith(PROBLEM_JSON)).orElse(false);
    }
}
