package lt.savitarna.sdk.signature;

import java.util.Locale;

/**
 * The person's Smart-ID app cannot show the requested interaction (end result
 * {@code REQUIRED_INTERACTION_NOT_SUPPORTED_BY_APP}): the app must be updated. {@link #getCode()} is {@code SMART_ID_INTERACTION_NOT_SUPPORTED}.
 *
 * <pre>{@code
 * } catch (InteractionNotSupportedException e) {
 *     ui.showError(e.getLocalizedMessage());
 * }
 * }</pre>
 */
public class InteractionNotSupportedException extends SignerDeviceException {

    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param provider the provider's name
     * @param detail   a technical explanation, or {@code null}
     * @param locale   the language of {@link #getLocalizedMessage()}
     */
    public InteractionNotSupportedException(String provider, String detail, Locale locale) {
        super(SignatureErrorCodes.SMART_ID_INTERACTION_NOT_SUPPORTED, provider, detail, locale);
    }
}
