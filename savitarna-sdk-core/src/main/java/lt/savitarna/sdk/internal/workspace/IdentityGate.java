package lt.savitarna.sdk.internal.workspace;

/**
 * What the workspace services tell the session about identity confirmation, and ask of it. The
 * portal is the judge: a scoped call it accepts shows a confirmed identity, its
 * {@code 403 IDENTITY_NOT_CONFIRMED} an unconfirmed one, and the session's state follows both.
 *
 * <pre>{@code
 * gate.requireConfirmed();   // before streaming a large upload
 * }</pre>
 */
public interface IdentityGate {

    /** The portal accepted a scoped call: the identity is confirmed. */
    void confirmed();

    /** The portal answered {@code IDENTITY_NOT_CONFIRMED}. */
    void notConfirmed();

    /**
     * Before a call that is costly to send in vain (an upload): when the identity is known to be
     * unconfirmed, asks the portal again ({@code GET /me}), since it may have been confirmed
     * elsewhere, and throws {@code IdentityNotConfirmedException} (status 0, nothing sent) if it
     * still is not. Does nothing when the identity is known to be confirmed.
     */
    void requireConfirmed();
}
