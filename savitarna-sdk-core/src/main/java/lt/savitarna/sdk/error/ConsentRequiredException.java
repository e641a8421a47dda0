package lt.savitarna.sdk.error;

import java.util.Locale;

/**
 * The portal refused a request because the acknowledgement of the privacy policy and the Žemyna
 * club rules is missing or was withdrawn ({@code 422 CONSENT_REQUIRED}); the field error names
 * {@code consents.privacyPolicyAndRules}. The same omission found before sending is a plain
 * {@link ValidationException} with that field (see there).
 *
 * <pre>{@code
 * } catch (ConsentRequiredException e) {
 *     form.highlight("consents.privacyPolicyAndRules", e.getLocalizedMessage());
 * }
 * }</pre>
 */
public class ConsentRequiredException extends ValidationException {

    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception for a problem answer.
     *
     * @param problem the problem as sent
     * @param locale  the language of {@link #getLocalizedMessage()}
     */
    public ConsentRequiredException(Problem problem, Locale locale) {
        super(problem, locale);
    }
}
