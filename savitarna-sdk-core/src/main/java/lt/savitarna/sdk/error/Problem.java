package lt.savitarna.sdk.error;

import java.io.Serializable;
import java.util.List;

/**
 * An RFC 9457 problem detail as the portal sent it ({@code application/problem+json}), with the
 * portal's extensions {@code code}, {@code requestId} and {@code errors}.
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
 *
 * @param type      a URI naming the problem type, or {@code null}
 * @param title     a short summary for people, or {@code null}
 * @param status    the HTTP status; {@code 0} for problems found before anything was sent
 * @param detail    an explanation of this occurrence for people, or {@code null}
 * @param instance  a URI of this occurrence, or {@code null}
 * @param code      the stable machine code (see {@link ErrorCodes})
 * @param requestId the request id of the call, or {@code null}
 * @param errors    field-level details, never {@code null}
 */
public record Problem(String type, String title, int status, String detail, String instance,
                      String code, String requestId, List<FieldError> errors) implements Serializable {

    /** Copies {@code errors} and fills a missing code with {@link ErrorCodes#UNEXPECTED_RESPONSE}. */
    public Problem {
        errors = errors == null ? List.of() : List.copyOf(errors);
        code = code == null || code.isBlank() ? ErrorCodes.UNEXPECTED_RESPONSE : code;
    }

    /** A problem with only a status, a code and a request id, e.g. for tests. */
    public static Problem of(int status, String code, String requestId) {
        return new Problem(null, null, status, null, null, code, requestId, List.of());
    }
}
