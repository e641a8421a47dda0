package lt.savitarna.sdk.signing;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Base64;
import java.util.Objects;
import java.util.Optional;

/**
 * A TLS public key pin of an e-signature service's API host: the SHA-256 of the server
 * certificate's {@code SubjectPublicKeyInfo}, in Base64, optionally with the date it stops being
 * accepted. SK's security guidance requires relying parties to pin the API host; SK rotates the
 * certificate about yearly and announces the next one in advance, so configure the current and the
 * next pin at once. A pin past its expiry is ignored, and a warning is logged before that happens.
 *
 * <p>A pin matches when any certificate of the server's chain has that public key; the chain must
 * also pass normal PKIX validation.
 *
 * <!-- sample: ConfigureSigningProviders#tls-pins -->
 * <pre>{@code
 * TlsPin current = TlsPin.parse(CURRENT_PIN); // SK's API certificate now, accepted until the date
 * TlsPin next = TlsPin.parse(NEXT_PIN);       // the one SK announced, so the change breaks nothing
 * }</pre>
 *
 * @param sha256  the Base64 SHA-256 of the {@code SubjectPublicKeyInfo} (32 bytes)
 * @param expires the instant after which the pin is no longer accepted, or {@code null} for never
 */
public record TlsPin(String sha256, Instant expires) {

    /**
     * Checks the hash.
     *
     * @param sha256  Base64 of 32 bytes
     * @param expires when the pin stops being accepted, or {@code null}
     * @throws IllegalArgumentException if {@code sha256} is not Base64 of 32 bytes
     */
    public TlsPin {
        Objects.requireNonNull(sha256, "sha256");
        byte[] bytes;
        try {
            bytes = Base64.getDecoder().decode(sha256);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("a TLS pin must be Base64: " + sha256, e);
        }
        if (bytes.length != 32) {
            throw new IllegalArgumentException("a TLS pin is the Base64 of a 32-byte SHA-256 hash: " + sha256);
        }
    }

    /**
     * A pin without expiry.
     *
     * @param sha256 Base64 SHA-256 of the {@code SubjectPublicKeyInfo}, with or without a {@code sha256/} prefix
     * @return the pin
     */
    public static TlsPin of(String sha256) {
        return new TlsPin(stripPrefix(sha256), null);
    }

    /**
     * A pin accepted until the end of a day (UTC).
     *
     * @param sha256    Base64 SHA-256 of the {@code SubjectPublicKeyInfo}
     * @param lastValid the last day on which the pin is accepted
     * @return the pin
     */
    public static TlsPin of(String sha256, LocalDate lastValid) {
        return new TlsPin(stripPrefix(sha256), lastValid.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant());
    }

    /**
     * Reads a pin written as {@code [sha256/]BASE64[@YYYY-MM-DD]}, the form used in configuration
     * (the date is the last day the pin is accepted, UTC).
     *
     * @param text the pin
     * @return the pin
     * @throws IllegalArgumentException if the text is not of that form
     */
    public static TlsPin parse(String text) {
        Objects.requireNonNull(text, "text");
        String s = text.strip();
        int at = s.indexOf('@');
        if (at < 0) {
            return of(s);
        }
        try {
            return of(s.substring(0, at), LocalDate.parse(s.substring(at + 1)));
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("a TLS pin's expiry must be a date such as 2026-12-31: " + text, e);
        }
    }

    /**
     * The pin of a certificate's public key, e.g. of a server certificate downloaded from SK.
     *
     * @param certificate the certificate
     * @return the pin, without expiry
     */
    public static TlsPin of(X509Certificate certificate) {
        return new TlsPin(hashOf(certificate), null);
    }

    /** {@return the expiry, if any} */
    public Optional<Instant> expiry() {
        return Optional.ofNullable(expires);
    }

    /** {@return whether the pin is still accepted at the given instant} */
    public boolean isActive(Instant now) {
        return expires == null || now.isBefore(expires);
    }

    /** {@return whether the certificate's public key is this pin's} */
    public boolean matches(X509Certificate certificate) {
        return sha256.equals(hashOf(certificate));
    }

    /** Base64 SHA-256 of the certificate's DER {@code SubjectPublicKeyInfo}. */
    static String hashOf(X509Certificate certificate) {
        try {
            byte[] spki = certificate.getPublicKey().getEncoded();
            return Base64.getEncoder().encodeToString(MessageDigest.getInstance("SHA-256").digest(spki));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this Java platform", e);
        }
    }

    private static String stripPrefix(String sha256) {
        Objects.requireNonNull(sha256, "sha256");
        String s = sha256.strip();
        return s.startsWith("sha256/") ? s.substring("sha256/".length()) : s;
    }

    @Override
    public String toString() {
        return "sha256/" + sha256 + (expires == null ? "" : " until " + expires);
    }
}
