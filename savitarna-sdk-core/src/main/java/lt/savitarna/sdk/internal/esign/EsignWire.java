package lt.savitarna.sdk.internal.esign;

import jakarta.json.JsonObject;
import java.security.PublicKey;
import java.security.interfaces.ECPublicKey;
import java.security.cert.CertificateEncodingException;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Locale;
import lt.savitarna.sdk.internal.json.JsonFields;
import lt.savitarna.sdk.internal.json.MalformedJsonException;
import lt.savitarna.sdk.internal.json.SecretJsonWriter;
import lt.savitarna.sdk.signature.Authentication;
import lt.savitarna.sdk.signature.Digest;
import lt.savitarna.sdk.signature.HashType;
import lt.savitarna.sdk.signature.IdentityMismatchException;
import lt.savitarna.sdk.signature.SignerIdentity;
import lt.savitarna.sdk.signature.identity.NationalIdentity;

/**
 * The wire side of the e-signature flows: challenge requests, the portal's challenges and
 * prepared signatures, completions, and the names the contract uses for methods and algorithms.
 * Personal codes and phone numbers go out as secret JSON, so no log shows them.
 */
public final class EsignWire {

    /** A challenge or prepared signature: what to sign and until when. */
    public record Pending(String id, Digest digest, Instant expiresAt) {
    }

    private EsignWire() {
    }

    /** The contract's {@code method} of a challenge: Smart-ID and Mobile-ID only. */
    public static String challengeMethod(String providerName) {
        return switch (providerName) {
            case "smart-id" -> "SMART_ID";
            case "mobile-id" -> "MOBILE_ID";
            default -> throw new IllegalArgumentException(
                    "e-signature login and identity confirmation take Smart-ID or Mobile-ID, not " + providerName);
        };
    }

    /** The contract's {@code method} of a document signature. */
    public static String signingMethod(String providerName) {
        return switch (providerName) {
            case "smart-id" -> "SMART_ID";
            case "mobile-id" -> "MOBILE_ID";
            case "local-key" -> "LOCAL_KEY";
            default -> "OTHER";
        };
    }

    public static byte[] challengeRequest(String method, SignerIdentity signer) {
        SecretJsonWriter body = new SecretJsonWriter().beginObject().field("method", method);
        signer.nationalIdentity().ifPresent(id -> {
            body.field("personalCode", id.code());
            if (!NationalIdentity.LITHUANIA.equals(id.country())) {
                body.field("country", id.country());
            }
        });
        signer.documentNumber().ifPresent(d -> body.field("documentNumber", d));
        signer.phoneNumber().ifPresent(p -> body.field("phoneNumber", p.value()));
        return body.endObject().toBytes();
    }

    /** Reads {@code EsignChallenge}. */
    public static Pending challenge(JsonObject o) {
        return new Pending(JsonFields.requiredString(o, "challengeId"),
                digest(JsonFields.requiredString(o, "hashType"), JsonFields.requiredString(o, "hash")),
                JsonFields.instant(o, "expiresAt"));
    }

    /** Reads the answer to {@code POST .../signatures}. */
    public static Pending preparedSignature(JsonObject o) {
        return new Pending(JsonFields.requiredString(o, "signatureId"),
                digest(JsonFields.requiredString(o, "digestAlgorithm"), JsonFields.requiredString(o, "digest")),
                JsonFields.instant(o, "expiresAt"));
    }

    public static byte[] completion(Authentication auth) {
        SecretJsonWriter body = new SecretJsonWriter().beginObject()
                .field("certificate", base64(auth))
                .field("signature", auth.signatureBase64())
                .field("signatureAlgorithm", jcaAlgorithm(auth.signatureAlgorithm(), auth.challenge().type(),
                        auth.certificate().getPublicKey()));
        auth.signer().documentNumber().ifPresent(d -> body.field("documentNumber", d));
        return body.endObject().toBytes();
    }

    /**
     * Checks what the SDK can before the portal does: the provider already validated SK's answer
     * (signature, chain, level), so here only that the person is the one asked for.
     */
    public static void checkSigner(SignerIdentity wanted, Authentication auth, Locale locale) {
        NationalIdentity expected = wanted.nationalIdentity().orElse(null);
        if (expected != null && auth.identity() != null && !expected.equals(auth.identity())) {
            throw new IdentityMismatchException(auth.provider(),
                    "the authentication certificate names another person than the one asked for", locale);
        }
    }

    /**
     * The JCA name the contract wants for a signature value: SK reports its own names
     * ({@code sha256WithRSAEncryption}, {@code SHA256WithECEncryption}, ...), and the key type and
     * the digest's hash say it all.
     */
    public static String jcaAlgorithm(String reported, HashType hash, PublicKey key) {
        String sha = hash.name();
        if (key instanceof ECPublicKey) {
            return sha + "withECDSA";
        }
        String r = reported == null ? "" : reported.toUpperCase(Locale.ROOT);
        return r.contains("PSS") || r.contains("MGF1") ? sha + "withRSAandMGF1" : sha + "withRSA";
    }

    /** Time left until {@code expiresAt}, at least a second; {@code null} when unknown. */
    public static Duration until(Instant expiresAt, Instant now) {
        if (expiresAt == null) {
            return null;
        }
        Duration left = Duration.between(now, expiresAt);
        return left.compareTo(Duration.ofSeconds(1)) < 0 ? Duration.ofSeconds(1) : left;
    }

    public static String base64(Authentication auth) {
        try {
            return Base64.getEncoder().encodeToString(auth.certificate().getEncoded());
        } catch (CertificateEncodingException e) {
            throw new IllegalStateException("the authentication certificate cannot be encoded", e);
        }
    }

    private static Digest digest(String hashType, String base64) {
        HashType type;
        try {
            type = HashType.valueOf(hashType.replace("-", ""));
        } catch (IllegalArgumentException e) {
            throw new MalformedJsonException("unknown hash type " + hashType);
        }
        try {
            return Digest.of(type, Base64.getDecoder().decode(base64));
        } catch (IllegalArgumentException e) {
            throw new MalformedJsonException("the digest is not Base64 of a " + type + " value");
        }
    }
}
