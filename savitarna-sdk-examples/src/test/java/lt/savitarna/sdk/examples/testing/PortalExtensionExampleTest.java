package lt.savitarna.sdk.examples.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import lt.savitarna.sdk.SavitarnaClient;
import lt.savitarna.sdk.Session;
import lt.savitarna.sdk.document.DocumentState;
import lt.savitarna.sdk.document.SignedDocument;
import lt.savitarna.sdk.signature.SignerIdentity;
import lt.savitarna.sdk.signature.SigningListener;
import lt.savitarna.sdk.signature.identity.PersonalCode;
import lt.savitarna.sdk.signing.SmartIdProvider;
import lt.savitarna.sdk.testkit.PortalExtension;
import lt.savitarna.sdk.testkit.sandbox.DemoData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The JUnit 5 extension over the whole portal environment: the test asks for a client and a
 * Smart-ID provider, already pointed at the sandbox and the simulator, and signs.
 */
// @start region=extension
class PortalExtensionExampleTest {

    @RegisterExtension
    static final PortalExtension PORTAL = new PortalExtension();

    @Test
    void jonasSignsTheContract(SavitarnaClient client, SmartIdProvider smartId) {
        try (Session session = client.login(DemoData.JONAS_EMAIL, DemoData.JONAS_PASSWORD.toCharArray())) {
            SignedDocument signed = session.workspace(DemoData.MAIN_COMPANY_ID, DemoData.MAIN_PARTY_ID).documents()
                    .sign(DemoData.CONTRACT_AWAITING_SIGNATURE_ID, smartId,
                            SignerIdentity.of(PersonalCode.parse(DemoData.JONAS_PERSONAL_CODE)), SigningListener.none());
            assertEquals(DocumentState.SIGNED, signed.document().state());
        }
    }
}
// @end
