package lt.savitarna.sdk.signature;

import java.util.Locale;

/**
 * Smart-ID cannot go on until the person opens the Smart-ID app (or the Smart-ID self-service
 * portal) and follows its instructions (HTTP 472), for example to finish a registration or accept
 * new terms.
 *
 * <pre>{@code
 * } catch (UserActionRequiredException e) {
 *     ui.showInfo(e.getLocalizedMessage());
 * }</pre>
 */
public class UserActionRequiredException extends SigningException {

    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param provider the provider's name
     * @param detail   a technical explanation, or {@code null}
     * @param locale   the language of {@link #getLocalizedMessage()}
     */
    public UserActionRequiredException(String provider, String detail, Locale locale) {
        super(SignatureErrorCodes.SMART_ID_USER_ACTION_REQUIRED, provider, detail, locale, null);
    }
}
