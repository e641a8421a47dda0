package lt.savitarna.sdk.signing.internal;

import jakarta.json.JsonObject;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.regex.Pattern;
import javax.net.ssl.SSLException;
import lt.savitarna.sdk.signature.SignatureErrorCodes;
import lt.savitarna.sdk.signature.SigningException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The HTTP side of an SK relying-party API: the JDK client on HTTP/1.1 (the v2 APIs speak nothing
 * else), TLS with the pinning trust manager, JSON bodies, and every failure typed. A POST starts a
 * session and is never repeated (a repeat could start a second prompt on the phone); a status
 * request is repeated twice after a network failure.
 *
 * <p>Every exchange is asynchronous: the client runs on the few shared threads of {@link Async},
 * and a session waiting on the phone is one open connection and a pending future. HTTP/1.1 has
 * one exchange per connection, so every waiting long poll has its own connection. The JDK client
 * never limits open connections; its pool only keeps idle ones for reuse, as many as
 * {@code jdk.httpclient.connectionPoolSize} allows (default 0: no limit), and none is set here.
 *
 * <p>Logs name the operation and the status only: paths carry personal codes and session ids.
 *
 * <pre>{@code
 * SkHttp http = new SkHttp(settings, StatusMapping.SMART_ID);
 * CompletableFuture<JsonObject> started = http.postAsync(flow, "authentication", "authentication/etsi/" + id, body);
 * }</pre>
 */
public final class SkHttp {

    private static final Logger LOG = LoggerFactory.getLogger(SkHttp.class);
    private static final Pattern SESSION_ID = Pattern.compile("[A-Za-z0-9-]{1,100}");
    private static final int POLL_RETRIES = 2;
    private static final int MAX_DETAIL = 200;
    /** Eleven digits (Lithuanian, Estonian) or six, a dash and five (Latvian), not inside a longer number. */
    private static final Pattern PERSONAL_CODE = Pattern.compile("(?<!\\d)(\\d{11}|\\d{6}-\\d{5})(?!\\d)");

    private final ServiceSettings settings;
    private final StatusMapping mapping;
    private final Failures failures;
    private final HttpClient client;
    /** Connections the client opened, counted over TLS only; {@code null} on plain HTTP (tests): no POST resent. */
    private final OpenedConnections opened;

    /**
     * Creates the HTTP side of one provider.
     *
     * @param settings the provider's settings
     * @param mapping  the provider's status mapping
     */
    public SkHttp(ServiceSettings settings, StatusMapping mapping) {
        this.settings = settings;
        this.mapping = mapping;
        this.failures = settings.failures();
        HttpClient.Builder b = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(settings.connectTimeout())
                .followRedirects(HttpClient.Redirect.NEVER)
                // A few shared threads handle every answer: a session waiting on the phone holds none.
                .executor(Async.executor());
        if ("https".equalsIgnoreCase(settings.baseUri().getScheme())) {
            this.opened = new OpenedConnections();
            b.sslContext(opened.counting(PinningTrustManager.sslContext(settings.tlsPins(), settings.extraServerCas(),
                    settings.clock(), settings.pinExpiryWarning(), settings.pinWarnings())));
        } else {
            this.opened = null;
        }
        this.client = b.build();
    }

    /** Starts something with a POST and reads the JSON answer; the flow can cancel the exchange. */
    public CompletableFuture<JsonObject> postAsync(AsyncFlow<?> flow, String operation, String path,
                                                   JsonObject body) {
        HttpRequest request = HttpRequest.newBuilder(resolve(path))
                .timeout(settings.requestTimeout())
                .header("Content-Type", "application/json; charset=UTF-8")
                .header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(SkJson.write(body)))
                .build();
        return send(flow, operation, request, true);
    }

    /**
     * Reads a session's status with a GET whose HTTP timeout exceeds the long-poll time; a network
     * failure is tried again after a pause, twice.
     */
    public CompletableFuture<JsonObject> getAsync(AsyncFlow<?> flow, String operation, String pathAndQuery,
                                                  Duration timeout) {
        HttpRequest request = HttpRequest.newBuilder(resolve(pathAndQuery))
                .timeout(timeout)
                .header("Accept", "application/json")
                .GET()
                .build();
        return get(flow, operation, request, 0);
    }

    private CompletableFuture<JsonObject> get(AsyncFlow<?> flow, String operation, HttpRequest request, int attempt) {
        if (flow.isDone()) {
            return flow.stopped();
        }
        return send(flow, operation, request, false).exceptionallyCompose(failure -> {
            Throwable cause = Async.unwrap(failure);
            boolean network = cause instanceof SigningException e
                    && SignatureErrorCodes.SIGNING_NETWORK_ERROR.equals(e.getCode());
            if (!network || attempt >= POLL_RETRIES || flow.isDone()) {
                return CompletableFuture.failedFuture(cause);
            }
            LOG.debug("{} status request failed ({}); trying again", operation, ((SigningException) cause).detail());
            return Async.pause(flow, settings.sleeper(), Duration.ofSeconds(1L << attempt))
                    .thenCompose(v -> get(flow, operation, request, attempt + 1));
        });
    }

    /**
     * Checks a session id from an answer before it becomes part of a path.
     *
     * @throws lt.savitarna.sdk.signature.MalformedResponseException when it has another form
     */
    public String sessionId(String id) {
        if (!SESSION_ID.matcher(id).matches()) {
            throw failures.malformed("the session id is not letters, digits and dashes");
        }
        return id;
    }

    private CompletableFuture<JsonObject> send(AsyncFlow<?> flow, String operation, HttpRequest request,
                                               boolean post) {
        if (flow.isDone()) {
            return flow.stopped();
        }
        long openedBefore = opened == null ? -1 : opened.count();
        CompletableFuture<HttpResponse<byte[]>> exchange = flow.track(
                client.sendAsync(request, HttpResponse.BodyHandlers.ofByteArray())).exceptionallyCompose(failure -> {
                    Throwable cause = Async.unwrap(failure);
                    if (flow.isDone() || !mayResend(cause, post, openedBefore)) {
                        return CompletableFuture.failedFuture(cause);
                    }
                    LOG.debug("{} {}: the kept-alive connection was closed before any answer; sending again",
                            request.method(), operation);
                    return flow.track(client.sendAsync(request, HttpResponse.BodyHandlers.ofByteArray()));
                });
        return exchange.handleAsync((response, failure) -> {
            if (failure != null) {
                Throwable cause = Async.unwrap(failure);
                if (cause instanceof IOException e) {
                    throw transportFailure(e);
                }
                if (cause instanceof RuntimeException e) {
                    throw e;
                }
                throw new CompletionException(cause);
            }
            LOG.debug("{} {} -> HTTP {}", request.method(), operation, response.statusCode());
            if (response.statusCode() != 200) {
                throw mapping.map(response.statusCode(), post, detail(response.body()), failures);
            }
            return SkJson.parse(response.body(), failures);
        }, Async.executor());
    }

    /**
     * Whether a failed exchange may be sent once more, at once. Only a failure before a single
     * byte of the answer arrived qualifies: that is how a kept-alive connection the server had
     * already closed shows (the JDK client says "HTTP/1.1 header parser received no bytes", with
     * an EOF or a reset as its cause; a failure after some bytes has other words and is never
     * resent here). A status GET is safe to send again whatever happened to the first one.
     *
     * <p>A session-start POST is not: if the service read it and then lost the connection, a
     * second POST would start a second session and a second prompt on the phone (HTTP lets a
     * client repeat a POST on its own only when it can tell the first was never applied). It is
     * resent only if it went over a connection taken from the pool (no connection was opened while
     * it was in flight, see {@link OpenedConnections}) and that connection ended before any answer:
     * the server closing an idle kept-alive connection just as the request arrived, before reading
     * it. That is the very case the JDK client retries by itself for GETs, and a service that read
     * a session start answers it, with a session or an error, rather than dropping the connection.
     * A POST on a fresh connection that ends without an answer may have been read, so it is not
     * resent; neither is anything on plain HTTP, where connections are not counted. One resend at
     * most, so a server that keeps dropping requests still fails fast.
     */
    private boolean mayResend(Throwable cause, boolean post, long openedBefore) {
        if (!closedBeforeAnyAnswer(cause)) {
            return false;
        }
        return !post || (opened != null && opened.count() == openedBefore);
    }

    /** The JDK client's words for a connection that ended before the first byte of an answer. */
    private static boolean closedBeforeAnyAnswer(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof IOException && t.getMessage() != null
                    && t.getMessage().startsWith("HTTP/1.1 header parser received no bytes")) {
                return true;
            }
        }
        return false;
    }

    private SigningException transportFailure(IOException e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof PinningTrustManager.PinMismatchException) {
                return failures.service(SignatureErrorCodes.SIGNING_TLS_PIN_MISMATCH, 0, t.getMessage(), e);
            }
        }
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SSLException) {
                return failures.service(SignatureErrorCodes.SIGNING_TLS_FAILED, 0, String.valueOf(t.getMessage()), e);
            }
        }
        return failures.network(e);
    }

    private URI resolve(String path) {
        return settings.baseUri().resolve(path);
    }

    private static String detail(byte[] body) {
        if (body == null || body.length == 0) {
            return null;
        }
        // The excerpt ends up in an exception message: a personal code the service echoed (in a
        // document number such as PNOLT-30303039914-MOCK-Q) must not travel with it.
        String text = PERSONAL_CODE.matcher(new String(body, StandardCharsets.UTF_8).strip().replaceAll("\\s+", " "))
                .replaceAll("***********");
        return text.length() > MAX_DETAIL ? text.substring(0, MAX_DETAIL) + "…" : text;
    }
}
