package lt.savitarna.sdk.signature;

import java.util.Locale;

/**
 * The relying party may not do this (HTTP 403), for example use ADVANCED-level Smart-ID accounts:
 * the relying party's contract with SK decides. {@link #getCode()} is {@code SIGNING_FORBIDDEN}.
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
public class RelyingPartyForbiddenException extends SigningServiceException {

    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param provider the provider's name
     * @param detail   a technical explanation, or {@code null}
     * @param locale   the language of {@link #getLocalizedMessage()}
     */
    public RelyingPartyForbiddenException(String provider, String detail, Locale locale) {
        super(SignatureErrorCodes.SIGNING_FORBIDDEN, provider, 403, detail, locale, null);
    }
}
