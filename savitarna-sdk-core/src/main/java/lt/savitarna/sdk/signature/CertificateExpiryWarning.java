package lt.savitarna.sdk.signature;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Objects;
import lt.savitarna.sdk.internal.i18n.SignatureMessages;

/**
 * The signer's certificate will expire soon. Mobile-ID certificates are valid for 2 years (then
 * a new certificate contract is needed at the mobile operator), Smart-ID ones for 3 years (renewed
 * in the Smart-ID app); {@link #message(Locale)} says so in Lithuanian or English.
 *
 * <!-- sample: SignDigestWithSmartId#expiry-warning -->
 * <pre>{@code
 * public void certificateExpiresSoon(CertificateExpiryWarning warning) {
 *     // e.g. "Your Smart-ID certificate expires on ...": renew it in the app
 *     out.println(warning.message(Locale.ENGLISH) + " (" + warning.daysLeft() + " days left)");
 * }
 * }</pre>
 *
 * @param provider the provider's name, e.g. {@code mobile-id}
 * @param notAfter the last instant the certificate is valid
 * @param left     how long it has left, as of the provider's clock
 */
public record CertificateExpiryWarning(String provider, Instant notAfter, Duration left) {

    /** Requires every component. */
    public CertificateExpiryWarning {
        Objects.requireNonNull(provider, "provider");
        Objects.requireNonNull(notAfter, "notAfter");
        Objects.requireNonNull(left, "left");
    }

    /** {@return the whole days left, never negative} */
    public long daysLeft() {
        return Math.max(0, left.toDays());
    }

    /** {@return what is about to happen and what to do, for people: Lithuanian for {@code lt}, English otherwise} */
    public String message(Locale locale) {
        LocalDate date = LocalDate.ofInstant(notAfter, ZoneOffset.UTC);
        return SignatureMessages.find(locale, "warning.CERTIFICATE_EXPIRES_SOON", provider, date.toString(),
                daysLeft()).orElseThrow();
    }
}
