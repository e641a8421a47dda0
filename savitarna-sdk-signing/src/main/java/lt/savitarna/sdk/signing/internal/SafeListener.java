package lt.savitarna.sdk.signing.internal;

import java.util.Objects;
import lt.savitarna.sdk.signature.CertificateExpiryWarning;
import lt.savitarna.sdk.signature.SigningListener;
import lt.savitarna.sdk.signature.SigningState;
import lt.savitarna.sdk.signature.VerificationCode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Calls a caller's listener so that its failures are logged and never break the operation.
 *
 * <pre>{@code
 * SafeListener listener = new SafeListener(callersListener);
 * listener.stateChanged(SigningState.WAITING_FOR_USER);
 * }</pre>
 */
public final class SafeListener implements SigningListener {

    private static final Logger LOG = LoggerFactory.getLogger(SafeListener.class);

    private final SigningListener delegate;

    /** Wraps a listener; {@code null} means none. */
    public SafeListener(SigningListener delegate) {
        this.delegate = delegate == null ? SigningListener.none() : delegate;
    }

    @Override
    public void verificationCode(VerificationCode code) {
        Objects.requireNonNull(code, "code");
        call(() -> delegate.verificationCode(code), "verificationCode");
    }

    @Override
    public void stateChanged(SigningState state) {
        call(() -> delegate.stateChanged(state), "stateChanged");
    }

    @Override
    public void certificateExpiresSoon(CertificateExpiryWarning warning) {
        call(() -> delegate.certificateExpiresSoon(warning), "certificateExpiresSoon");
    }

    private static void call(Runnable call, String method) {
        try {
            call.run();
        } catch (RuntimeException e) {
            LOG.warn("signing listener failed in {}; the operation goes on", method, e);
        }
    }
}
