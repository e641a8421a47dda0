package lt.savitarna.sdk;

/**
 * Where a session stands. Until the identity is confirmed by e-signature the person can do nothing
 * with documents; a closed session (logged out, or its refresh token rejected) does nothing at all.
 *
 * <pre>{@code
 * switch (session.state()) {
 *     case IDENTITY_UNCONFIRMED -> ui.askForSmartIdOrMobileId();
 *     case IDENTITY_CONFIRMED -> ui.showDashboard();
 *     case CLOSED -> ui.showLogin();
 * }
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
