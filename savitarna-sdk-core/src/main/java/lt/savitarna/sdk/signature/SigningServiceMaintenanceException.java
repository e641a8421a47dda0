package lt.savitarna.sdk.signature;

import java.util.Locale;

/**
 * The Smart-ID service is in maintenance (HTTP 580): nothing is wrong with the request or the
 * person's account; try again later. {@link #getCode()} is {@code SIGNING_SERVICE_MAINTENANCE}.
 *
 * <pre>{@code
 * } catch (SigningServiceMaintenanceException e) {
 *     ui.showError(e.getLocalizedMessage()); // "try again later"
 * }
 * }</pre>
 */
public class SigningServiceMaintenanceException extends SigningServiceUnavailableException {

    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param provider the provider's name
     * @param detail   a technical explanation, or {@code null}
     * @param locale   the language of {@link #getLocalizedMessage()}
     */
    public SigningServiceMaintenanceException(String provider, String detail, Locale locale) {
        super(SignatureErrorCodes.SIGNING_SERVICE_MAINTENANCE, provider, 580, detail, locale, null);
    }
}
