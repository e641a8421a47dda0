package lt.savitarna.sdk.signature;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Objects;

/**
 * The signer's certificate is not valid at this moment (per the provider's clock): it has expired
 * (code {@code CERTIFICATE_EXPIRED}) or is not valid yet ({@code CERTIFICATE_NOT_YET_VALID}). The
 * answer is refused. For an expired certificate the message tells the person to renew it:
 * Mobile-ID certificates are valid for 2 years and need a new certificate contract at the mobile
 * operator; Smart-ID certificates are valid for 3 years and are renewed in the Smart-ID app.
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
public class CertificateExpiredException extends ResponseValidationException {

    private static final long serialVersionUID = 1L;

    private final Instant notBefore;
    private final Instant notAfter;
    private final Instant checkedAt;

    /**
     * Creates the exception.
     *
     * @param provider  the provider's name, or {@code null}
     * @param notBefore the certificate's start of validity
     * @param notAfter  the certificate's end of validity
     * @param checkedAt the instant it was checked at
     * @param locale    the language of {@link #getLocalizedMessage()}
     */
    public CertificateExpiredException(String provider, Instant notBefore, Instant notAfter, Instant checkedAt,
                                       Locale locale) {
        super(checkedAt.isBefore(notBefore) ? SignatureErrorCodes.CERTIFICATE_NOT_YET_VALID
                        : SignatureErrorCodes.CERTIFICATE_EXPIRED, provider,
                "valid " + notBefore + " to " + notAfter + ", checked at " + checkedAt, locale, null);
        this.notBefore = Objects.requireNonNull(notBefore, "notBefore");
        this.notAfter = Objects.requireNonNull(notAfter, "notAfter");
        this.checkedAt = checkedAt;
    }

    /** {@return the certificate's start of validity} */
    public Instant notBefore() {
        return notBefore;
    }

    /** {@return the certificate's end of validity} */
    public Instant notAfter() {
        return notAfter;
    }

    /** {@return the instant the certificate was checked at} */
    public Instant checkedAt() {
        return checkedAt;
    }

    /** {@return whether the certificate has expired (rather than not being valid yet)} */
    public boolean hasExpired() {
        return SignatureErrorCodes.CERTIFICATE_EXPIRED.equals(getCode());
    }

    @Override
    protected Object[] textArguments() {
        return new Object[] {LocalDate.ofInstant(hasExpired() ? notAfter : notBefore, ZoneOffset.UTC).toString()};
    }
}
