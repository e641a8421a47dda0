package lt.savitarna.sdk.error;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import lt.savitarna.sdk.internal.i18n.Messages;

/**
 * The portal answered with an error ({@code application/problem+json}, or an error answer that
 * could not be read, which gets the code {@link ErrorCodes#UNEXPECTED_RESPONSE}). Subclasses name
 * the cases a user must act on; any other code arrives as a plain {@code ApiException}.
 *
 * <!-- sample: UnreliableNetwork#problem -->
 * <pre>{@code
 * try {
 *     out.println("Logged in as " + session.me().email());
 * } catch (ApiException e) {
 *     if (ErrorCodes.INTERNAL_ERROR.equals(e.code())) {
 *         out.println("The portal failed; quote request id " + e.requestId() + " to its support");
 *     } else {
 *         Problem problem = e.problem(); // as the portal sent it, with its title and detail
 *         out.println(problem.status() + " " + problem.code() + ": " + problem.detail());
 *     }
 * }
 * }</pre>
 */
public class ApiException extends SavitarnaException {

    private static final long serialVersionUID = 1L;

    private final Problem problem;
    private final Duration retryAfter;

    /**
     * Creates an exception for a problem answer.
     *
     * @param problem the problem as sent (or as the SDK reconstructed it)
     * @param locale  the language of {@link #getLocalizedMessage()}
     */
    public ApiException(Problem problem, Locale locale) {
        this(problem, locale, null);
    }

    /**
     * Creates an exception for a problem answer that carried {@code Retry-After}.
     *
     * @param problem    the problem as sent
     * @param locale     the language of {@link #getLocalizedMessage()}
     * @param retryAfter how long the portal asked to wait, or {@code null}
     */
    public ApiException(Problem problem, Locale locale, Duration retryAfter) {
        super(Objects.requireNonNull(problem, "problem").code(), problem.requestId(), locale, null);
        this.problem = problem;
        this.retryAfter = retryAfter;
    }

    /** The HTTP status; {@code 0} when the problem was found before anything was sent. */
    public int status() {
        return problem.status();
    }

    /** The stable machine code; same as {@link #getCode()}. */
    public String code() {
        return problem.code();
    }

    /** The request id; same as {@link #getRequestId()}. */
    public String requestId() {
        return problem.requestId();
    }

    /** Field-level details; empty when the problem is not about fields. */
    public List<FieldError> fieldErrors() {
        return problem.errors();
    }

    /** The whole problem detail, including the portal's {@code title} and {@code detail}. */
    public Problem problem() {
        return problem;
    }

    /** How long the portal asked to wait before trying again, when it said so. */
    public Optional<Duration> retryAfter() {
        return Optional.ofNullable(retryAfter);
    }

    /**
     * The SDK's own text for a known code; for an unknown code the portal's {@code detail} or
     * {@code title}, else a generic text with the status.
     */
    @Override
    public String message(Locale locale) {
        return Messages.find(locale, "error." + problem.code(), problem.status())
                .or(() -> Optional.ofNullable(problem.detail()).filter(s -> !s.isBlank()))
                .or(() -> Optional.ofNullable(problem.title()).filter(s -> !s.isBlank()))
                .orElseGet(() -> Messages.get(locale, "error.generic", problem.status()));
    }

    @Override
    void technicalDetails(StringBuilder text) {
        if (problem.status() > 0) {
            text.append("status ").append(problem.status()).append(", ");
        }
        if (problem.detail() != null && !problem.detail().isBlank()) {
            text.append("detail \"").append(problem.detail()).append("\", ");
        }
    }
}
