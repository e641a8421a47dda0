package lt.savitarna.sdk.signature;

import java.util.Locale;

/**
 * The person has Smart-ID, but no account of the level asked for (Smart-ID answers HTTP 471):
 * typically a Smart-ID Basic account where a "Smart-ID Qualified Electronic Signature" account is
 * needed. Only a qualified account can sign. The message tells the person how to get one: register
 * it with Mobile-ID, or at a SEB, Swedbank or Luminor bank branch.
 *
 * <pre>{@code
 * } catch (NotQualifiedAccountException e) {
 *     ui.showInfo(e.getLocalizedMessage());
 * }</pre>
 */
public class NotQualifiedAccountException extends SigningException {

    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param provider the provider's name
     * @param detail   a technical explanation, or {@code null}
     * @param locale   the language of {@link #getLocalizedMessage()}
     */
    public NotQualifiedAccountException(String provider, String detail, Locale locale) {
        super(SignatureErrorCodes.NOT_QUALIFIED_ACCOUNT, provider, detail, locale, null);
    }
}
