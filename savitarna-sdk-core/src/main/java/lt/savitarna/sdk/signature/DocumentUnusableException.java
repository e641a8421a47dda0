package lt.savitarna.sdk.signature;

import java.util.Locale;

/**
 * The person's Smart-ID account cannot be used right now (end result {@code DOCUMENT_UNUSABLE}):
 * the person should check the Smart-ID app or contact Smart-ID support. {@link #getCode()} is {@code SMART_ID_DOCUMENT_UNUSABLE}.
 *
 * <pre>{@code
 * } catch (DocumentUnusableException e) {
 *     ui.showError(e.getLocalizedMessage());
 * }
 * }</pre>
 */
public class DocumentUnusableException extends SignerDeviceException {

    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param provider the provider's name
     * @param detail   a technical explanation, or {@code null}
     * @param locale   the language of {@link #getLocalizedMessage()}
     */
    public DocumentUnusableException(String provider, String detail, Locale locale) {
        super(SignatureErrorCodes.SMART_ID_DOCUMENT_UNUSABLE, provider, detail, locale);
    }
}
