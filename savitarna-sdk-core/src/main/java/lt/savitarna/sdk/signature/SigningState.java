package lt.savitarna.sdk.signature;

/**
 * Where a long e-signature operation stands, as {@link SigningListener#stateChanged} reports it.
 * The usual order is {@code STARTING}, {@code WAITING_FOR_USER}, {@code VALIDATING},
 * {@code COMPLETED}; a failure ends in {@code FAILED} and a cancellation in {@code CANCELLED}.
 *
 * <!-- sample: SignDigestWithSmartId#state-changes -->
 * <pre>{@code
 * public void stateChanged(SigningState state) {
 *     if (state == SigningState.WAITING_FOR_USER) {
 *         out.println("Waiting for the PIN on the phone...");
 *     }
 * }
 * }</pre>
 */
public enum SigningState {
    /** The request is being sent to the service. */
    STARTING,
    /** The service accepted it; the person must confirm on the phone. */
    WAITING_FOR_USER,
    /** The answer arrived and is being checked (signature, certificate, identity). */
    VALIDATING,
    /** Done: the result is about to be returned. */
    COMPLETED,
    /** Ended with an exception. */
    FAILED,
    /** Cancelled by the caller; polling has stopped. */
    CANCELLED
}
