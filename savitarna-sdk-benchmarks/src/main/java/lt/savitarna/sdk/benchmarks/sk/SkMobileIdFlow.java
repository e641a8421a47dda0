package lt.savitarna.sdk.benchmarks.sk;

import ee.sk.mid.MidAuthentication;
import ee.sk.mid.MidAuthenticationHashToSign;
import ee.sk.mid.MidAuthenticationResponseValidator;
import ee.sk.mid.MidAuthenticationResult;
import ee.sk.mid.MidClient;
import ee.sk.mid.MidHashType;
import ee.sk.mid.MidLanguage;
import ee.sk.mid.rest.dao.MidSessionStatus;
import ee.sk.mid.rest.dao.request.MidAuthenticationRequest;
import java.util.List;

/**
 * SK's mid-rest-java-client 1.6 as its guide sets it up: the API host's certificate as the only
 * trusted TLS certificate, its validator with the test CA as anchor. The same request as
 * {@link OurMobileIdFlow}: a random SHA-256 hash, Lithuanian.
 */
public final class SkMobileIdFlow implements AuthFlow {

    private final MidClient client;
    private final MidAuthenticationResponseValidator validator;

    public SkMobileIdFlow(Target target) {
        client = MidClient.newBuilder()
                .withHostUrl(target.baseUri().toString())
                .withRelyingPartyUUID(RELYING_PARTY_UUID)
                .withRelyingPartyName(RELYING_PARTY_NAME)
                .withTrustedCertificates(AuthFlow.pem(target.server()))
                .withLongPollingTimeoutSeconds(10)
                .build();
        validator = new MidAuthenticationResponseValidator(List.of(target.ca()));
    }

    @Override
    public void authenticate() {
        MidAuthenticationHashToSign hash = MidAuthenticationHashToSign.generateRandomHashOfType(MidHashType.SHA256);
        String sessionId = client.getMobileIdConnector().authenticate(MidAuthenticationRequest.newBuilder()
                .withPhoneNumber(MOBILE_ID_PHONE)
                .withNationalIdentityNumber(MOBILE_ID_PERSONAL_CODE)
                .withHashToSign(hash)
                .withLanguage(MidLanguage.LIT)
                .build()).getSessionID();
        MidSessionStatus status = client.getSessionStatusPoller().fetchFinalAuthenticationSessionStatus(sessionId);
        MidAuthentication authentication = client.createMobileIdAuthentication(status, hash);
        MidAuthenticationResult result = validator.validate(authentication);
        if (!result.isValid()) {
            throw new IllegalStateException("not valid: " + result.getErrors());
        }
    }
}
