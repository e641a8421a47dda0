package lt.savitarna.sdk.signing.internal;

import lt.savitarna.sdk.signature.RelyingPartyForbiddenException;
import lt.savitarna.sdk.signature.RelyingPartyUnauthorizedException;
import lt.savitarna.sdk.signature.SigningClientOutdatedException;
import lt.savitarna.sdk.signature.SigningRequestRejectedException;
import lt.savitarna.sdk.signature.SigningServiceMaintenanceException;
import lt.savitarna.sdk.signature.SigningSessionNotFoundException;
import lt.savitarna.sdk.signature.NotQualifiedAccountException;
import lt.savitarna.sdk.signature.SignatureErrorCodes;
import lt.savitarna.sdk.signature.SignerNotFoundException;
import lt.savitarna.sdk.signature.SigningException;
import lt.savitarna.sdk.signature.UserActionRequiredException;

/**
 * Turns an HTTP error status of an SK service into its exception. Smart-ID defines more statuses
 * than Mobile-ID (404 on a new session, 471, 472, 480, 580); a status a service does not define is
 * {@code SIGNING_UNEXPECTED_STATUS}, or {@code SIGNING_SERVICE_ERROR} when it is a 5xx.
 *
 * <pre>{@code
 * throw StatusMapping.SMART_ID.map(471, true, body, failures); // NotQualifiedAccountException
 * }</pre>
 */
public enum StatusMapping {
    /** Smart-ID RP API v2. */
    SMART_ID(true),
    /** Mobile-ID REST API. */
    MOBILE_ID(false);

    private final boolean smartId;

    StatusMapping(boolean smartId) {
        this.smartId = smartId;
    }

    /**
     * The exception for a status.
     *
     * @param status   the HTTP status, not 200
     * @param post     whether the request started a session (POST) rather than polled one (GET)
     * @param detail   a short technical detail from the answer, or {@code null}
     * @param failures the provider's exception factory
     * @return the exception to throw
     */
    public SigningException map(int status, boolean post, String detail, Failures failures) {
        String text = "HTTP " + status + (post ? " on POST" : " on GET") + (detail == null ? "" : ": " + detail);
        switch (status) {
            case 400:
                return new SigningRequestRejectedException(failures.provider(), text, failures.locale());
            case 401:
                return new RelyingPartyUnauthorizedException(failures.provider(), text, failures.locale());
            case 403:
                return new RelyingPartyForbiddenException(failures.provider(), text, failures.locale());
            case 404:
                if (!post) {
                    return new SigningSessionNotFoundException(failures.provider(), text, failures.locale());
                }
                if (smartId) {
                    return new SignerNotFoundException(failures.provider(), text, failures.locale());
                }
                break;
            case 471:
                if (smartId) {
                    return new NotQualifiedAccountException(failures.provider(), text, failures.locale());
                }
                break;
            case 472:
                if (smartId) {
                    return new UserActionRequiredException(failures.provider(), text, failures.locale());
                }
                break;
            case 480:
                if (smartId) {
                    return new SigningClientOutdatedException(failures.provider(), text, failures.locale());
                }
                break;
            case 580:
                if (smartId) {
                    return new SigningServiceMaintenanceException(failures.provider(), text, failures.locale());
                }
                break;
            default:
                break;
        }
        if (status >= 500 && status <= 599) {
            return failures.unavailable(SignatureErrorCodes.SIGNING_SERVICE_ERROR, status, text, null);
        }
        return failures.service(SignatureErrorCodes.SIGNING_UNEXPECTED_STATUS, status, text, null);
    }
}
