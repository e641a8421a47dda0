package lt.savitarna.sdk.internal.i18n;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.Optional;
import java.util.ResourceBundle;

/**
 * People-facing texts of e-signature failures and warnings, in Lithuanian and English. They live in
 * their own bundle ({@code signature_*.properties}) beside the portal's {@link Messages}: the two
 * sets of texts change for different reasons.
 *
 * <p>A key may have a variant per signature provider ({@code error.CERTIFICATE_EXPIRED.mobile-id});
 * {@link #find(Locale, String, String, Object...)} prefers it and falls back to the plain key.
 *
 * <pre>{@code
 * String text = SignatureMessages.get(locale, "error.SIGNATURE_REFUSED");
 * }</pre>
 */
public final class SignatureMessages {

    private static final String BUNDLE = "lt.savitarna.sdk.internal.i18n.signature";

    private SignatureMessages() {
    }

    /** The text for {@code key}, formatted with {@code args}, or empty when the key is unknown. */
    public static Optional<String> find(Locale locale, String key, Object... args) {
        Locale effective = Messages.supported(locale);
        String pattern;
        try {
            pattern = ResourceBundle.getBundle(BUNDLE, effective).getString(key);
        } catch (MissingResourceException e) {
            return Optional.empty();
        }
        return Optional.of(new MessageFormat(pattern, effective).format(args));
    }

    /**
     * The text for {@code key.variant} when there is one, else for {@code key}.
     *
     * @param variant a provider name such as {@code smart-id}, or {@code null} for none
     */
    public static Optional<String> find(Locale locale, String key, String variant, Object... args) {
        if (variant != null) {
            Optional<String> specific = find(locale, key + "." + variant, args);
            if (specific.isPresent()) {
                return specific;
            }
        }
        return find(locale, key, args);
    }

    /** The text for {@code key}, or the key itself when it is unknown (a visible, harmless fallback). */
    public static String get(Locale locale, String key, Object... args) {
        return find(locale, key, args).orElse(key);
    }
}
