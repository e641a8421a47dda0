package lt.savitarna.sdk.signature;

/**
 * Hears what happens during an e-signature operation, so that a user interface can guide the
 * person. Every method has an empty default; implement the ones you need. Methods are called on
 * the thread that runs the operation (for the asynchronous forms, a worker thread), so hand work
 * over to the UI thread yourself. An exception thrown by a listener is logged and otherwise
 * ignored: it never breaks the operation.
 *
 * <!-- sample: SignDigestWithSmartId#listener -->
 * <pre>{@code
 * SigningListener listener = new SigningListener() {
 *     public void verificationCode(VerificationCode code) {
 *         out.println("Verification code: " + code.digits() + " (the phone must show the same)");
 *     }
 *
 *     public void stateChanged(SigningState state) {
 *         if (state == SigningState.WAITING_FOR_USER) {
 *             out.println("Waiting for the PIN on the phone...");
 *         }
 *     }
 *
 *     public void certificateExpiresSoon(CertificateExpiryWarning warning) {
 *         // e.g. "Your Smart-ID certificate expires on ...": renew it in the app
 *         out.println(warning.message(Locale.ENGLISH) + " (" + warning.daysLeft() + " days left)");
 *     }
 * };
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

