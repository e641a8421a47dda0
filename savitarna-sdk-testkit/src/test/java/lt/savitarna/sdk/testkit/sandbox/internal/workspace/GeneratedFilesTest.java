package lt.savitarna.sdk.testkit.sandbox.internal.workspace;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;

class GeneratedFilesTest {

    @Test
    void aPdfOfAnExactSizeForEverySizeAroundPowerOfTenBoundaries() throws IOException {
        for (long size : new long[] {16 * 1024, 99_999, 100_000, 100_001, 999_998, 1_000_000, 1_000_001, 3_145_851}) {
            GeneratedFile pdf = page().buildOfSize(size, 7);
            assertEquals(size, pdf.size());
            assertEquals(size, bytes(pdf, 0, size - 1).length);
        }
        assertThrows(IllegalArgumentException.class, () -> page().buildOfSize(300, 7));
    }

    @Test
    void anyRangeEqualsTheSameBytesOfTheWholeFile() throws Exception {
        GeneratedFile pdf = page().build(200_000, 99);
        byte[] all = bytes(pdf, 0, pdf.size() - 1);
        long[][] ranges = {{0, 0}, {0, 1000}, {500, 70_000}, {65_535, 65_537}, {131_000, pdf.size() - 1},
            {pdf.size() - 1, pdf.size() - 1}};
        for (long[] range : ranges) {
            assertArrayEquals(Arrays.copyOfRange(all, (int) range[0], (int) range[1] + 1), bytes(pdf, range[0], range[1]),
                    range[0] + "-" + range[1]);
        }
        assertEquals(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(all)),
                pdf.digests().sha256Hex());
        assertArrayEquals(all, bytes(page().build(200_000, 99), 0, pdf.size() - 1), "deterministic");
        assertThrows(IllegalArgumentException.class, () -> bytes(pdf, 10, pdf.size()));
    }

    @Test
    void theDigestOfFileAndSuffixNeedsNoSecondPass() throws Exception {
        GeneratedFile pdf = page().build(5000, 1);
        byte[] suffix = {1, 2, 3};
        MessageDigest expected = MessageDigest.getInstance("SHA-256");
        expected.update(bytes(pdf, 0, pdf.size() - 1));
        expected.update(suffix);
        byte[] once = pdf.digests().sha256WithSuffix(suffix);
        assertArrayEquals(expected.digest(), once);
        assertArrayEquals(once, pdf.digests().sha256WithSuffix(suffix), "the kept state is not used up");
    }

    @Test
    void textIsTransliteratedAndEscaped() {
        assertEquals("ZUB \"Javu laukas\" \\(Sasiuvinis\\) 10 EUR", PdfWriter.escape("ŽŪB „Javų laukas“ (Sąsiuvinis) 10 €"));
        assertEquals("a b", PdfWriter.ascii("a\u0007b"));
    }

    private static PdfWriter page() {
        return new PdfWriter("Bandymas", LocalDate.of(2026, 11, 24)).heading("UAB „Agrokoncernas“").text("Ąžuolas");
    }

    private static byte[] bytes(GeneratedFile file, long first, long last) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        file.write(first, last, out);
        return out.toByteArray();
    }
}
