package lt.savitarna.sdk.signature;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * Asks for a person's signing certificate, the first step of signing a document: the portal
 * needs the certificate to prepare the signature and compute the digest to sign. Immutable;
 * made with {@link #builder(SignerIdentity)}.
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
public final class CertificateRequest {

    private final SignerIdentity signer;
    private final CertificateLevel certificateLevel;
    private final Duration deadline;
    private final String nonce;

    private CertificateRequest(Builder b) {
        this.signer = b.signer;
        this.certificateLevel = b.certificateLevel;
        this.deadline = b.deadline;
        this.nonce = b.nonce;
    }

    /**
     * Starts a request.
     *
     * @param signer whose certificate
     * @return a builder
     */
    public static Builder builder(SignerIdentity signer) {
        return new Builder(signer);
    }

    /** {@return whose certificate} */
    public SignerIdentity signer() {
        return signer;
    }

    /** {@return the least certificate level accepted; default {@link CertificateLevel#QUALIFIED}} */
    public CertificateLevel certificateLevel() {
        return certificateLevel;
    }

    /** {@return the longest the operation may take, if set; else the provider's default} */
    public Optional<Duration> deadline() {
        return Optional.ofNullable(deadline);
    }

    /** {@return the nonce, if set} */
    public Optional<String> nonce() {
        return Optional.ofNullable(nonce);
    }

    @Override
    public String toString() {
        return "CertificateRequest[" + signer + ", level " + certificateLevel + "]";
    }

    /** Builds a {@link CertificateRequest}; setters check their arguments at once. */
    public static final class Builder {
        private final SignerIdentity signer;
        private CertificateLevel certificateLevel = CertificateLevel.QUALIFIED;
        private Duration deadline;
        private String nonce;

        private Builder(SignerIdentity signer) {
            this.signer = Objects.requireNonNull(signer, "signer");
        }

        /** The least certificate level accepted. */
        public Builder certificateLevel(CertificateLevel level) {
            this.certificateLevel = Objects.requireNonNull(level, "level");
            return this;
        }

        /** The longest the operation may take; positive. */
        public Builder deadline(Duration deadline) {
            this.deadline = RequestChecks.deadline(deadline);
            return this;
        }

        /** A nonce of 1 to 30 characters. */
        public Builder nonce(String nonce) {
            this.nonce = RequestChecks.nonce(nonce);
            return this;
        }

        /** {@return the request} */
        public CertificateRequest build() {
            return new CertificateRequest(this);
        }
    }
}
