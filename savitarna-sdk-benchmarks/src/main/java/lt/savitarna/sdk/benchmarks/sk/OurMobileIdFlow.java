package lt.savitarna.sdk.benchmarks.sk;

import java.util.List;
import lt.savitarna.sdk.signature.Authentication;
import lt.savitarna.sdk.signature.AuthenticationRequest;
import lt.savitarna.sdk.signature.Digest;
import lt.savitarna.sdk.signature.HashType;
import lt.savitarna.sdk.signature.SignerIdentity;
import lt.savitarna.sdk.signature.SigningListener;
import lt.savitarna.sdk.signature.identity.PersonalCode;
import lt.savitarna.sdk.signature.identity.PhoneNumber;
import lt.savitarna.sdk.signing.MobileIdConfig;
import lt.savitarna.sdk.signing.MobileIdProvider;
import lt.savitarna.sdk.signing.TlsPin;

/** The SDK's Mobile-ID provider: one shared provider, pinned to the simulator's certificate. */
public final class OurMobileIdFlow implements AuthFlow {

    private final MobileIdProvider provider;
    private final SignerIdentity person = SignerIdentity.mobileId(PhoneNumber.parse(MOBILE_ID_PHONE),
            PersonalCode.parse(MOBILE_ID_PERSONAL_CODE));

    public OurMobileIdFlow(Target target) {
        provider = MobileIdProvider.create(MobileIdConfig.demo(RELYING_PARTY_UUID, RELYING_PARTY_NAME)
                .baseUri(target.baseUri())
                .trustServerCertificate(target.ca())
                .tlsPins(TlsPin.of(target.server()))
                .trustAnchors(List.of(target.ca()))
                .build());
    }

    @Override
    public void authenticate() {
        Authentication done = provider.authenticate(
                AuthenticationRequest.builder(person, Digest.random(HashType.SHA256)).build(), SigningListener.none());
        if (done.signature().length == 0) {
            throw new IllegalStateException("no signature");
        }
    }
}
