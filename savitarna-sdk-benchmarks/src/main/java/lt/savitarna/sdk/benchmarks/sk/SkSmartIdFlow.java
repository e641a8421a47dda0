package lt.savitarna.sdk.benchmarks.sk;

import ee.sk.smartid.AuthenticationHash;
import ee.sk.smartid.AuthenticationIdentity;
import ee.sk.smartid.AuthenticationResponseValidator;
import ee.sk.smartid.HashType;
import ee.sk.smartid.SmartIdAuthenticationResponse;
import ee.sk.smartid.SmartIdClient;
import ee.sk.smartid.rest.dao.Interaction;
import java.security.cert.X509Certificate;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * SK's smart-id-java-client 2.3.1 as its guide sets it up: the API host's certificate as the only
 * trusted TLS certificate, its validator with the test CA as anchor. The same request as
 * {@link OurSmartIdFlow}: display text and PIN, QUALIFIED, a random SHA-512 hash.
 */
public final class SkSmartIdFlow implements AuthFlow {

    private static final List<Interaction> PIN = List.of(Interaction.displayTextAndPIN("Prisijungimas"));

    private final SmartIdClient client = new SmartIdClient();
    private final AuthenticationResponseValidator validator;

    public SkSmartIdFlow(Target target) {
        client.setRelyingPartyUUID(RELYING_PARTY_UUID);
        client.setRelyingPartyName(RELYING_PARTY_NAME);
        client.setHostUrl(target.baseUri().toString());
        client.setTrustedCertificates(AuthFlow.pem(target.server()));
        client.setSessionStatusResponseSocketOpenTime(TimeUnit.SECONDS, 10);
        client.setPollingSleepTimeout(TimeUnit.MILLISECONDS, 50);
        validator = new AuthenticationResponseValidator(new X509Certificate[] {target.ca()});
    }

    @Override
    public void authenticate() {
        SmartIdAuthenticationResponse response = client.createAuthentication()
                .withSemanticsIdentifierAsString("PNOLT-" + SMART_ID_PERSONAL_CODE)
                .withAuthenticationHash(AuthenticationHash.generateRandomHash(HashType.SHA512))
                .withCertificateLevel("QUALIFIED")
                .withAllowedInteractionsOrder(PIN)
                .authenticate();
        AuthenticationIdentity identity = validator.validate(response);
        if (!SMART_ID_PERSONAL_CODE.equals(identity.getIdentityNumber())) {
            throw new IllegalStateException("unexpected identity");
        }
    }
}
