package lt.savitarna.sdk.examples.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import lt.savitarna.sdk.SavitarnaClient;
import lt.savitarna.sdk.Session;
import lt.savitarna.sdk.document.DocumentState;
import lt.savitarna.sdk.document.SignedDocument;
import lt.savitarna.sdk.signature.SignerIdentity;
import lt.savitarna.sdk.signature.SigningListener;
import lt.savitarna.sdk.signature.identity.PersonalCode;
import lt.savitarna.sdk.testkit.PortalEnvironment;
import lt.savitarna.sdk.testkit.sandbox.DemoData;
import org.junit.jupiter.api.Test;

/**
 * The whole portal on this machine in one line: the sandbox, both simulators and their test PKI,
 * with a client and providers already pointed at them. Signing a contract needs nothing else.
 */
class PortalEnvironmentExampleTest {

    @Test
    void jonasSignsTheContractWithSmartId() {
        // @start region=sign-contract
        try (PortalEnvironment environment = PortalEnvironment.start();
             SavitarnaClient client = environment.client();
             Session session = client.login(DemoData.JONAS_EMAIL, DemoData.JONAS_PASSWORD.toCharArray())) {
            SignedDocument signed = session.workspace(DemoData.MAIN_COMPANY_ID, DemoData.MAIN_PARTY_ID).documents()
                    .sign(DemoData.CONTRACT_AWAITING_SIGNATURE_ID, environment.smartId(),
                            SignerIdentity.of(PersonalCode.parse(DemoData.JONAS_PERSONAL_CODE)), SigningListener.none());
            assertEquals(DocumentState.SIGNED, signed.document().state());
            assertEquals(1, environment.sandbox().counters().completedSignatures());
        }
        // @end
    }
}
