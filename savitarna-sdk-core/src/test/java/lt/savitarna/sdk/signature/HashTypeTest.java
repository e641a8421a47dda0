package lt.savitarna.sdk.signature;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.HexFormat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

class HashTypeTest {

    private static final HexFormat HEX = HexFormat.of();

    @ParameterizedTest
    @CsvSource({
        "SHA256, SHA-256, 32, 3031300d060960864801650304020105000420",
        "SHA384, SHA-384, 48, 3041300d060960864801650304020205000430",
        "SHA512, SHA-512, 64, 3051300d060960864801650304020305000440",
    })
    void describesEachAlgorithm(HashType type, String jdkName, int length, String prefixHex) {
        assertEquals(jdkName, type.jdkAlgorithm());
        assertEquals(length, type.digestLength());
        assertEquals(prefixHex, HEX.formatHex(type.digestInfoPrefix()));
        assertEquals(type, HashType.valueOf(type.name()), "constant names are the wire values");
    }

    @ParameterizedTest
    @EnumSource(HashType.class)
    void digestInfoIsAWellFormedDerSequenceEndingWithTheHash(HashType type) {
        byte[] hash = type.digest("savitarna".getBytes(StandardCharsets.UTF_8));

        byte[] info = type.digestInfo(hash);

        assertEquals(0x30, info[0] & 0xFF, "SEQUENCE");
        assertEquals(info.length - 2, info[1] & 0xFF, "length of the SEQUENCE's content");
        assertEquals(0x04, info[info.length - hash.length - 2] & 0xFF, "OCTET STRING");
        assertEquals(hash.length, info[info.length - hash.length - 1] & 0xFF, "length of the OCTET STRING");
        assertArrayEquals(hash, Arrays.copyOfRange(info, info.length - hash.length, info.length));
        // OID 2.16.840.1.101.3.4.2.n: n = 1, 2, 3 for SHA-256, SHA-384, SHA-512
        byte[] oid = HEX.parseHex("608648016503040200");
        oid[oid.length - 1] = (byte) (type.ordinal() + 1);
        assertArrayEquals(oid, Arrays.copyOfRange(info, 6, 6 + oid.length));
    }

    @ParameterizedTest
    @EnumSource(HashType.class)
    void digestsWithTheJdkAlgorithm(HashType type) throws Exception {
        byte[] data = "Hello World!".getBytes(StandardCharsets.UTF_8);

        assertArrayEquals(MessageDigest.getInstance(type.jdkAlgorithm()).digest(data), type.digest(data));
        assertEquals(type.digestLength(), type.digest(data).length);
        assertNotSame(type.newMessageDigest(), type.newMessageDigest());
    }

    @Test
    void digestsAKnownVector() {
        assertEquals("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad",
                HEX.formatHex(HashType.SHA256.digest("abc".getBytes(StandardCharsets.US_ASCII))));
    }

    @ParameterizedTest
    @EnumSource(HashType.class)
    void digestInfoRefusesAHashOfAnotherLength(HashType type) {
        assertThrows(IllegalArgumentException.class, () -> type.digestInfo(new byte[type.digestLength() - 1]));
        assertThrows(IllegalArgumentException.class, () -> type.digestInfo(new byte[type.digestLength() + 1]));
        assertThrows(NullPointerException.class, () -> type.digestInfo(null));
    }

    @Test
    void prefixIsACopy() {
        byte[] prefix = HashType.SHA256.digestInfoPrefix();
        prefix[0] = 0;

        assertEquals(0x30, HashType.SHA256.digestInfoPrefix()[0]);
    }
}
