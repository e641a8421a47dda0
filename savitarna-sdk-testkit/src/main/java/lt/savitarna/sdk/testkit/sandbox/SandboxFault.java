package lt.savitarna.sdk.testkit.sandbox;

import java.time.Duration;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * A fault to inject: which requests (HTTP method and a regular expression over the whole path,
 * without the query), how many of them, and what goes wrong. Add it with
 * {@link SandboxFaults#add(SandboxFault)}; the next {@code times} matching requests suffer it.
 * Immutable.
 *
 * <!-- sample: SandboxTestHooksExampleTest#faults -->
 * <pre>{@code
 * sandbox.faults().add(SandboxFault.on("GET", "/api/v1/me").times(2).unavailable(Duration.ofSeconds(1)));
 *
 * assertEquals(DemoData.JONAS_FIRST_NAME, session.me().firstName());
 * assertEquals(0, sandbox.faults().pending(), "both 503s were answered");
 * assertEquals(List.of(Duration.ofSeconds(1), Duration.ofSeconds(1)), waits, "the client obeyed Retry-After");
 * }</pre>
 */
public final class SandboxFault {

    /** What happens to a matching request. */
    public enum Action {
        /** Not processed; answered with a problem of the given status and code (and {@code Retry-After}). */
        STATUS,
        /** Not processed; the connection is closed without a response. */
        DROP_BEFORE_PROCESSING,
        /**
         * Processed completely (state and idempotency ledger updated), then the connection is
         * closed without a response: the client cannot know that it succeeded.
         */
        DROP_AFTER_COMMIT,
        /**
         * Processed completely; the headers announce the full {@code Content-Length}, half the body
         * is sent, and the connection is closed. A response without a body is dropped instead.
         */
        TRUNCATE_BODY,
        /** Processed completely; the response is sent after the delay. */
        DELAY,
        /** Not processed; answered with the given status, {@code application/json} and a broken body. */
        MALFORMED_JSON
    }

    private final String method;
    private final Pattern path;
    private final int times;
    private final Action action;
    private final int status;
    private final String code;
    private final Duration retryAfter;
    private final Duration delay;

    private SandboxFault(Builder builder, Action action, int status, String code, Duration retryAfter,
                         Duration delay) {
        this.method = builder.method;
        this.path = builder.path;
        this.times = builder.times;
        this.action = action;
        this.status = status;
        this.code = code;
        this.retryAfter = retryAfter;
        this.delay = delay;
    }

    /**
     * Starts a fault for requests with {@code method} ({@code "*"} for any) whose path matches
     * {@code pathRegex} completely, e.g. {@code "/api/v1/me"} or {@code "/api/v1/companies/.*"}.
     */
    public static Builder on(String method, String pathRegex) {
        return new Builder(method, pathRegex);
    }

    /** The method it applies to, upper case, or {@code "*"}. */
    public String method() {
        return method;
    }

    /** The regular expression the path must match. */
    public String pathRegex() {
        return path.pattern();
    }

    /** How many matching requests it applies to. */
    public int times() {
        return times;
    }

    public Action action() {
        return action;
    }

    /** The status sent for {@link Action#STATUS} and {@link Action#MALFORMED_JSON}; 0 otherwise. */
    public int status() {
        return status;
    }

    /** The problem code sent for {@link Action#STATUS}; {@code null} otherwise. */
    public String code() {
        return code;
    }

    /** The {@code Retry-After} sent for {@link Action#STATUS}, if any (always for 429 and 503). */
    public Optional<Duration> retryAfter() {
        return Optional.ofNullable(retryAfter);
    }

    /** The delay of {@link Action#DELAY}. */
    public Optional<Duration> delay() {
        return Optional.ofNullable(delay);
    }

    /** Whether a request with this method and raw path is one this fault applies to. */
    public boolean matches(String requestMethod, String rawPath) {
        return (method.equals("*") || method.equalsIgnoreCase(requestMethod)) && path.matcher(rawPath).matches();
    }

    @Override
    public String toString() {
        return "SandboxFault[" + method + " " + path.pattern() + " x" + times + " " + action
                + (status != 0 ? " " + status : "") + (delay != null ? " " + delay : "") + "]";
    }

    /** Chooses which requests and how many; ends with the action, which builds the fault. */
    public static final class Builder {

        private static final Duration DEFAULT_RETRY_AFTER = Duration.ofSeconds(1);

        private final String method;
        private final Pattern path;
        private int times = 1;

        private Builder(String method, String pathRegex) {
            Objects.requireNonNull(method, "method");
            Objects.requireNonNull(pathRegex, "pathRegex");
            if (method.isBlank()) {
                throw new IllegalArgumentException("method must not be blank; use \"*\" for any");
            }
            this.method = method.trim().toUpperCase(Locale.ROOT);
            try {
                this.path = Pattern.compile(pathRegex);
            } catch (PatternSyntaxException e) {
                throw new IllegalArgumentException("invalid path regex: " + e.getDescription(), e);
            }
        }

        /** Applies to the next {@code count} matching requests (default 1). */
        public Builder times(int count) {
            if (count < 1) {
                throw new IllegalArgumentException("times must be at least 1");
            }
            this.times = count;
            return this;
        }

        /** Answers with {@code status} and the code the contract uses for it. */
        public SandboxFault status(int status) {
            return status(status, defaultCode(status), null);
        }

        /** Answers with {@code status} and a problem with {@code code} ({@code null}: the usual one). */
        public SandboxFault status(int status, String code) {
            return status(status, code, null);
        }

        /**
         * Answers with {@code status}, a problem with {@code code} ({@code null}: the code the
         * contract uses for the status), and {@code Retry-After} ({@code null}: none, except that
         * 429 and 503 always carry one, 1 s by default).
         */
        public SandboxFault status(int status, String code, Duration retryAfter) {
            if (status < 400 || status > 599) {
                throw new IllegalArgumentException("a fault status is 4xx or 5xx");
            }
            String problemCode = code != null ? code : defaultCode(status);
            Duration after = retryAfter;
            if (after == null && (status == 429 || status == 503)) {
                after = DEFAULT_RETRY_AFTER;
            }
            if (after != null && after.isNegative()) {
                throw new IllegalArgumentException("retryAfter must not be negative");
            }
            return new SandboxFault(this, Action.STATUS, status, problemCode, after, null);
        }

        /** {@code 429 RATE_LIMITED} with {@code Retry-After}. */
        public SandboxFault rateLimited(Duration retryAfter) {
            return status(429, "RATE_LIMITED", Objects.requireNonNull(retryAfter, "retryAfter"));
        }

        /** {@code 503 SERVICE_UNAVAILABLE} with {@code Retry-After}. */
        public SandboxFault unavailable(Duration retryAfter) {
            return status(503, "SERVICE_UNAVAILABLE", Objects.requireNonNull(retryAfter, "retryAfter"));
        }

        public SandboxFault dropBeforeProcessing() {
            return new SandboxFault(this, Action.DROP_BEFORE_PROCESSING, 0, null, null, null);
        }

        public SandboxFault dropAfterCommit() {
            return new SandboxFault(this, Action.DROP_AFTER_COMMIT, 0, null, null, null);
        }

        public SandboxFault truncateBody() {
            return new SandboxFault(this, Action.TRUNCATE_BODY, 0, null, null, null);
        }

        /** Processes the request, then waits {@code duration} before answering. */
        public SandboxFault delay(Duration duration) {
            Objects.requireNonNull(duration, "duration");
            if (duration.isNegative()) {
                throw new IllegalArgumentException("delay must not be negative");
            }
            return new SandboxFault(this, Action.DELAY, 0, null, null, duration);
        }

        /** Answers {@code 200} with a broken JSON body, without processing the request. */
        public SandboxFault malformedJson() {
            return malformedJson(200);
        }

        /** Answers {@code status} with a broken JSON body, without processing the request. */
        public SandboxFault malformedJson(int status) {
            if (status < 200 || status > 599 || status == 204 || status == 304) {
                throw new IllegalArgumentException("a malformed body needs a status that has a body");
            }
            return new SandboxFault(this, Action.MALFORMED_JSON, status, null, null, null);
        }

        private static String defaultCode(int status) {
            return switch (status) {
                case 400 -> "VALIDATION_FAILED";
                case 401 -> "UNAUTHENTICATED";
                case 403 -> "FORBIDDEN";
                case 404 -> "NOT_FOUND";
                case 409 -> "IDEMPOTENCY_KEY_IN_USE";
                case 429 -> "RATE_LIMITED";
                case 503 -> "SERVICE_UNAVAILABLE";
                default -> "INTERNAL_ERROR";
            };
        }
    }
}
