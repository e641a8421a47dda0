package lt.savitarna.sdk.signature;

import java.util.Locale;

/**
 * The relying party may not do this (HTTP 403), for example use ADVANCED-level Smart-ID accounts:
 * the relying party's contract with SK decides. {@link #getCode()} is {@code SIGNING_FORBIDDEN}.
 *
 * <pre>{@code
 * } catch (RelyingPartyForbiddenException e) {
 *     alerts.page("the relying party lacks a permission: " + e.getMessage());
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
