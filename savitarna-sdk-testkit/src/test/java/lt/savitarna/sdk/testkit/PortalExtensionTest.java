package lt.savitarna.sdk.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import lt.savitarna.sdk.SavitarnaClient;
import lt.savitarna.sdk.Session;
import lt.savitarna.sdk.document.DocumentState;
import lt.savitarna.sdk.document.SignedDocument;
import lt.savitarna.sdk.error.ServiceUnavailableException;
import lt.savitarna.sdk.RetryPolicy;
import lt.savitarna.sdk.signature.SignerIdentity;
import lt.savitarna.sdk.signature.SigningListener;
import lt.savitarna.sdk.signature.VerificationCode;
import lt.savitarna.sdk.signature.identity.PersonalCode;
import lt.savitarna.sdk.signing.SmartIdProvider;
import lt.savitarna.sdk.testkit.sandbox.DemoData;
import lt.savitarna.sdk.testkit.sandbox.SandboxFault;
import lt.savitarna.sdk.testkit.sandbox.SandboxServer;
import lt.savitarna.sdk.testkit.sk.SmartIdSimulator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(PortalExtension.class)
class PortalExtensionTest {

    @Test
    void injectsAReadyClientAndProvidersThatSignAgainstTheSimulators(SavitarnaClient client, SmartIdProvider smartId,
                                                                    SmartIdSimulator simulator, SandboxServer sandbox) {
        List<VerificationCode> shown = new ArrayList<>();
        try (Session jonas = client.login(DemoData.JONAS_EMAIL, DemoData.JONAS_PASSWORD.toCharArray())) {
            SignedDocument signed = jonas.workspace(DemoData.MAIN_COMPANY_ID, DemoData.MAIN_PARTY_ID).documents()
                    .sign(DemoData.CONTRACT_AWAITING_SIGNATURE_ID, smartId,
                            SignerIdentity.of(PersonalCode.parse(DemoData.JONAS_PERSONAL_CODE)),
                            new SigningListener() {
                                @Override
                                public void verificationCode(VerificationCode code) {
                                    shown.add(code);
                                }
                            });
            assertEquals(DocumentState.SIGNED, signed.document().state());
        }
        assertEquals(1, shown.size());
        assertTrue(simulator.sessions().stream()
                        .anyMatch(s -> s.verificationCode().equals(java.util.Optional.of(shown.get(0).digits()))),
                "the code shown is the one the simulated phone showed");
        assertEquals(1, sandbox.counters().completedSignatures());
    }

    @Test
    void handlesFlipFaultsOnTheSameSandboxTheClientUses(SavitarnaClient client, SandboxServer sandbox,
                                                        PortalEnvironment environment) {
        assertSame(environment.sandbox(), sandbox);
        sandbox.faults().add(SandboxFault.on("POST", "/api/v1/auth/password").times(5).unavailable(java.time.Duration.ofSeconds(1)));
        try (SavitarnaClient noRetries = environment.clientBuilder().retryPolicy(RetryPolicy.none()).build()) {
            ServiceUnavailableException down = org.junit.jupiter.api.Assertions.assertThrows(ServiceUnavailableException.class,
                    () -> noRetries.login(DemoData.JONAS_EMAIL, DemoData.JONAS_PASSWORD.toCharArray()));
            assertEquals(503, down.status());
        }
    }
}
