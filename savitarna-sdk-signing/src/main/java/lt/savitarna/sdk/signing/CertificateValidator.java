package lt.savitarna.sdk.signing;

import java.security.InvalidAlgorithmParameterException;
import java.security.NoSuchAlgorithmException;
import java.security.cert.CertPathValidator;
import java.security.cert.CertPathValidatorException;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.PKIXParameters;
import java.security.cert.TrustAnchor;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import lt.savitarna.sdk.signature.CertificateExpiredException;
import lt.savitarna.sdk.signature.CertificateExpiryWarning;
import lt.savitarna.sdk.signature.IdentityMismatchException;
import lt.savitarna.sdk.signature.KeyUsageException;
import lt.savitarna.sdk.signature.UntrustedCertificateException;
import lt.savitarna.sdk.signature.identity.NationalIdentity;
import lt.savitarna.sdk.signing.internal.CertificateNames;

/**
 * Checks a signer certificate from an e-signature service's answer, in this order:
 * <ol>
 *   <li>valid at the validator's clock, else {@link CertificateExpiredException};</li>
 *   <li>a PKIX path (the JDK's {@link CertPathValidator}) to one of the configured trust anchors,
 *       revocation checking off unless enabled, else {@link UntrustedCertificateException};</li>
 *   <li>the key usage of the purpose: {@code digitalSignature} for authentication,
 *       {@code nonRepudiation} for signing, else {@link KeyUsageException};</li>
 *   <li>the subject's {@code serialNumber} identity equals the expected person, else
 *       {@link IdentityMismatchException}.</li>
 * </ol>
 * Immutable and thread-safe. The Smart-ID and Mobile-ID providers build one from their
 * configuration; use one directly to check certificates from elsewhere.
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
public final class CertificateValidator {

    private final Set<TrustAnchor> anchors;
    private final boolean revocationChecking;
    private final Clock clock;
    private final Duration expiryWarning;
    private final Locale locale;

    private CertificateValidator(Builder b) {
        Set<TrustAnchor> set = new HashSet<>();
        for (X509Certificate anchor : b.trustAnchors) {
            set.add(new TrustAnchor(anchor, null));
        }
        this.anchors = Set.copyOf(set);
        this.revocationChecking = b.revocationChecking;
        this.clock = b.clock;
        this.expiryWarning = b.expiryWarning;
        this.locale = b.locale;
    }

    /** {@return a builder; trust anchors are required} */
    public static Builder builder() {
        return new Builder();
    }

    /** {@return the clock certificates are checked at} */
    public Clock clock() {
        return clock;
    }

    /**
     * Checks validity, path and key usage, but not whom the certificate names.
     *
     * @param certificate the signer certificate
     * @param purpose     what it is used for
     * @param provider    the provider's name for the exceptions, or {@code null}
     * @throws CertificateExpiredException   not valid now
     * @throws UntrustedCertificateException no valid path to a trust anchor
     * @throws KeyUsageException             the key usage does not fit the purpose
     */
    public void validate(X509Certificate certificate, CertificatePurpose purpose, String provider) {
        Objects.requireNonNull(certificate, "certificate");
        Objects.requireNonNull(purpose, "purpose");
        Instant now = clock.instant();
        Instant notBefore = certificate.getNotBefore().toInstant();
        Instant notAfter = certificate.getNotAfter().toInstant();
        if (now.isBefore(notBefore) || now.isAfter(notAfter)) {
            throw new CertificateExpiredException(provider, notBefore, notAfter, now, locale);
        }
        checkPath(certificate, now, provider);
        boolean[] usage = certificate.getKeyUsage();
        if (usage == null || usage.length <= purpose.keyUsageBit() || !usage[purpose.keyUsageBit()]) {
            throw new KeyUsageException(provider, "a certificate for " + purpose.name().toLowerCase(Locale.ROOT)
                    + " needs the key usage " + purpose.keyUsageName(), locale);
        }
    }

    /**
     * Checks validity, path and key usage, and that the certificate names the expected person.
     *
     * @param certificate the signer certificate
     * @param purpose     what it is used for
     * @param expected    the person asked for
     * @param provider    the provider's name for the exceptions, or {@code null}
     * @return the identity the certificate names (equal to {@code expected})
     * @throws IdentityMismatchException the certificate names another person, or none
     * @throws lt.savitarna.sdk.signature.ResponseValidationException the other failures of
     *         {@link #validate(X509Certificate, CertificatePurpose, String)}
     */
    public NationalIdentity validate(X509Certificate certificate, CertificatePurpose purpose, NationalIdentity expected,
                                     String provider) {
        Objects.requireNonNull(expected, "expected");
        validate(certificate, purpose, provider);
        NationalIdentity named = CertificateNames.identity(certificate).orElseThrow(() ->
                new IdentityMismatchException(provider, "the certificate's subject names no person (no serialNumber"
                        + " of the form PNOLT-...)", locale));
        if (!named.equals(expected)) {
            throw new IdentityMismatchException(provider, "the certificate names " + named + ", the request "
                    + expected, locale);
        }
        return named;
    }

    /**
     * A warning when the certificate expires within the configured window (default 30 days).
     *
     * @param certificate the certificate
     * @param provider    the provider's name
     * @return the warning, or empty when expiry is further away (or already past)
     */
    public Optional<CertificateExpiryWarning> expiryWarning(X509Certificate certificate, String provider) {
        Instant now = clock.instant();
        Instant notAfter = certificate.getNotAfter().toInstant();
        if (now.isAfter(notAfter) || now.plus(expiryWarning).isBefore(notAfter)) {
            return Optional.empty();
        }
        return Optional.of(new CertificateExpiryWarning(provider, notAfter, Duration.between(now, notAfter)));
    }

    private void checkPath(X509Certificate certificate, Instant now, String provider) {
        try {
            PKIXParameters parameters = new PKIXParameters(anchors);
            parameters.setRevocationEnabled(revocationChecking);
            parameters.setDate(Date.from(now));
            CertPathValidator.getInstance("PKIX").validate(
                    CertificateFactory.getInstance("X.509").generateCertPath(List.of(certificate)), parameters);
        } catch (CertPathValidatorException e) {
            throw new UntrustedCertificateException(provider, "no valid certification path to a configured trust"
                    + " anchor: " + e.getReason() + ", " + e.getMessage(), locale, e);
        } catch (CertificateException | InvalidAlgorithmParameterException | NoSuchAlgorithmException e) {
            throw new IllegalStateException("cannot validate certification paths on this Java platform", e);
        }
    }

    @Override
    public String toString() {
        return "CertificateValidator[" + anchors.size() + " trust anchors, revocation "
                + (revocationChecking ? "on" : "off") + "]";
    }

    /**
     * Configures a {@link CertificateValidator}.
     */
    public static final class Builder {
        private final List<X509Certificate> trustAnchors = new ArrayList<>();
        private boolean revocationChecking;
        private Clock clock = Clock.systemUTC();
        private Duration expiryWarning = Duration.ofDays(30);
        private Locale locale = Locale.ENGLISH;

        private Builder() {
        }

        /** Replaces the trust anchors: the CAs signer certificates must chain to (at least one). */
        public Builder trustAnchors(Collection<X509Certificate> anchors) {
            Objects.requireNonNull(anchors, "anchors");
            anchors.forEach(a -> Objects.requireNonNull(a, "anchor"));
            trustAnchors.clear();
            trustAnchors.addAll(anchors);
            return this;
        }

        /**
         * Whether to check revocation (OCSP or CRL, as the JDK's PKIX validator does it with its
         * security properties); default off, since the services only issue valid certificates and
         * a check needs network access to the CA.
         */
        public Builder revocationChecking(boolean on) {
            this.revocationChecking = on;
            return this;
        }

        /** The time certificates are checked at; default the UTC system clock. */
        public Builder clock(Clock clock) {
            this.clock = Objects.requireNonNull(clock, "clock");
            return this;
        }

        /** How long before expiry {@link #expiryWarning} warns; default 30 days. */
        public Builder expiryWarning(Duration window) {
            Objects.requireNonNull(window, "window");
            if (window.isNegative()) {
                throw new IllegalArgumentException("expiryWarning must not be negative");
            }
            this.expiryWarning = window;
            return this;
        }

        /** The language of the exceptions' messages for people; default English. */
        public Builder locale(Locale locale) {
            this.locale = Objects.requireNonNull(locale, "locale");
            return this;
        }

        /**
         * Builds the validator.
         *
         * @throws IllegalStateException when no trust anchor was given
         */
        public CertificateValidator build() {
            if (trustAnchors.isEmpty()) {
                throw new IllegalStateException("at least one trust anchor is required");
            }
            return new CertificateValidator(this);
        }
    }
}
