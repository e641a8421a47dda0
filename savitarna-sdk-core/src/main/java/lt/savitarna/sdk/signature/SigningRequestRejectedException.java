package lt.savitarna.sdk.signature;

import java.util.Locale;

/**
 * The e-signature service rejected the request as malformed (HTTP 400): a defect in the
 * integration or its configuration, not something the person can fix. {@link #getCode()} is {@code SIGNING_BAD_REQUEST}.
 *
 * <pre>{@code
 * } catch (SigningRequestRejectedException e) {
 *     log.error("fix the request: {}", e.getMessage(), e);
 * }
 * }</pre>
 */
public class SigningRequestRejectedException extends SigningServiceException {

    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param provider the provider's name
     * @param detail   a technical explanation, or {@code null}
     * @param locale   the language of {@link #getLocalizedMessage()}
     */
    public SigningRequestRejectedException(String provider, String detail, Locale locale) {
        super(SignatureErrorCodes.SIGNING_BAD_REQUEST, provider, 400, detail, locale, null);
    }
}
