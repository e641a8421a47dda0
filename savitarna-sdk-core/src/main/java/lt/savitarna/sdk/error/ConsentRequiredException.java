package lt.savitarna.sdk.error;

import java.util.Locale;
import lt.savitarna.sdk.internal.i18n.Messages;

/**
 * The portal refused a request because the acknowledgement of the privacy policy and the Žemyna
 * club rules is missing or was withdrawn ({@code 422 CONSENT_REQUIRED}); the field error names
 * {@code consents.privacyPolicyAndRules}, or {@code acceptRules} when joining the Žemyna club
 * from a workspace. The same omission found before sending is a plain {@link ValidationException}
 * with that field (see there).
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

    /** Speaks of the club rules when the refused request was a loyalty join. */
    @Override
    public String message(Locale locale) {
        if (fieldError("acceptRules").isPresent()) {
            return Messages.get(locale, "error.CONSENT_REQUIRED.acceptRules");
        }
        return super.message(locale);
    }
}
