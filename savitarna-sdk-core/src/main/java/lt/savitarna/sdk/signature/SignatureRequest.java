package lt.savitarna.sdk.signature;

import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * What to sign: a digest (computed by the portal over the document's signed data), by whom, and
 * with which certificate (the one from {@link SignatureProvider#signingCertificate}); the returned
 * signature is checked against that certificate. Immutable.
 *
 * <!-- sample: SignDigestWithSmartId#sign-digest -->
 * <pre>{@code
 * byte[] contract = ("Sutartis: " + CONTRACT_TITLE).getBytes(StandardCharsets.UTF_8);
 * Digest toSign = Digest.compute(HashType.SHA256, contract); // or Digest.of(type, hash) for a given hash
 * SignatureRequest signatureRequest = SignatureRequest.builder(certificate, toSign)
 *         .displayText(smartIdText("Pasirašote: " + CONTRACT_TITLE, out))
 *         .build();
 * SignatureValue signature = smartId.sign(signatureRequest, listener);
 * out.println("Signed with " + signature.algorithm() + ": " + signature.base64().length() + " Base64 characters");
 * }</pre>
 */
public final class SignatureRequest {

    private final SignerIdentity signer;
    private final X509Certificate certificate;
    private final Digest digest;
    private final CertificateLevel certificateLevel;
    private final String displayText;
    private final String confirmationMessage;
    private final Duration deadline;
    private final String nonce;

    private SignatureRequest(Builder b) {
        this.signer = b.signer;
        this.certificate = b.certificate;
        this.digest = b.digest;
        this.certificateLevel = b.certificateLevel;
        this.displayText = b.displayText;
        this.confirmationMessage = b.confirmationMessage;
        this.deadline = b.deadline;
        this.nonce = b.nonce;
    }

    /**
     * Starts a request from the result of {@link SignatureProvider#signingCertificate}: its signer
     * (with the Smart-ID document number), certificate and level.
     *
     * @param certificate the signing certificate as the provider returned it
     * @param digest      the digest to sign
     * @return a builder
     */
    public static Builder builder(SigningCertificate certificate, Digest digest) {
        Objects.requireNonNull(certificate, "certificate");
        return new Builder(certificate.signer(), certificate.certificate(), digest)
                .certificateLevel(certificate.certificateLevel() == CertificateLevel.ADVANCED
                        ? CertificateLevel.ADVANCED : CertificateLevel.QUALIFIED);
    }

    /**
     * Starts a request from parts kept between steps (e.g. across web requests).
     *
     * @param signer      the signer; for Smart-ID it must carry the document number
     * @param certificate the signing certificate the portal prepared the signature with
     * @param digest      the digest to sign
     * @return a builder
     */
    public static Builder builder(SignerIdentity signer, X509Certificate certificate, Digest digest) {
        return new Builder(signer, certificate, digest);
    }

    /** {@return who signs} */
    public SignerIdentity signer() {
        return signer;
    }

    /** {@return the certificate the signature must verify with} */
    public X509Certificate certificate() {
        return certificate;
    }

    /** {@return the digest to sign} */
    public Digest digest() {
        return digest;
    }

    /** {@return the level asked for; default {@link CertificateLevel#QUALIFIED}} */
    public CertificateLevel certificateLevel() {
        return certificateLevel;
    }

    /** {@return the short text the phone shows, if set} */
    public Optional<String> displayText() {
        return Optional.ofNullable(displayText);
    }

    /** {@return a longer text the person must read and confirm, if set (Smart-ID only)} */
    public Optional<String> confirmationMessage() {
        return Optional.ofNullable(confirmationMessage);
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
        return "SignatureRequest[" + signer + ", " + digest + ", level " + certificateLevel + "]";
    }

    /** Builds a {@link SignatureRequest}; setters check their arguments at once. */
    public static final class Builder {
        private final SignerIdentity signer;
        private final X509Certificate certificate;
        private final Digest digest;
        private CertificateLevel certificateLevel = CertificateLevel.QUALIFIED;
        private String displayText;
        private String confirmationMessage;
        private Duration deadline;
        private String nonce;

        private Builder(SignerIdentity signer, X509Certificate certificate, Digest digest) {
            this.signer = Objects.requireNonNull(signer, "signer");
            this.certificate = Objects.requireNonNull(certificate, "certificate");
            this.digest = Objects.requireNonNull(digest, "digest");
        }

        /** The level to ask for. */
        public Builder certificateLevel(CertificateLevel level) {
            this.certificateLevel = Objects.requireNonNull(level, "level");
            return this;
        }

        /** The short text the phone shows; not blank. */
        public Builder displayText(String displayText) {
            this.displayText = RequestChecks.text(displayText, "displayText");
            return this;
        }

        /** A longer text the person must confirm (Smart-ID); not blank. */
        public Builder confirmationMessage(String confirmationMessage) {
            this.confirmationMessage = RequestChecks.text(confirmationMessage, "confirmationMessage");
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
        public SignatureRequest build() {
            return new SignatureRequest(this);
        }
    }
}
