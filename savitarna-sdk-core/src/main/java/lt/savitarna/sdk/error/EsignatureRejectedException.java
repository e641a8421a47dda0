package lt.savitarna.sdk.error;

import java.util.Locale;

/**
 * The portal did not accept an e-signature answer ({@code 422}): {@code SIGNATURE_INVALID}, {@code CERTIFICATE_UNTRUSTED}, {@code CERTIFICATE_EXPIRED} or {@code CERTIFICATE_SUBJECT_MISMATCH} (see {@link #code()}). Usually the person must renew the certificate or use their own Smart-ID or Mobile-ID.
 *
 * <pre>{@code
 * try {
 *     session.confirmIdentity(smartId, signer, listener);
 * } catch (EsignatureRejectedException e) {
 *     ui.show(e.message(Locale.forLanguageTag("lt")));
 * }
 * }</pre>
 */
public class EsignatureRejectedException extends ApiException {

    private static final long serialVersionUID = 1L;

    /**
     * @param problem the portal's problem
     * @param locale  the language of {@link #getMessage()}
     */
    public EsignatureRejectedException(Problem problem, Locale locale) {
        super(problem, locale);
    }
}
