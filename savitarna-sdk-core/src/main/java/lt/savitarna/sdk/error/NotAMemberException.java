package lt.savitarna.sdk.error;

import java.util.Locale;

/**
 * The workspace is not a member of the Žemyna club, so it cannot order or cancel offers
 * ({@code 403 NOT_A_MEMBER}). Join first with {@code Loyalty.join(true)}; offers stay visible to
 * non-members.
 *
 * <!-- sample: WorkspaceErrors#not-a-member -->
 * <pre>{@code
 * Order order;
 * try {
 *     order = loyalty.order(offerId, quantity);
 * } catch (NotAMemberException e) {
 *     out.println(e.getLocalizedMessage());
 *     loyalty.join(true); // true: the person accepted the Žemyna club's rules
 *     order = loyalty.order(offerId, quantity);
 * }
 * }</pre>
 */
public class NotAMemberException extends ApiException {

    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception for a problem answer.
     *
     * @param problem the problem as sent
     * @param locale  the language of {@link #getLocalizedMessage()}
     */
    public NotAMemberException(Problem problem, Locale locale) {
        super(problem, locale);
    }
}
