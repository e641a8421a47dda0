package lt.savitarna.sdk.signature;

import java.util.Locale;
import java.util.Optional;

/**
 * How strong a signer's certificate (and account) is. The names are Smart-ID's
 * {@code certificateLevel} values. Only a qualified account ("Smart-ID Qualified Electronic
 * Signature") can sign documents; Mobile-ID certificates are always qualified.
 *
 * <p>{@code QSCD} is not a level of its own in answers: it asks for a qualified certificate whose
 * key is on a qualified signature creation device, and such a certificate is reported as
 * {@code QUALIFIED}. Providers that accept it use it for certificate choice and signing only.
 *
 * <!-- sample: SignDigestWithSmartId#signing-certificate -->
 * <pre>{@code
 * // authentication.signer() names the Smart-ID account the person just used
 * CertificateRequest certificateRequest = CertificateRequest.builder(authentication.signer())
 *         .certificateLevel(CertificateLevel.QUALIFIED) // the default; ADVANCED accepts more accounts
 *         .build();
 * SigningCertificate certificate = smartId.signingCertificate(certificateRequest, listener);
 * out.println("Signing certificate of " + certificate.identity() + ", level " + certificate.certificateLevel());
 * }</pre>
 */
public enum CertificateLevel {
    /** An advanced electronic signature account (for example Smart-ID Basic). */
    ADVANCED(1),
    /** A qualified account: can make qualified electronic signatures. */
    QUALIFIED(2),
    /** A qualified certificate on a qualified signature creation device; reported as {@link #QUALIFIED}. */
    QSCD(2);

    private final int rank;

    CertificateLevel(int rank) {
        this.rank = rank;
    }

    /**
     * Tells whether a certificate of this level (as the service reported it) is good enough for a
     * request that asked for {@code requested}.
     *
     * @param requested the level asked for
     * @return true if this level is the same or stronger
     */
    public boolean satisfies(CertificateLevel requested) {
        return rank >= requested.rank;
    }

    /**
     * Reads a level as a service writes it.
     *
     * @param value the wire value, e.g. {@code QUALIFIED}; may be null
     * @return the level, or empty for null or a value this SDK does not know
     */
    public static Optional<CertificateLevel> fromWire(String value) {
        if (value == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(valueOf(value.strip().toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
