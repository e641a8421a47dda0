package lt.savitarna.sdk.examples;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Runs the examples that handle failures; each step prints what the person would be told. */
class ErrorExamplesTest {

    @TempDir
    Path folder;

    @Test
    void accountErrorsSayWhatToFix() {
        String printed = CoreExamplesTest.run(AccountErrors::run);
        assertTrue(printed.contains("Paskyra su šiuo el. pašto adresu jau yra"), printed);
        assertTrue(printed.contains("\npassword: "), printed);
        assertTrue(printed.contains("\nconsents.privacyPolicyAndRules: "), printed);
        assertTrue(printed.contains("\nemail: "), printed);
        assertTrue(printed.contains("Registered petras."), printed);
        assertTrue(printed.contains("Neteisingas el. pašto adresas arba slaptažodis"), printed);
        assertTrue(printed.contains("Prisijunkite iš naujo.\nLogged in again as petras."), printed);
    }

    @Test
    void workspaceErrorsAreHandled() {
        String printed = CoreExamplesTest.run(portal -> WorkspaceErrors.run(portal, folder));
        assertTrue(printed.contains("1. A document that is not there: none"), printed);
        assertTrue(printed.contains("Neturite teisės atlikti šio veiksmo"), printed);
        assertTrue(printed.contains("Ordered 1 t of "), printed);
        assertTrue(printed.contains("Šis pasiūlymas nebegalioja"), printed);
        assertTrue(printed.contains("quantity: must be between 1 and 3"), printed);
        assertTrue(printed.contains("Šio užsakymo atšaukti nebegalima"), printed);
        assertTrue(printed.contains("Ši operacija jau buvo išsiųsta su kitokiu turiniu"), printed);
        assertTrue(printed.contains("Asked again: hr_"), printed);
        assertTrue(printed.contains("galima įkelti tik PDF"), printed);
        assertTrue(printed.contains("Imported all 37 documents again."), printed);
        assertTrue(printed.contains("doc_jl_inv_00 arrived damaged"), printed);
        assertTrue(printed.contains("Cannot write "), printed);
    }

    @Test
    void unreliableNetworkFailuresAreHandled() {
        String printed = CoreExamplesTest.run(UnreliableNetwork::run);
        assertTrue(printed.contains("1. The portal stays busy:\nKlientų savitarna laikinai nepasiekiama"), printed);
        assertTrue(printed.contains("2. The portal limits the requests:\nPer daug užklausų"), printed);
        assertTrue(printed.contains("3. The network drops every connection:\nNo connection after "), printed);
        assertTrue(printed.contains("4. The answers come too late:\nGave up after 5 s"), printed);
        assertTrue(printed.contains("5. An answer that cannot be read:\nAn unreadable answer, HTTP 200"), printed);
        assertTrue(printed.contains("6. An error of the portal itself:\nThe portal failed; quote request id "), printed);
        assertTrue(printed.contains("(TEAPOT, request id "), printed);
    }

    @Test
    void signingErrorsAreHandled() {
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        SigningErrors.run(folder, new PrintStream(buffer, true, StandardCharsets.UTF_8));
        String printed = buffer.toString(StandardCharsets.UTF_8);
        assertTrue(printed.contains("su jumis dar nesusieta jokia savitarnos paskyra"), printed);
        assertTrue(printed.contains("jau susieta su kita savitarnos paskyra"), printed);
        assertTrue(printed.contains("3. Signing a contract that is already signed:\nŠio dokumento dabar pasirašyti negalima"),
                printed);
        assertTrue(printed.contains("Dokumentas dar neturi pasirašytos versijos"), printed);
    }
}
