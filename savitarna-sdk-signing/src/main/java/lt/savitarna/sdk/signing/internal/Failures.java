package lt.savitarna.sdk.signing.internal;

import java.util.Locale;
import lt.savitarna.sdk.signature.MalformedResponseException;
import lt.savitarna.sdk.signature.MissingFieldException;
import lt.savitarna.sdk.signature.SignatureErrorCodes;
import lt.savitarna.sdk.signature.SigningServiceException;
import lt.savitarna.sdk.signature.SigningServiceUnavailableException;
import lt.savitarna.sdk.signature.UnknownEndResultException;

/**
 * Makes the exceptions of one provider, so that every one carries the provider's name and the
 * configured language.
 *
 * <pre>{@code
 * Failures failures = new Failures("smart-id", locale);
 * throw failures.missing("signature.value");
 * }</pre>
 *
 * @param provider the provider's name
 * @param locale   the language of people-facing messages
 */
public record Failures(String provider, Locale locale) {

    /** A required field is missing. */
    public MissingFieldException missing(String field) {
        return new MissingFieldException(provider, field, "field '" + field + "' is missing", locale);
    }

    /** The answer does not have the protocol's shape. */
    public MalformedResponseException malformed(String detail) {
        return new MalformedResponseException(provider, detail, locale);
    }

    /** The answer does not have the protocol's shape, for a reason a library reported. */
    public MalformedResponseException malformed(String detail, Throwable cause) {
        return new MalformedResponseException(provider, detail, locale, cause);
    }

    /** An end result the protocol does not define. */
    public UnknownEndResultException unknownEndResult(String value) {
        return new UnknownEndResultException(provider, value, "end result '" + value + "' is not defined", locale);
    }

    /** A service error the person cannot fix. */
    public SigningServiceException service(String code, int status, String detail, Throwable cause) {
        return new SigningServiceException(code, provider, status, detail, locale, cause);
    }

    /** The service is unavailable for now. */
    public SigningServiceUnavailableException unavailable(String code, int status, String detail, Throwable cause) {
        return new SigningServiceUnavailableException(code, provider, status, detail, locale, cause);
    }

    /** The network failed. */
    public SigningServiceUnavailableException network(Throwable cause) {
        return unavailable(SignatureErrorCodes.SIGNING_NETWORK_ERROR, 0, String.valueOf(cause), cause);
    }
}
