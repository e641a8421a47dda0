package lt.savitarna.sdk.internal.http;

import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The SDK's HTTP log, logger {@code lt.savitarna.sdk.http}. DEBUG: one line per attempt (method,
 * path, status or failure, duration, attempt number, request id) and retry decisions. TRACE:
 * additionally the allow-listed headers and the redacted bodies.
 */
final class HttpLog {

    private static final Logger LOG = LoggerFactory.getLogger("lt.savitarna.sdk.http");

    private HttpLog() {
    }

    static void sending(Operation<?> op, String loggedPath, HttpRequest request, int attempt) {
        if (!LOG.isTraceEnabled()) {
            return;
        }
        String body = op.body() == null ? "" : "\n" + op.body().logText();
        LOG.trace("--> {} {} (attempt {}, request id {})\n{}{}", op.method(), loggedPath, attempt, op.requestId(),
                headers(request.headers()), body);
    }

    static void answered(Operation<?> op, String loggedPath, int status, long nanos, int attempt, int maxAttempts,
                         HttpHeaders headers, byte[] body) {
        if (LOG.isDebugEnabled()) {
            LOG.debug("{} {} -> {} in {} ms (attempt {}/{}, request id {})", op.method(), loggedPath, status,
                    millis(nanos), attempt, maxAttempts, op.requestId());
        }
        if (LOG.isTraceEnabled()) {
            String text = body == null ? "[streamed body]"
                    : body.length == 0 ? "[no body]"
                    : Redaction.redactBody(new String(body, StandardCharsets.UTF_8));
            LOG.trace("<-- {} (request id {})\n{}\n{}", status, op.requestId(), headers(headers), text);
        }
    }

    static void failed(Operation<?> op, String loggedPath, Throwable failure, long nanos, int attempt,
                       int maxAttempts) {
        if (LOG.isDebugEnabled()) {
            LOG.debug("{} {} -> {}: {} in {} ms (attempt {}/{}, request id {})", op.method(), loggedPath,
                    failure.getClass().getSimpleName(), failure.getMessage(), millis(nanos), attempt, maxAttempts,
                    op.requestId());
        }
    }

    static void retrying(Operation<?> op, String loggedPath, int attempt, Duration wait) {
        LOG.debug("retrying {} {} in {} ms after attempt {} (request id {})", op.method(), loggedPath,
                wait.toMillis(), attempt, op.requestId());
    }

    static void notRetried(Operation<?> op, String loggedPath, int attempt, String reason) {
        LOG.debug("not retrying {} {} after attempt {}: {} (request id {})", op.method(), loggedPath, attempt,
                reason, op.requestId());
    }

    private static long millis(long nanos) {
        return nanos / 1_000_000;
    }

    private static String headers(HttpHeaders headers) {
        StringBuilder out = new StringBuilder();
        for (Map.Entry<String, List<String>> e : new TreeMap<>(headers.map()).entrySet()) {
            for (String value : e.getValue()) {
                out.append("  ").append(e.getKey()).append(": ").append(Redaction.header(e.getKey(), value))
                        .append('\n');
            }
        }
        return out.toString().stripTrailing();
    }
}
