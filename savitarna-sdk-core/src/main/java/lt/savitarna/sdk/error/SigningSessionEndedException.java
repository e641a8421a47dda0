package lt.savitarna.sdk.error;

import java.util.Locale;

/**
 * The portal's e-signature challenge or prepared signature can no longer be used ({@code 409}): {@code CHALLENGE_EXPIRED}, {@code CHALLENGE_ALREADY_USED}, {@code SIGNATURE_EXPIRED} or {@code SIGNATURE_NOT_PENDING}. Start the flow again.
 *
 * <pre>{@code
 * try {
 *     documents.sign(documentId, mobileId, signer, listener);
 * } catch (SigningSessionEndedException e) {
 *     ui.show(e.message(Locale.forLanguageTag("lt")));
 * }
 * }</pre>
 */
public class SigningSessionEndedException extends ApiException {

    private static final long serialVersionUID = 1L;

    /**
     * @param problem the portal's problem
     * @param locale  the language of {@link #getMessage()}
     */
    public SigningSessionEndedException(Problem problem, Locale locale) {
        super(problem, locale);
    }
}
