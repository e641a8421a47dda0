package lt.savitarna.sdk.testkit.sandbox;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One recorded request and its response, for contract tests that check the wire against the
 * API document. Header names are lower case. Response bodies are kept for JSON responses only.
 * Exchanges hit by a fault carry its action in {@code fault}; a contract check usually skips them.
 * {@link #toString()} shows no headers or bodies (they hold tokens and passwords).
 *
 * <!-- sample: SandboxTestHooksExampleTest#exchanges -->
 * <pre>{@code
 * for (SandboxExchange exchange : sandbox.exchanges()) {
 *     boolean login = exchange.path().equals("/api/v1/auth/password");
 *     assertEquals(login, exchange.requestBodyText().contains(DemoData.JONAS_PASSWORD), exchange.toString());
 *     assertFalse(exchange.responseBodyText().contains(DemoData.JONAS_PASSWORD), exchange.toString());
 * }
 * }</pre>
 *
 * @param method          the HTTP method, upper case
 * @param path            the raw path, e.g. {@code /api/v1/me/representations}
 * @param query           the raw query string, or {@code null}
 * @param pathTemplate    the matched route, e.g. {@code /api/v1/companies/{companyId}/parties/{partyId}},
 *                        or {@code null} when no route matched
 * @param requestHeaders  request headers
 * @param requestBody     request body bytes (empty when none, and for {@code multipart/form-data} uploads,
 *                        which the sandbox measures while they arrive instead of keeping them)
 * @param status          response status; 0 when the connection was dropped before processing
 * @param responseHeaders response headers as the server set them
 * @param responseBody    response body bytes for JSON responses, the complete intended body even
 *                        when a fault damaged it on the wire; empty otherwise (files and containers
 *                        are streamed and not recorded)
 * @param fault           the {@link SandboxFault.Action} name applied, or {@code null}
 */
public record SandboxExchange(String method, String path, String query, String pathTemplate,
                              Map<String, List<String>> requestHeaders, byte[] requestBody, int status,
                              Map<String, List<String>> responseHeaders, byte[] responseBody, String fault) {

    public SandboxExchange {
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(path, "path");
        requestHeaders = copy(requestHeaders);
        responseHeaders = copy(responseHeaders);
        requestBody = requestBody == null ? new byte[0] : requestBody.clone();
        responseBody = responseBody == null ? new byte[0] : responseBody.clone();
    }

    @Override
    public byte[] requestBody() {
        return requestBody.clone();
    }

    @Override
    public byte[] responseBody() {
        return responseBody.clone();
    }

    public String requestBodyText() {
        return new String(requestBody, StandardCharsets.UTF_8);
    }

    public String responseBodyText() {
        return new String(responseBody, StandardCharsets.UTF_8);
    }

    /** The first value of a request header, any case. */
    public Optional<String> requestHeader(String name) {
        return first(requestHeaders, name);
    }

    /** The first value of a response header, any case. */
    public Optional<String> responseHeader(String name) {
        return first(responseHeaders, name);
    }

    /** Whether a fault changed what the client received. */
    public boolean faulted() {
        return fault != null;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof SandboxExchange that
                && method.equals(that.method) && path.equals(that.path) && Objects.equals(query, that.query)
                && Objects.equals(pathTemplate, that.pathTemplate) && requestHeaders.equals(that.requestHeaders)
                && Arrays.equals(requestBody, that.requestBody) && status == that.status
                && responseHeaders.equals(that.responseHeaders) && Arrays.equals(responseBody, that.responseBody)
                && Objects.equals(fault, that.fault);
    }

    @Override
    public int hashCode() {
        return Objects.hash(method, path, query, status, fault) * 31 + Arrays.hashCode(responseBody);
    }

    @Override
    public String toString() {
        return "SandboxExchange[" + method + " " + path + " -> " + status + (fault != null ? " " + fault : "") + "]";
    }

    private static Map<String, List<String>> copy(Map<String, List<String>> headers) {
        Map<String, List<String>> copy = new LinkedHashMap<>();
        if (headers != null) {
            headers.forEach((name, values) -> copy.merge(name.toLowerCase(Locale.ROOT), List.copyOf(values),
                    (a, b) -> {
                        List<String> both = new ArrayList<>(a);
                        both.addAll(b);
                        return List.copyOf(both);
                    }));
        }
        return Collections.unmodifiableMap(copy);
    }

    private static Optional<String> first(Map<String, List<String>> headers, String name) {
        List<String> values = headers.get(name.toLowerCase(Locale.ROOT));
        return values == null || values.isEmpty() ? Optional.empty() : Optional.of(values.get(0));
    }
}
