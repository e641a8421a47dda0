package lt.savitarna.sdk.signature;

import java.util.Locale;

/**
 * The e-signature service did not recognise the relying party (HTTP 401): check the configured
 * relying party UUID and name. {@link #getCode()} is {@code SIGNING_UNAUTHORIZED}.
 *
 * <pre>{@code
 * } catch (RelyingPartyUnauthorizedException e) {
 *     alerts.page("Smart-ID / Mobile-ID relying party credentials are wrong");
 * }
 * }</pre>
 */
public class RelyingPartyUnauthorizedException extends SigningServiceException {

    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param provider the provider's name
     * @param detail   a technical explanation, or {@code null}
     * @param locale   the language of {@link #getLocalizedMessage()}
     */
    public RelyingPartyUnauthorizedException(String provider, String detail, Locale locale) {
        super(SignatureErrorCodes.SIGNING_UNAUTHORIZED, provider, 401, detail, locale, null);
    }
}
