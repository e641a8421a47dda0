package lt.savitarna.sdk.signature;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * What to authenticate: a person, a challenge digest to be signed with their authentication key,
 * and how. Immutable; made with {@link #builder(SignerIdentity, Digest)}.
 *
 * <p>Texts are checked against each provider's own limits when the provider sends them (Smart-ID:
 * {@code displayText} at most 60 characters, {@code confirmationMessage} at most 200; Mobile-ID:
 * {@code displayText} at most 100 GSM-7 bytes or 50 UCS-2 characters, no confirmation message).
 *
 * <!-- sample: SignDigestWithSmartId#authenticate -->
 * <pre>{@code
 * SignerIdentity person = SignerIdentity.of(PersonalCode.parse(DEMO_PERSONAL_CODE));
 * Digest challenge = Digest.random(HashType.SHA512); // a fresh challenge for every login
 * AuthenticationRequest login = AuthenticationRequest.builder(person, challenge)
 *         .displayText(DisplayText.smartIdDisplayText60("Prisijungimas prie savitarnos"))
 *         .deadline(Duration.ofMinutes(2))
 *         .build();
 * Authentication authentication = smartId.authenticate(login, listener);
 * out.println("Logged in: " + authentication.givenName() + " " + authentication.surname()
 *         + " (" + authentication.identity() + ")"); // the identity prints masked
 * }</pre>
 */
public final class AuthenticationRequest {

    private final SignerIdentity signer;
    private final Digest challenge;
    private final CertificateLevel certificateLevel;
    private final String displayText;
    private final String confirmationMessage;
    private final Duration deadline;
    private final String nonce;

    private AuthenticationRequest(Builder b) {
        this.signer = b.signer;
        this.challenge = b.challenge;
        this.certificateLevel = b.certificateLevel;
        this.displayText = b.displayText;
        this.confirmationMessage = b.confirmationMessage;
        this.deadline = b.deadline;
        this.nonce = b.nonce;
    }

    /**
     * Starts a request.
     *
     * @param signer    who must authenticate
     * @param challenge the digest to sign, e.g. the portal's challenge or {@link Digest#random(HashType)}
     * @return a builder
     */
    public static Builder builder(SignerIdentity signer, Digest challenge) {
        return new Builder(signer, challenge);
    }

    /** {@return who must authenticate} */
    public SignerIdentity signer() {
        return signer;
    }

    /** {@return the challenge to be signed} */
    public Digest challenge() {
        return challenge;
    }

    /** {@return the least certificate level accepted; default {@link CertificateLevel#QUALIFIED}} */
    public CertificateLevel certificateLevel() {
        return certificateLevel;
    }

    /** {@return the short text the phone shows, if set; providers have their own default} */
    public Optional<String> displayText() {
        return Optional.ofNullable(displayText);
    }

    /** {@return a longer text the person must read and confirm, if set (Smart-ID only)} */
    public Optional<String> confirmationMessage() {
        return Optional.ofNullable(confirmationMessage);
    }

    /** {@return the longest the whole operation may take, if set; else the provider's default} */
    public Optional<Duration> deadline() {
        return Optional.ofNullable(deadline);
    }

    /** {@return the nonce, if set: makes a repeated identical request start a new Smart-ID session} */
    public Optional<String> nonce() {
        return Optional.ofNullable(nonce);
    }

    @Override
    public String toString() {
        return "AuthenticationRequest[" + signer + ", " + challenge + ", level " + certificateLevel + "]";
    }

    /** Builds an {@link AuthenticationRequest}; setters check their arguments at once. */
    public static final class Builder {
        private final SignerIdentity signer;
        private final Digest challenge;
        private CertificateLevel certificateLevel = CertificateLevel.QUALIFIED;
        private String displayText;
        private String confirmationMessage;
        private Duration deadline;
        private String nonce;

        private Builder(SignerIdentity signer, Digest challenge) {
            this.signer = Objects.requireNonNull(signer, "signer");
            this.challenge = Objects.requireNonNull(challenge, "challenge");
        }

        /** The least certificate level accepted ({@code ADVANCED} or {@code QUALIFIED}). */
        public Builder certificateLevel(CertificateLevel level) {
            Objects.requireNonNull(level, "level");
            if (level == CertificateLevel.QSCD) {
                throw new IllegalArgumentException("QSCD applies to signing only; authenticate with QUALIFIED");
            }
            this.certificateLevel = level;
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

        /** The longest the whole operation may take; positive. */
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
        public AuthenticationRequest build() {
            return new AuthenticationRequest(this);
        }
    }
}
