package lt.savitarna.sdk.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FileNamesTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "../../etc/passwd|passwd",
        "..\\..\\Windows\\win.ini|win.ini",
        "C:evil.pdf|C_evil.pdf",
        "Sutartis Nr. 5: grūdai.pdf|Sutartis Nr. 5_ grūdai.pdf",
        "ąčęėįšųūž ĄČĘĖĮŠŲŪŽ.pdf|ąčęėįšųūž ĄČĘĖĮŠŲŪŽ.pdf",
        "a<b>c:d?e*f\".pdf|a_b_c_d_e_f_.pdf",
        "CON.pdf|_CON.pdf",
        "nul|_nul",
        "com1.txt.pdf|_com1.txt.pdf",
        "CONSOLE.pdf|CONSOLE.pdf",
        "...|document",
        "' . . '|document",
        ".hidden.pdf|hidden.pdf",
        "trailing. . .|trailing",
        "a..b...c.pdf|a.b.c.pdf",
        "two   spaces.pdf|two spaces.pdf"
    })
    void makesServerNamesSafe(String given, String expected) {
        assertEquals(expected, FileNames.sanitize(given.replace("'", "")));
    }

    @Test
    void dropsControlAndInvisibleFormattingCharacters() {
        assertEquals("invoicefdp.exe", FileNames.sanitize("invoice\u202Efdp.exe"), "a right-to-left override");
        assertEquals("ab.pdf", FileNames.sanitize("a\u0000\u0007\nb\t.pdf"));
        assertEquals("ab.pdf", FileNames.sanitize("a\u200Bb.pdf"), "a zero-width space");
        assertEquals("a_b.pdf", FileNames.sanitize("a|b.pdf"));
        assertEquals("document", FileNames.sanitize(null));
        assertEquals("document", FileNames.sanitize(""));
    }

    @Test
    void sanitisingTwiceGivesTheSameNameWhenARemovedCharacterSplitACombiningSequence() {
        // 'h', a zero-width joiner (format), then a combining dot below: once the joiner goes,
        // NFC composes the two into one letter, so the first pass must already do so
        String once = FileNames.sanitize("h\u200D\u0323.pdf");
        assertEquals("\u1E25.pdf", once);
        assertEquals(once, FileNames.sanitize(once));
    }

    @Test
    void composesLithuanianLettersIntoSingleCharacters() {
        String decomposed = "Pavarde\u0307 s\u030C.pdf"; // e + combining dot above, s + caron
        assertEquals("Pavardė š.pdf", FileNames.sanitize(decomposed));
    }

    @Test
    void limitsTheLengthInUtf8BytesAndKeepsTheExtension() {
        String name = "ž".repeat(300) + ".pdf";
        String safe = FileNames.sanitize(name);
        assertTrue(safe.getBytes(StandardCharsets.UTF_8).length <= FileNames.MAX_BYTES);
        assertTrue(safe.endsWith(".pdf"), safe);
        assertTrue(safe.startsWith("žž"));
        String tiny = FileNames.sanitize("a".repeat(100) + ".documentation-extension-that-is-long", 40);
        assertTrue(tiny.length() <= 40, tiny);
    }

    @Test
    void neverLeavesTheTargetFolder() {
        Path dir = Path.of("/srv/inbox");
        for (String evil : new String[] {"../x", "..", "/abs/path.pdf", "a/../../b", "\\\\server\\share\\f"}) {
            Path p = dir.resolve(FileNames.sanitize(evil)).normalize();
            assertEquals(dir, p.getParent(), evil);
            assertFalse(p.getFileName().toString().startsWith("."), evil);
        }
    }

    @Test
    void documentFilesOfferTheSafeName() {
        assertEquals("x_y.pdf", new DocumentFile("../x:y.pdf", "application/pdf", 1, null).safeFileName());
    }
}
