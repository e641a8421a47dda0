package lt.savitarna.sdk.signature;

import java.util.Locale;
import lt.savitarna.sdk.internal.i18n.SignatureMessages;

/**
 * The service's answer cannot be trusted, so nothing is confirmed: the signature does not verify
 * over what was sent, the certificate is not trusted, not valid, not the person's or not fit for
 * the purpose, or the answer is incomplete or malformed. Each case is a subtype with its own code.
 * This can be an attack (a forged or replayed answer) or a misconfiguration (trust anchors); log
 * it and do not retry blindly.
 *
 * <!-- sample: SignDigestWithSmartId#validate-certificate -->
 * <pre>{@code
 * CertificateValidator validator = CertificateValidator.builder()
 *         .trustAnchors(TrustAnchors.fromPem(trustAnchorsPem)) // e.g. SK's published intermediates
 *         .build();
 * try {
 *     NationalIdentity signer = validator.validate(signature.certificate(), CertificatePurpose.SIGNING,
 *             NationalIdentity.of(PersonalCode.parse(DEMO_PERSONAL_CODE)), smartId.name());
 *     out.println("The certificate is trusted, fit for signing and names " + signer);
 * } catch (ResponseValidationException e) { // expired, untrusted, wrong key usage or another person
 *     out.println("Certificate rejected: " + e.getMessage());
 *     throw e;
 * }
 * }</pre>
 */
public class ResponseValidationException extends SigningException {

    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param code     the code (see {@link SignatureErrorCodes})
     * @param provider the provider's name, or {@code null}
     * @param detail   a technical explanation, or {@code null}
     * @param locale   the language of {@link #getLocalizedMessage()}
     * @param cause    the underlying failure, or {@code null}
     */
    public ResponseValidationException(String code, String provider, String detail, Locale locale,
                                       Throwable cause) {
        super(code, provider, detail, locale, cause);
    }

    /** The case's own text where there is one, else the common text for untrustworthy answers. */
    @Override
    public String message(Locale locale) {
        return SignatureMessages.find(locale, "error." + getCode(), provider(), textArguments())
                .orElseGet(() -> SignatureMessages.get(locale, "error.RESPONSE_INVALID"));
    }
}
