package lt.savitarna.sdk.testkit.sk.internal;

import java.time.Clock;
import java.time.Duration;

/**
 * What a simulated SK service offers its simulator: the HTTP handling, the sessions the phones
 * see and the way to answer them. Smart-ID's and Mobile-ID's services differ only in the protocol.
 */
public interface SimService extends SimHttpServer.Handler {

    /** {@return the sessions kept, and the polls waiting on them} */
    SessionRegistry sessions();

    /** {@return how running sessions get their answer} */
    Completions completions();

    /** Makes a service; the parameters are the simulator builder's settings. */
    @FunctionalInterface
    interface Factory {
        /**
         * @param relyingPartyUuid the one relying party served
         * @param relyingPartyName its name
         * @param completionDelay  how long the person takes, or {@code null} to wait for the test
         * @param clock            the clock for retention
         * @param pki              the certificates and keys
         * @return the service
         */
        SimService create(String relyingPartyUuid, String relyingPartyName, Duration completionDelay, Clock clock,
                          PkiMaterial pki);
    }
}
