package lt.savitarna.sdk.signature;

import java.util.Locale;

/**
 * The session ended with a result the protocol does not define, so the SDK cannot know what
 * happened and treats the answer as not trustworthy. {@link #endResult()} gives the value.
 *
 * <pre>{@code
 * } catch (UnknownEndResultException e) {
 *     securityLog.warn("rejected e-signature answer: {}", e.getMessage());
 * }
 * }</pre>
 */
public class UnknownEndResultException extends ResponseValidationException {

    private static final long serialVersionUID = 1L;

    private final String endResult;

    /**
     * Creates the exception.
     *
     * @param provider the provider's name, or {@code null}
     * @param endResult the end result as sent
     * @param detail   a technical explanation
     * @param locale   the language of {@link #getLocalizedMessage()}
     */
    public UnknownEndResultException(String provider, String endResult, String detail, Locale locale) {
        super(SignatureErrorCodes.RESPONSE_UNKNOWN_END_RESULT, provider, detail, locale, null);
        this.endResult = endResult;
    }

    /** {@return the end result as the service sent it} */
    public String endResult() {
        return endResult;
    }
}
