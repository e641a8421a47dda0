package lt.savitarna.sdk.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import lt.savitarna.sdk.signature.SignatureProviders;
import lt.savitarna.sdk.signature.SignerIdentity;
import lt.savitarna.sdk.testkit.PortalEnvironment;
import lt.savitarna.sdk.testkit.sandbox.DemoData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SigningExamplesTest {

    private static final Pattern CODE = Pattern.compile("Verification code: (\\d{4})");

    @TempDir
    Path folder;

    @Test
    void confirmsWithSmartIdAndThenLogsInWithIt() {
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        try (EmbeddedServices services = new EmbeddedServices(false)) {
            ConfirmIdentityWithSmartId.run(services.sandbox.baseUri(), services.smartId(),
                    new PrintStream(buffer, true, StandardCharsets.UTF_8));
        }
        String printed = buffer.toString(StandardCharsets.UTF_8);
        assertEquals(2, codes(printed), "a code for the confirmation and one for the login: " + printed);
        assertTrue(printed.contains("Identity confirmed: OK TESTNUMBER (3*********4); session state: "
                + "IDENTITY_CONFIRMED"), printed);
        assertTrue(printed.contains("Logged in with Smart-ID; session state: IDENTITY_CONFIRMED"), printed);
    }

    @Test
    void signsWithSmartId() throws Exception {
        String printed = sign(false);
        assertEquals(2, codes(printed), "login and signature: " + printed);
    }

    @Test
    void signsWithMobileId() throws Exception {
        String printed = sign(true);
        assertEquals(2, codes(printed), "confirmation and signature: " + printed);
    }

    @Test
    void readsAValidFormIntoAMobileIdSigner() {
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        Optional<SignerIdentity> signer = IdentityInput.run(IdentityInput.DEMO_PERSONAL_CODE,
                IdentityInput.DEMO_PHONE_NUMBER, new PrintStream(buffer, true, StandardCharsets.UTF_8));
        String printed = buffer.toString(StandardCharsets.UTF_8);
        assertTrue(signer.isPresent(), printed);
        assertEquals("+37060000666", signer.get().phoneNumber().orElseThrow().value());
        assertTrue(printed.contains("Personal code 5*********5: a man born 2000-01-01"), printed);
        assertTrue(printed.contains("The certificate names PNOLT-5*********5: country LT, PNO"), printed);
        assertTrue(printed.contains("Signed by the person who typed the code: yes"), printed);
        assertFalse(printed.contains("50001018865") || printed.contains("60000666"), "nothing unmasked: " + printed);
    }

    @Test
    void explainsWhatToFixInTheForm() {
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        PrintStream out = new PrintStream(buffer, true, StandardCharsets.UTF_8);
        assertTrue(IdentityInput.run("50001018866", IdentityInput.DEMO_PHONE_NUMBER, out).isEmpty());
        assertTrue(IdentityInput.run(IdentityInput.DEMO_PERSONAL_CODE, "8 600", out).isEmpty());
        String printed = buffer.toString(StandardCharsets.UTF_8);
        assertTrue(printed.contains("(CHECK_DIGIT)"), printed);
        assertTrue(printed.contains("Phone number: "), printed);
    }

    @Test
    void signsADigestAndChecksItLikeThePortal() throws Exception {
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        try (PortalEnvironment simulators = PortalEnvironment.start(false, Duration.ofMillis(50))) {
            Path anchors = simulators.pki().writeCaCertificatePem(folder.resolve("anchors.pem"));
            SignDigestWithSmartId.run(simulators.smartId(), simulators.mobileId(), anchors,
                    new PrintStream(buffer, true, StandardCharsets.UTF_8));
        }
        String printed = buffer.toString(StandardCharsets.UTF_8);
        assertTrue(printed.contains("Logged in: OK TESTNUMBER (PNOLT-3*********4)"), printed);
        assertTrue(printed.contains("A text of 68 characters is shortened to 60"), printed);
        assertTrue(printed.contains("The signature matches the certificate: true"), printed);
        assertTrue(printed.contains("fit for signing and names PNOLT-3*********4"), printed);
        assertTrue(printed.contains("Second signature cancelled: true"), printed);
        assertTrue(printed.contains("The SIM dialog text is sent in UCS-2"), printed);
        assertTrue(printed.contains("Logged in with Mobile-ID: PNOLT-5*********5"), printed);
        assertTrue(printed.contains("Signed with Mobile-ID: "), printed);
        Matcher expected = Pattern.compile("The login's verification code was (\\d{4})").matcher(printed);
        assertTrue(expected.find(), printed);
        assertTrue(printed.contains("Verification code: " + expected.group(1)), "the phone's code: " + printed);
    }

    @Test
    void configuresProvidersAndSealsAnInvoice() throws Exception {
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        Path anchors = ConfigureSigningProviders.writePem(
                lt.savitarna.sdk.signing.TrustAnchors.demo(), folder.resolve("sk.pem"));
        char[] password = "seal-password-for-the-test".toCharArray();
        Path seal = ConfigureSigningProviders.createThrowAwaySeal(folder.resolve("seal.p12"), password.clone());
        SignatureProviders providers = ConfigureSigningProviders.run(anchors, seal, password,
                new PrintStream(buffer, true, StandardCharsets.UTF_8));
        String printed = buffer.toString(StandardCharsets.UTF_8);
        assertEquals(java.util.Set.of("smart-id", "mobile-id", "company-seal"), providers.names());
        assertTrue(new String(password).chars().allMatch(c -> c == 0), "the seal's password is cleared");
        assertTrue(printed.contains("Invoice sealed with SHA256withECDSA by CN=UAB Agrokoncernas e-seal"), printed);
        assertTrue(printed.contains("The seal verifies"), printed);
    }

    @Test
    void handlesEachSigningFailureWhereItCanBeActedOn() {
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        Map<String, String> screens;
        try (PortalEnvironment simulators = PortalEnvironment.start(false, Duration.ofMillis(50))) {
            screens = SigningFailures.run(simulators, new PrintStream(buffer, true, StandardCharsets.UTF_8));
        }
        String printed = buffer.toString(StandardCharsets.UTF_8);
        assertTrue(screens.get("Smart-ID OK").startsWith("Welcome, OK"), printed);
        assertTrue(screens.get("Smart-ID USER_REFUSED").startsWith("Stopped: "), printed);
        assertTrue(screens.get("Smart-ID WRONG_VC").startsWith("Wrong code: "), printed);
        assertTrue(screens.get("Smart-ID TIMEOUT").startsWith("Try again: "), printed);
        assertTrue(screens.get("Smart-ID NOT_QUALIFIED").startsWith("Use another method: "), printed);
        assertTrue(screens.get("Smart-ID unknown person").startsWith("Check the personal code: "), printed);
        assertTrue(screens.get("Mobile-ID NOT_MID_CLIENT").startsWith("Use another method: "), printed);
        assertTrue(screens.get("Mobile-ID USER_CANCELLED").startsWith("Stopped: "), printed);
        assertTrue(screens.get("Mobile-ID PHONE_ABSENT").startsWith("Try again: "), printed);
        assertTrue(screens.get("Mobile-ID SIM_ERROR").startsWith("The phone cannot sign now: "), printed);
        assertTrue(screens.get("Smart-ID answer signed outside SK").startsWith("Sign-in failed: "), printed);
        assertTrue(printed.contains("SECURITY RESPONSE_UNTRUSTED_CERTIFICATE"), printed);
    }

    private String sign(boolean mobileId) throws Exception {
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        SignContract.run(mobileId, folder, new PrintStream(buffer, true, StandardCharsets.UTF_8));
        String printed = buffer.toString(StandardCharsets.UTF_8);
        assertTrue(printed.contains("the contract is now SIGNED"), printed);
        assertTrue(printed.contains("  mimetype"), printed);
        assertTrue(Files.size(folder.resolve(DemoData.CONTRACT_AWAITING_SIGNATURE_ID + ".asice")) > 0);
        return printed;
    }

    private static int codes(String printed) {
        Matcher m = CODE.matcher(printed);
        int count = 0;
        while (m.find()) {
            count++;
        }
        return count;
    }
}
