package lt.savitarna.sdk.signature;

import java.util.Locale;
import lt.savitarna.sdk.error.SavitarnaException;
import lt.savitarna.sdk.internal.i18n.SignatureMessages;

/**
 * An e-signature operation failed. The subtypes name what a person or an integrator must act on;
 * {@link #getLocalizedMessage()} says what to do in Lithuanian or English, {@link #getMessage()}
 * adds the technical detail for logs, and {@link #getCode()} is a stable machine code from
 * {@link SignatureErrorCodes}.
 *
 * <pre>
 * SigningException
 * ├── SignatureRefusedException          the person declined on the phone
 * ├── SignatureTimeoutException          no answer in time (the service's or the SDK's deadline)
 * ├── WrongVerificationCodeException     the person picked another verification code
 * ├── NotQualifiedAccountException       Smart-ID account is not qualified (471)
 * ├── SignerNotFoundException            no Smart-ID account (404)
 * │   └── NotMobileIdClientException     no Mobile-ID on this phone and personal code
 * ├── PhoneAbsentException               the phone is off or out of reach
 * ├── SignerDeviceException              SIM, delivery, app or account trouble (code tells which)
 * ├── UserActionRequiredException        the person must open the Smart-ID app (472)
 * ├── SigningServiceException            the service refused the relying party's request (status, code)
 * │   └── SigningServiceUnavailableException  maintenance, server error, network: try later
 * ├── SigningCancelledException          interrupted or cancelled by the caller
 * └── ResponseValidationException        the answer is not trustworthy: nothing is confirmed
 *     ├── BadSignatureException, SignedOtherHashException, UntrustedCertificateException,
 *     ├── CertificateExpiredException, IdentityMismatchException, CertificateLevelException,
 *     └── KeyUsageException, MissingFieldException, UnknownEndResultException, MalformedResponseException
 * </pre>
 *
 * <!-- sample: SigningFailures#error-codes -->
 * <pre>{@code
 * try {
 *     return rejectUntrustworthyAnswers(provider, person, operations);
 * } catch (SigningServiceException e) { // e.g. TLS failures, unexpected HTTP statuses
 *     // getCode() is one of SignatureErrorCodes: stable, unlike the messages
 *     boolean pinsOutdated = SignatureErrorCodes.SIGNING_TLS_PIN_MISMATCH.equals(e.getCode());
 *     operations.println((pinsOutdated ? "ALERT update SK's TLS pins: " : "ALERT ") + e.getMessage());
 *     return "E-signing is unavailable: " + e.getLocalizedMessage();
 * } catch (SigningException e) {
 *     return "Sign-in failed: " + e.getLocalizedMessage();
 * }
 * }</pre>
 */
public class SigningException extends SavitarnaException {

    private static final long serialVersionUID = 1L;

    private final String provider;
    private final String detail;

    /**
     * Creates the exception; normally only providers do, but handlers can be tested with it.
     *
     * @param code     the stable machine code (see {@link SignatureErrorCodes})
     * @param provider the provider's name, or {@code null}
     * @param detail   a technical explanation in English for logs, or {@code null}; never a personal code
     * @param locale   the language of {@link #getLocalizedMessage()}; {@code null} means English
     * @param cause    the underlying failure, or {@code null}
     */
    public SigningException(String code, String provider, String detail, Locale locale, Throwable cause) {
        super(code, null, locale, cause);
        this.provider = provider;
        this.detail = detail;
    }

    /** {@return the provider's name, e.g. {@code smart-id}, or {@code null} when not known} */
    public String provider() {
        return provider;
    }

    /** {@return the technical explanation for logs, or {@code null}} */
    public String detail() {
        return detail;
    }

    /**
     * What happened and what to do, for people: Lithuanian for {@code lt}, English otherwise. A
     * provider-specific text is used where there is one.
     */
    @Override
    public String message(Locale locale) {
        return SignatureMessages.find(locale, "error." + getCode(), provider, textArguments())
                .orElseGet(() -> SignatureMessages.get(locale, "error.SIGNING_FAILED"));
    }

    /** Arguments of the message pattern of {@link #getCode()}; none by default. */
    protected Object[] textArguments() {
        return new Object[0];
    }

    /** The English message followed by the detail, the provider and the code. */
    @Override
    public String getMessage() {
        StringBuilder text = new StringBuilder(message(Locale.ENGLISH)).append(" [");
        if (detail != null && !detail.isBlank()) {
            text.append(detail).append(", ");
        }
        if (provider != null) {
            text.append("provider ").append(provider).append(", ");
        }
        return text.append("code ").append(getCode()).append(']').toString();
    }
}
