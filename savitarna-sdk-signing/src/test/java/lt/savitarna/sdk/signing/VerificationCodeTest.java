package lt.savitarna.sdk.signing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Random;

import lt.savitarna.sdk.signature.HashType;
import lt.savitarna.sdk.signature.VerificationCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class VerificationCodeTest {

    private static final HexFormat HEX = HexFormat.of();

    // --- Smart-ID ---

    @Test
    void smartIdCodeOfTheSpecificationsTwoByteExample() {
        assertEquals("4555", SmartIdVerificationCode.of(new byte[] {27, -69}).digits());
    }

    @Test
    void smartIdCodeOfHelloWorld() {
        byte[] hash = HashType.SHA256.digest("Hello World!".getBytes(StandardCharsets.UTF_8));

        assertEquals("7712", SmartIdVerificationCode.of(hash).digits());
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
        // SHA-384("abc") and SHA-512("abc"): the code hashes the raw bytes with SHA-256 whatever their type
        "cb00753f45a35e8bb5a03d699ac65007272c32ab0eded1631a8b605a43ff5bed8086072ba1e7cc2358baeca134c825a7, 1265",
        "ddaf35a193617abacc417349ae20413112e6fa4e89a97ea20a9eeee64b55d39a2192992a274fc1a836ba3c23a3feebbd"
                + "454d4423643ce80e2a9ac94fa54ca49f, 5772",
        "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855, 7974",
        "0000000000000000000000000000000000000000000000000000000000000000, 0533",
        "ff, 0297",
    })
    void smartIdCodeOfFurtherVectors(String hashHex, String expected) {
        assertEquals(expected, SmartIdVerificationCode.of(HEX.parseHex(hashHex)).digits());
    }

    @Test
    void smartIdCodeKeepsLeadingZeros() {
        byte[] hash = HashType.SHA256.digest("116".getBytes(StandardCharsets.US_ASCII));

        assertEquals("0064", SmartIdVerificationCode.of(hash).digits());
    }

    // --- Mobile-ID ---

    @Test
    void mobileIdCodeOfTheSpecificationsExample() {
        byte[] hash = HEX.parseHex("2f665f6a6999e0ef0752e00ec9f453adf59d8cb6");

        assertEquals("1462", MobileIdVerificationCode.of(hash).digits());
    }

    @Test
    void mobileIdCodeOfHackerman() {
        byte[] hash = HashType.SHA256.digest("HACKERMAN".getBytes(StandardCharsets.UTF_8));

        assertEquals("0104", MobileIdVerificationCode.of(hash).digits());
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
        "0000000000000000000000000000000000000000000000000000000000000000, 0000",
        "ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff, 8191",
        // the low two bits of the first byte and the top bit of the last do not count
        "0300000000000000000000000000000000000000000000000000000000000080, 0000",
        "0400000000000000000000000000000000000000000000000000000000000001, 0129",
        "ff, 8191",
        "cb00753f45a35e8bb5a03d699ac65007272c32ab0eded1631a8b605a43ff5bed8086072ba1e7cc2358baeca134c825a7, 6439",
    })
    void mobileIdCodeOfFurtherVectors(String hashHex, String expected) {
        assertEquals(expected, MobileIdVerificationCode.of(HEX.parseHex(hashHex)).digits());
    }

    @Test
    void mobileIdCodeIsAlwaysWithinThirteenBits() {
        Random random = new Random(42);
        byte[] hash = new byte[32];
        for (int i = 0; i < 1_000; i++) {
            random.nextBytes(hash);
            int code = Integer.parseInt(MobileIdVerificationCode.of(hash).digits());
            assertTrue(code >= 0 && code <= 8191, "code " + code);
            assertEquals(((hash[0] & 0xFF) >> 2) * 128 + (hash[31] & 0x7F), code);
        }
    }

    // --- both ---

    @Test
    void refuseAnEmptyOrMissingHash() {
        assertThrows(IllegalArgumentException.class, () -> SmartIdVerificationCode.of(new byte[0]));
        assertThrows(IllegalArgumentException.class, () -> MobileIdVerificationCode.of(new byte[0]));
        assertThrows(NullPointerException.class, () -> SmartIdVerificationCode.of(null));
        assertThrows(NullPointerException.class, () -> MobileIdVerificationCode.of(null));
    }

    @Test
    void digitsStayAsciiWhateverTheDefaultLocale() {
        Locale original = Locale.getDefault();
        try {
            Locale.setDefault(Locale.forLanguageTag("ar-EG"));
            assertEquals("0104", MobileIdVerificationCode.of(
                    HashType.SHA256.digest("HACKERMAN".getBytes(StandardCharsets.UTF_8))).digits());
            Locale.setDefault(Locale.forLanguageTag("th-TH-u-nu-thai"));
            assertEquals("0064", SmartIdVerificationCode.of(
                    HashType.SHA256.digest("116".getBytes(StandardCharsets.US_ASCII))).digits());
        } finally {
            Locale.setDefault(original);
        }
    }

    @Test
    void verificationCodeIsFourAsciiDigits() {
        VerificationCode code = new VerificationCode("0042");

        assertEquals("0042", code.digits());
        assertEquals("0042", code.toString());
        assertEquals(new VerificationCode("0042"), code);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "123", "12345", "12a4", " 123", "١٢٣٤"})
    void verificationCodeRefusesAnythingElse(String digits) {
        assertThrows(IllegalArgumentException.class, () -> new VerificationCode(digits));
    }
}
