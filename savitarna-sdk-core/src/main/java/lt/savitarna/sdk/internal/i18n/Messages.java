package lt.savitarna.sdk.internal.i18n;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.Optional;
import java.util.ResourceBundle;

/**
 * People-facing texts in Lithuanian and English, read from UTF-8 resource bundles of this module.
 * Any language other than Lithuanian falls back to English, never to the JVM default locale,
 * so a message is always in one of the two languages the SDK promises.
 *
 * <pre>{@code
 * String text = Messages.get(locale, "error.NETWORK_ERROR");
 * }</pre>
 */
public final class Messages {

    /** The Lithuanian locale, the portal's own language. */
    public static final Locale LITHUANIAN = new Locale("lt");

    private static final String BUNDLE = "lt.savitarna.sdk.internal.i18n.messages";

    private Messages() {
    }

    /** Maps any locale to one of the two supported ones. */
    public static Locale supported(Locale locale) {
        return locale != null && "lt".equals(locale.getLanguage()) ? LITHUANIAN : Locale.ENGLISH;
    }

    /** The text for {@code key}, formatted with {@code args}, or empty when the key is unknown. */
    public static Optional<String> find(Locale locale, String key, Object... args) {
        Locale effective = supported(locale);
        String pattern;
        try {
            pattern = ResourceBundle.getBundle(BUNDLE, effective).getString(key);
        } catch (MissingResourceException e) {
            return Optional.empty();
        }
        return Optional.of(new MessageFormat(pattern, effective).format(args));
    }

    /** The text for {@code key}, or the key itself when it is unknown (a visible, harmless fallback). */
    public static String get(Locale locale, String key, Object... args) {
        return find(locale, key, args).orElse(key);
    }
}
