package lt.savitarna.sdk.benchmarks.sk;

import java.util.List;
import lt.savitarna.sdk.signature.Authentication;
import lt.savitarna.sdk.signature.AuthenticationRequest;
import lt.savitarna.sdk.signature.Digest;
import lt.savitarna.sdk.signature.HashType;
import lt.savitarna.sdk.signature.SignerIdentity;
import lt.savitarna.sdk.signature.SigningListener;
import lt.savitarna.sdk.signature.identity.PersonalCode;
import lt.savitarna.sdk.signing.SmartIdConfig;
import lt.savitarna.sdk.signing.SmartIdProvider;
import lt.savitarna.sdk.signing.TlsPin;

/** The SDK's Smart-ID provider: one shared provider, pinned to the simulator's certificate. */
public final class OurSmartIdFlow implements AuthFlow {

    private final SmartIdProvider provider;
    private final SignerIdentity person = SignerIdentity.of(PersonalCode.parse(SMART_ID_PERSONAL_CODE));

    public OurSmartIdFlow(Target target) {
        provider = SmartIdProvider.create(SmartIdConfig.demo(RELYING_PARTY_UUID, RELYING_PARTY_NAME)
                .baseUri(target.baseUri())
                .trustServerCertificate(target.ca())
                .tlsPins(TlsPin.of(target.server()))
                .trustAnchors(List.of(target.ca()))
                .build());
    }

    public SmartIdProvider provider() {
        return provider;
    }

    public AuthenticationRequest request() {
        return AuthenticationRequest.builder(person, Digest.random(HashType.SHA512)).build();
    }

    @Override
    public void authenticate() {
        Authentication done = provider.authenticate(request(), SigningListener.none());
        if (done.identity() == null || done.signature().length == 0) {
            throw new IllegalStateException("no identity");
        }
    }
}
