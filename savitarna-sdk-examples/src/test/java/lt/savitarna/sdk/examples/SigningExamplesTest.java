package lt.savitarna.sdk.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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
