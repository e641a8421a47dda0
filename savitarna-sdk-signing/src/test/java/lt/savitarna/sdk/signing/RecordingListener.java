package lt.savitarna.sdk.signing;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import lt.savitarna.sdk.signature.CertificateExpiryWarning;
import lt.savitarna.sdk.signature.SigningListener;
import lt.savitarna.sdk.signature.SigningState;
import lt.savitarna.sdk.signature.VerificationCode;

/** Records what a provider reports; can act on a state and wait for the end of an operation. */
final class RecordingListener implements SigningListener {

    final List<VerificationCode> codes = new CopyOnWriteArrayList<>();
    final List<SigningState> states = new CopyOnWriteArrayList<>();
    final List<CertificateExpiryWarning> warnings = new CopyOnWriteArrayList<>();
    private final CountDownLatch ended = new CountDownLatch(1);
    private volatile SigningState trigger;
    private volatile Consumer<SigningState> action = s -> { };

    /** Runs the action (once) when the state is reported. */
    RecordingListener on(SigningState state, Runnable run) {
        this.trigger = state;
        this.action = s -> run.run();
        return this;
    }

    @Override
    public void verificationCode(VerificationCode code) {
        codes.add(code);
    }

    @Override
    public void stateChanged(SigningState state) {
        states.add(state);
        if (state == trigger) {
            trigger = null;
            action.accept(state);
        }
        if (state == SigningState.COMPLETED || state == SigningState.FAILED || state == SigningState.CANCELLED) {
            ended.countDown();
        }
    }

    @Override
    public void certificateExpiresSoon(CertificateExpiryWarning warning) {
        warnings.add(warning);
    }

    /** Waits until the operation reported its last state (the worker is then done with the network). */
    void awaitEnd() throws InterruptedException {
        if (!ended.await(10, TimeUnit.SECONDS)) {
            throw new AssertionError("the operation did not end; states so far " + states);
        }
    }
}
