package lt.savitarna.sdk;

/**
 * Where a session stands. Until the identity is confirmed by e-signature the person can do nothing
 * with documents; a closed session (logged out, or its refresh token rejected) does nothing at all.
 *
 * <!-- sample: WorkspaceTour#session-state -->
 * <pre>{@code
 * String next = switch (session.state()) {
 *     case IDENTITY_UNCONFIRMED -> "confirm the identity with Smart-ID or Mobile-ID";
 *     case IDENTITY_CONFIRMED -> "choose a company and a party to work for";
 *     case CLOSED -> "log in again";
 * };
 * out.println("Session " + session.state() + ": " + next);
 * }</pre>
 */
public enum SessionState {
    /** Logged in; the identity still has to be confirmed with Smart-ID or Mobile-ID. */
    IDENTITY_UNCONFIRMED,
    /** Logged in with a confirmed identity: documents, loyalty and help are open. */
    IDENTITY_CONFIRMED,
    /** Logged out or expired; log in again. */
    CLOSED
}
