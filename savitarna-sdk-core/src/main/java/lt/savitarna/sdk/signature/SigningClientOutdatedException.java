package lt.savitarna.sdk.signature;

import java.util.Locale;

/**
 * The e-signature service no longer supports this client's protocol version (Smart-ID HTTP 480):
 * the SDK must be upgraded. {@link #getCode()} is {@code SIGNING_CLIENT_OUTDATED}.
 *
 * <pre>{@code
 * } catch (SigningClientOutdatedException e) {
 *     alerts.page("upgrade the Savitarna SDK: " + e.getMessage());
 * }
 * }</pre>
 */
public class SigningClientOutdatedException extends SigningServiceException {

    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param provider the provider's name
     * @param detail   a technical explanation, or {@code null}
     * @param locale   the language of {@link #getLocalizedMessage()}
     */
    public SigningClientOutdatedException(String provider, String detail, Locale locale) {
        super(SignatureErrorCodes.SIGNING_CLIENT_OUTDATED, provider, 480, detail, locale, null);
    }
}
