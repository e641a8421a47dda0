package lt.savitarna.sdk.signature;

import java.util.Locale;

/**
 * The certificate's level, as the service reported it, is lower than the level asked for (for
 * example {@code ADVANCED} when {@code QUALIFIED} was requested), or was not reported.
 *
 * <pre>{@code
 * } catch (CertificateLevelException e) {
 *     securityLog.warn("rejected e-signature answer: {}", e.getMessage());
 * }
 * }</pre>
 */
public class CertificateLevelException extends ResponseValidationException {

    private static final long serialVersionUID = 1L;

    private final CertificateLevel requested;

    /**
     * Creates the exception.
     *
     * @param provider the provider's name, or {@code null}
     * @param requested the level that was asked for
     * @param detail   a technical explanation
     * @param locale   the language of {@link #getLocalizedMessage()}
     */
    public CertificateLevelException(String provider, CertificateLevel requested, String detail, Locale locale) {
        super(SignatureErrorCodes.RESPONSE_CERTIFICATE_LEVEL_TOO_LOW, provider, detail, locale, null);
        this.requested = requested;
    }

    /** {@return the level that was asked for} */
    public CertificateLevel requested() {
        return requested;
    }
}
