package lt.savitarna.sdk.testkit.sandbox.internal.workspace;

import java.time.Instant;
import java.util.Objects;

/**
 * A signature of a document, from preparation to completion. Replaced as a whole on every
 * change.
 *
 * @param certificate      the signing certificate, DER
 * @param digest           what the signer must sign (see {@link SigningDigest})
 * @param documentRevision the revision of the document's file the digest covers
 * @param completion       set once the signature value verified
 * @param seeded           part of the seed data rather than made through the API
 */
public record SignatureRecord(String id, String documentId, String accountId, byte[] certificate, String method,
                              byte[] digest, String state, Instant createdAt, Instant expiresAt, int documentRevision,
                              Completion completion, boolean seeded) {

    public static final String PENDING = "PENDING";
    public static final String COMPLETED = "COMPLETED";
    public static final String CANCELLED = "CANCELLED";
    public static final String EXPIRED = "EXPIRED";

    public SignatureRecord {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(documentId, "documentId");
        Objects.requireNonNull(accountId, "accountId");
        Objects.requireNonNull(certificate, "certificate");
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(digest, "digest");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(expiresAt, "expiresAt");
    }

    /** What finalisation added: the value and the container it went into. */
    public record Completion(byte[] signatureValue, String algorithm, Instant signedAt, SignedContainer container) {
        public Completion {
            Objects.requireNonNull(signatureValue, "signatureValue");
            Objects.requireNonNull(algorithm, "algorithm");
            Objects.requireNonNull(signedAt, "signedAt");
            Objects.requireNonNull(container, "container");
        }
    }

    public SignatureRecord withState(String newState) {
        return new SignatureRecord(id, documentId, accountId, certificate, method, digest, newState, createdAt,
                expiresAt, documentRevision, completion, seeded);
    }

    public SignatureRecord completed(Completion done) {
        return new SignatureRecord(id, documentId, accountId, certificate, method, digest, COMPLETED, createdAt,
                expiresAt, documentRevision, done, seeded);
    }

    @Override
    public String toString() {
        return "SignatureRecord[" + id + ", " + documentId + ", " + state + "]";
    }
}
