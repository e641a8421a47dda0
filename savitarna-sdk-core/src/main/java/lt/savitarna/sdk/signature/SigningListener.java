package lt.savitarna.sdk.signature;

/**
 * Hears what happens during an e-signature operation, so that a user interface can guide the
 * person. Every method has an empty default; implement the ones you need. Methods are called on
 * the thread that runs the operation (for the asynchronous forms, a worker thread), so hand work
 * over to the UI thread yourself. An exception thrown by a listener is logged and otherwise
 * ignored: it never breaks the operation.
 *
 * <pre>{@code
 * SigningListener listener = new SigningListener() {
 *     public void verificationCode(VerificationCode code) {
 *         ui.show("Kontrolinis kodas: " + code + ". Patikrinkite, ar telefone rodomas tas pats.");
 *     }
 *     public void certificateExpiresSoon(CertificateExpiryWarning warning) {
 *         ui.warn(warning.message(Locale.forLanguageTag("lt")));
 *     }
 * };
 * Authentication auth = provider.authenticate(request, listener);
 * }</pre>
 */
public interface SigningListener {

    /**
     * The code to show prominently now; the phone shows the same code, and the person must check
     * that they match before entering the PIN. Called once the service has accepted the request.
     *
     * @param code the four digits
     */
    default void verificationCode(VerificationCode code) {
    }

    /**
     * The operation moved on.
     *
     * @param state the new state
     */
    default void stateChanged(SigningState state) {
    }

    /**
     * The signer's certificate expires soon: time to tell the person to renew it.
     *
     * @param warning when it expires and what to do
     */
    default void certificateExpiresSoon(CertificateExpiryWarning warning) {
    }

    /** {@return a listener that ignores everything} */
    static SigningListener none() {
        return new SigningListener() {
        };
    }
}

