package lt.savitarna.sdk.signature;

import java.util.Locale;

/**
 * The e-signature service no longer knows the session being polled (HTTP 404 on GET): it ended
 * long ago (SK keeps finished sessions for about five minutes) or never existed. Start again. {@link #getCode()} is {@code SIGNING_SESSION_NOT_FOUND}.
 *
 * <pre>{@code
 * } catch (SigningSessionNotFoundException e) {
 *     ui.showError(e.getLocalizedMessage()); // start the flow again
 * }
 * }</pre>
 */
public class SigningSessionNotFoundException extends SigningServiceException {

    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param provider the provider's name
     * @param detail   a technical explanation, or {@code null}
     * @param locale   the language of {@link #getLocalizedMessage()}
     */
    public SigningSessionNotFoundException(String provider, String detail, Locale locale) {
        super(SignatureErrorCodes.SIGNING_SESSION_NOT_FOUND, provider, 404, detail, locale, null);
    }
}
