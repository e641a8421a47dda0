package lt.savitarna.sdk.signature;

import java.util.Locale;

/**
 * The e-signature service is unavailable for now: maintenance (Smart-ID 580), a server error
 * (5xx) or no connection. Nothing was signed; the same operation may succeed later.
 *
 * <!-- sample: SigningFailures#service-failures -->
 * <pre>{@code
 * try {
 *     return offerAnotherMethod(provider, person, EmbeddedServices.printingCodes(operations));
 * } catch (SigningServiceMaintenanceException e) {
 *     return "SK's service is being maintained: " + e.getLocalizedMessage();
 * } catch (SigningServiceUnavailableException | SigningSessionNotFoundException e) {
 *     return "Please try again: " + e.getLocalizedMessage(); // network, HTTP 5xx, or a session gone
 * } catch (RelyingPartyUnauthorizedException | RelyingPartyForbiddenException
 *          | SigningClientOutdatedException | SigningRequestRejectedException e) {
 *     operations.println("ALERT " + e.getCode() + " (HTTP " + e.status() + "): " + e.getMessage());
 *     return "E-signing is unavailable: " + e.getLocalizedMessage(); // our credentials, contract or SDK
 * }
 * }</pre>
 */
public class SigningServiceUnavailableException extends SigningServiceException {

    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param code     {@code SIGNING_SERVICE_MAINTENANCE}, {@code SIGNING_SERVICE_ERROR} or {@code SIGNING_NETWORK_ERROR}
     * @param provider the provider's name
     * @param status   the HTTP status, or {@code 0}
     * @param detail   a technical explanation, or {@code null}
     * @param locale   the language of {@link #getLocalizedMessage()}
     * @param cause    the underlying failure, or {@code null}
     */
    public SigningServiceUnavailableException(String code, String provider, int status, String detail,
                                              Locale locale, Throwable cause) {
        super(code, provider, status, detail, locale, cause);
    }
}
