package lt.savitarna.sdk.signature;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;
import lt.savitarna.sdk.signature.identity.NationalIdentity;
import lt.savitarna.sdk.signature.identity.PersonalCode;
import lt.savitarna.sdk.signature.identity.PhoneNumber;
import org.junit.jupiter.api.Test;

class SpiValuesTest {

    static final PersonalCode CODE = PersonalCode.parse("30303039914");

    @Test
    void signerIdentitiesNeverShowWholeIdentifiers() {
        SignerIdentity smartId = SignerIdentity.of(CODE).withDocumentNumber("PNOLT-30303039914-MOCK-Q");
        SignerIdentity mobileId = SignerIdentity.mobileId(PhoneNumber.parse("860000666"), PersonalCode.parse("50001018865"));

        assertEquals("PNOLT-30303039914", smartId.nationalIdentity().orElseThrow().semanticsIdentifier());
        assertEquals("+37060000666", mobileId.phoneNumber().orElseThrow().value());
        for (String text : new String[] {smartId.toString(), mobileId.toString()}) {
            assertFalse(text.contains("30303039914") || text.contains("50001018865") || text.contains("60000666"), text);
        }
        assertEquals("SignerIdentity[anyone]", SignerIdentity.anyone().toString());
        assertEquals(SignerIdentity.of(NationalIdentity.parse("PNOLT-30303039914")), SignerIdentity.of(CODE));
        assertNotEquals(SignerIdentity.of(CODE), smartId);
        assertThrows(IllegalArgumentException.class, () -> SignerIdentity.smartIdDocument("PNOLT/../x"));
    }

    @Test
    void digestsAreCopiedAndChecked() {
        byte[] bytes = HashType.SHA256.digest("a".getBytes(StandardCharsets.UTF_8));
        Digest digest = Digest.of(HashType.SHA256, bytes);
        bytes[0] ^= 1;

        assertFalse(digest.matches(bytes));
        bytes[0] ^= 1;
        assertTrue(digest.matches(bytes));
        assertArrayEquals(bytes, digest.value());
        assertEquals(Digest.compute(HashType.SHA256, "a".getBytes(StandardCharsets.UTF_8)), digest);
        assertThrows(IllegalArgumentException.class, () -> Digest.of(HashType.SHA512, bytes));
        assertNotEquals(Digest.random(HashType.SHA384), Digest.random(HashType.SHA384));
        assertTrue(digest.toString().startsWith("SHA256:"), digest.toString());
    }

    @Test
    void levelsCompare() {
        assertTrue(CertificateLevel.QUALIFIED.satisfies(CertificateLevel.ADVANCED));
        assertTrue(CertificateLevel.QUALIFIED.satisfies(CertificateLevel.QSCD));
        assertFalse(CertificateLevel.ADVANCED.satisfies(CertificateLevel.QUALIFIED));
        assertEquals(Optional.of(CertificateLevel.QUALIFIED), CertificateLevel.fromWire("qualified"));
        assertEquals(Optional.empty(), CertificateLevel.fromWire("SUPERIOR"));
    }

    @Test
    void requestBuildersCheckAtOnce() {
        Digest challenge = Digest.random(HashType.SHA256);
        var builder = AuthenticationRequest.builder(SignerIdentity.of(CODE), challenge);

        assertThrows(IllegalArgumentException.class, () -> builder.certificateLevel(CertificateLevel.QSCD));
        assertThrows(IllegalArgumentException.class, () -> builder.nonce("x".repeat(31)));
        assertThrows(IllegalArgumentException.class, () -> builder.displayText(" "));
        assertThrows(IllegalArgumentException.class, () -> builder.deadline(Duration.ZERO));
        AuthenticationRequest request = builder.displayText("Prisijungimas").deadline(Duration.ofMinutes(1)).build();
        assertEquals(CertificateLevel.QUALIFIED, request.certificateLevel());
        assertEquals(Optional.of(Duration.ofMinutes(1)), request.deadline());
        assertEquals(Optional.empty(), request.confirmationMessage());
        assertFalse(request.toString().contains("30303039914"), request.toString());
        assertEquals(CertificateLevel.QUALIFIED, CertificateRequest.builder(SignerIdentity.anyone()).build()
                .certificateLevel());
    }
}
