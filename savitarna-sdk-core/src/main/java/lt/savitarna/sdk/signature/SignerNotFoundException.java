package lt.savitarna.sdk.signature;

import java.util.Locale;

/**
 * The e-signature service knows no account for the person (Smart-ID: HTTP 404 when starting a
 * session). The person has no Smart-ID, or typed another personal code or document number.
 * {@link NotMobileIdClientException} is the Mobile-ID case.
 *
 * <!-- sample: SigningFailures#account-and-device -->
 * <pre>{@code
 * try {
 *     return askThePerson(provider, person, listener);
 * } catch (NotMobileIdClientException | NotQualifiedAccountException | CertificateExpiredException e) {
 *     return "Use another method: " + e.getLocalizedMessage(); // no usable certificate for this one
 * } catch (SignerNotFoundException e) {
 *     return "Check the personal code: " + e.getLocalizedMessage(); // or get Smart-ID first
 * } catch (DocumentUnusableException | InteractionNotSupportedException | UserActionRequiredException e) {
 *     return "Open the Smart-ID app: " + e.getLocalizedMessage(); // it needs the person's attention
 * } catch (SignerDeviceException e) {
 *     return "The phone cannot sign now: " + e.getLocalizedMessage(); // SIM or SMS delivery trouble
 * }
 * }</pre>
 */
public class SignerNotFoundException extends SigningException {

    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param provider the provider's name
     * @param detail   a technical explanation, or {@code null}
     * @param locale   the language of {@link #getLocalizedMessage()}
     */
    public SignerNotFoundException(String provider, String detail, Locale locale) {
        this(SignatureErrorCodes.SIGNER_NOT_FOUND, provider, detail, locale);
    }

    /**
     * For subclasses with a code of their own.
     *
     * @param code     the code
     * @param provider the provider's name
     * @param detail   a technical explanation, or {@code null}
     * @param locale   the language of {@link #getLocalizedMessage()}
     */
    protected SignerNotFoundException(String code, String provider, String detail, Locale locale) {
        super(code, provider, detail, locale, null);
    }
}
