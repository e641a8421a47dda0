package lt.savitarna.sdk.testkit.sandbox.internal;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import lt.savitarna.sdk.testkit.sandbox.SandboxExchange;
import lt.savitarna.sdk.testkit.sandbox.SandboxFault;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one HTTP handler of the sandbox. For a portal request it counts it, applies a waiting
 * fault, authenticates, runs the idempotency ledger and the route's handler, turns problems into
 * {@code application/problem+json}, echoes {@code X-Request-Id}, records the exchange and sends
 * (or, by fault, damages) the response. Requests under {@code /_sandbox} skip faults, counters and
 * recording.
 */
public final class Dispatcher implements HttpHandler {

    public static final String SANDBOX_PATH = "/_sandbox";

    private static final Logger LOG = LoggerFactory.getLogger(Dispatcher.class);
    private static final int MAX_REQUEST_ID = 200;
    private static final int MAX_IDEMPOTENCY_KEY = 255;
    private static final byte[] MALFORMED_JSON =
            "{\"items\": [{\"id\": \"agrokoncernas\", \"name\": \"UAB".getBytes(StandardCharsets.UTF_8);

    private final SandboxState state;
    private final Router api;
    private final Router sandbox;
    private final IdempotencyLedger ledger;
    private final FaultPlan faults;
    private final RequestCounters counters;
    private final ExchangeRecorder recorder;

    public Dispatcher(SandboxState state, Router api, Router sandbox, IdempotencyLedger ledger, FaultPlan faults,
                      RequestCounters counters, ExchangeRecorder recorder) {
        this.state = state;
        this.api = api;
        this.sandbox = sandbox;
        this.ledger = ledger;
        this.faults = faults;
        this.counters = counters;
        this.recorder = recorder;
    }

    @Override
    public void handle(HttpExchange exchange) {
        try {
            serve(exchange);
        } catch (IOException e) {
            LOG.debug("sandbox: connection ended early: {}", e.toString());
        } catch (RuntimeException e) {
            LOG.warn("sandbox: unexpected failure", e);
        } finally {
            exchange.close();
        }
    }

    private void serve(HttpExchange exchange) throws IOException {
        IncomingRequest request = IncomingRequest.read(exchange);
        String requestId = requestId(request);
        String path = request.rawPath();
        if (path.equals(SANDBOX_PATH) || path.startsWith(SANDBOX_PATH + "/")) {
            Response response = process(request, sandbox.match(request.method(), path), requestId);
            send(exchange, withRequestId(response, requestId));
            return;
        }
        RouteMatch match = api.match(request.method(), path);
        String template = match.templateText();
        counters.increment(request.method(), template != null ? template : path);
        SandboxFault fault = faults.take(request.method(), path).orElse(null);
        if (fault == null) {
            Response response = withRequestId(process(request, match, requestId), requestId);
            record(request, template, response, null);
            log(request, template, response.status(), null);
            send(exchange, response);
            return;
        }
        log(request, template, 0, fault);
        if (fault.action() == SandboxFault.Action.DROP_BEFORE_PROCESSING) {
            record(request, template, null, fault);
            // Closing an exchange before its response headers closes the connection itself.
            exchange.close();
            return;
        }
        Response response = switch (fault.action()) {
            case STATUS -> ProblemWriter.toResponse(injectedProblem(fault), requestId);
            case MALFORMED_JSON -> Response.of(fault.status(), Response.JSON, MALFORMED_JSON);
            default -> process(request, match, requestId);
        };
        response = withRequestId(response, requestId);
        record(request, template, response, fault);
        switch (fault.action()) {
            case DROP_AFTER_COMMIT -> exchange.close();
            case TRUNCATE_BODY -> sendTruncated(exchange, response);
            case DELAY -> {
                pause(fault.delay().orElse(Duration.ZERO));
                send(exchange, response);
            }
            default -> send(exchange, response);
        }
    }

    /** Authentication, idempotency ledger and handler; every outcome becomes a response. */
    private Response process(IncomingRequest request, RouteMatch match, String requestId) {
        RequestContext context = new RequestContext(request, match.variables(), requestId, state);
        try {
            Route route = match.route().orElseThrow(() -> new ProblemException(match.allowedMethods().isEmpty()
                    ? Problem.notFound("No such resource")
                    : Problem.methodNotAllowed(String.join(", ", match.allowedMethods()))));
            String ledgerScope = switch (route.access()) {
                case PUBLIC -> "-";
                case BEARER -> context.account().id();
                case SCOPED -> {
                    context.scope();
                    yield context.account().id();
                }
            };
            Optional<String> key = idempotencyKey(route, request);
            if (key.isEmpty()) {
                return route.handler().handle(context);
            }
            // Keys are per caller: two accounts never see each other's results.
            String ledgerKey = ledgerScope + '\n' + key.get();
            Optional<Response> replay = ledger.begin(ledgerKey,
                    IdempotencyLedger.fingerprint(request.method(), request.rawPath(), request.fingerprintBody()));
            if (replay.isPresent()) {
                return replay.get().withHeader("Idempotent-Replayed", "true");
            }
            Response response = null;
            try {
                response = route.handler().handle(context);
                return response;
            } finally {
                ledger.complete(ledgerKey, response);
            }
        } catch (ProblemException e) {
            return ProblemWriter.toResponse(e.problem(), requestId);
        } catch (RuntimeException e) {
            LOG.warn("sandbox: {} {} failed", request.method(), match.templateText(), e);
            return ProblemWriter.toResponse(Problem.internalError(), requestId);
        }
    }

    private static Optional<String> idempotencyKey(Route route, IncomingRequest request) {
        if (route.idempotency() == Idempotency.NONE) {
            return Optional.empty();
        }
        Optional<String> key = request.header("idempotency-key");
        if (key.isEmpty()) {
            if (route.idempotency() == Idempotency.REQUIRED) {
                throw new ProblemException(Problem.validation(List.of(
                        new FieldError("Idempotency-Key", "REQUIRED", "header is required for this request"))));
            }
            return key;
        }
        String value = key.get();
        if (value.isEmpty() || value.length() > MAX_IDEMPOTENCY_KEY || !printableAscii(value)) {
            throw new ProblemException(Problem.validation(List.of(new FieldError("Idempotency-Key", "INVALID",
                    "must be 1.." + MAX_IDEMPOTENCY_KEY + " printable ASCII characters"))));
        }
        return key;
    }

    private static String requestId(IncomingRequest request) {
        return request.header("x-request-id")
                .filter(id -> !id.isEmpty() && id.length() <= MAX_REQUEST_ID && printableAscii(id))
                .orElseGet(() -> UUID.randomUUID().toString());
    }

    private static boolean printableAscii(String value) {
        return value.chars().allMatch(c -> c >= 0x20 && c <= 0x7e);
    }

    private static Response withRequestId(Response response, String requestId) {
        return response.withHeader("X-Request-Id", requestId);
    }

    private static Problem injectedProblem(SandboxFault fault) {
        Problem problem = Problem.of(fault.status(), fault.code(), "Injected by a sandbox fault");
        if (fault.retryAfter().isPresent()) {
            problem = problem.withHeader("Retry-After", Long.toString(seconds(fault.retryAfter().get())));
        }
        return problem;
    }

    private static long seconds(Duration duration) {
        long whole = duration.getSeconds();
        return duration.getNano() > 0 ? whole + 1 : whole;
    }

    private static void pause(Duration delay) throws IOException {
        try {
            Thread.sleep(delay.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("sandbox stopped while delaying a response", e);
        }
    }

    private static void send(HttpExchange exchange, Response response) throws IOException {
        copyHeaders(exchange, response);
        if (response.isStreamed()) {
            long length = response.streamLength();
            exchange.sendResponseHeaders(response.status(), length == 0 ? -1 : length);
            if (length > 0) {
                try (OutputStream out = exchange.getResponseBody()) {
                    response.writer().writeTo(out);
                }
            }
            return;
        }
        int length = response.bodyLength();
        exchange.sendResponseHeaders(response.status(), length == 0 ? -1 : length);
        if (length > 0) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(response.body());
            }
        }
    }

    private static void sendTruncated(HttpExchange exchange, Response response) throws IOException {
        int status = response.status();
        long length = response.isStreamed() ? response.streamLength() : response.bodyLength();
        if (length == 0 || status == 204 || status == 304) {
            exchange.close();
            return;
        }
        copyHeaders(exchange, response);
        exchange.sendResponseHeaders(status, length);
        OutputStream out = exchange.getResponseBody();
        if (response.isStreamed()) {
            try {
                response.writer().writeTo(new CutOffOutputStream(out, length / 2));
            } catch (CutOffOutputStream.CutOff e) {
                // the planned end of the damaged body
            }
        } else {
            out.write(response.body(), 0, (int) (length / 2));
        }
        out.flush();
        // Closing with bytes still owed makes the server drop the connection mid-body.
        exchange.close();
    }

    private static void copyHeaders(HttpExchange exchange, Response response) {
        Headers headers = exchange.getResponseHeaders();
        response.headers().forEach(headers::put);
    }

    private void record(IncomingRequest request, String template, Response response, SandboxFault fault) {
        recorder.record(new SandboxExchange(request.method(), request.rawPath(), request.rawQuery(), template,
                request.headers(), request.body(), response == null ? 0 : response.status(),
                response == null ? Map.of() : response.headers(),
                response != null && response.isJson() ? response.body() : null,
                fault == null ? null : fault.action().name()));
    }

    private static void log(IncomingRequest request, String template, int status, SandboxFault fault) {
        if (LOG.isDebugEnabled()) {
            String route = template != null ? template : "(no route)";
            if (fault != null) {
                LOG.debug("sandbox: {} {} fault {}", request.method(), route, fault.action());
            } else {
                LOG.debug("sandbox: {} {} -> {}", request.method(), route, status);
            }
        }
    }
}
