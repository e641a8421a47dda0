package lt.savitarna.sdk.signature.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import lt.savitarna.sdk.signature.identity.InvalidPersonalCodeException.Reason;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class NationalIdentityTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "PNOLT-30303039914, LT, PNO, 30303039914",
        "PNOEE-38001085718, EE, PNO, 38001085718",
        "PNOLV-329999-99901, LV, PNO, 329999-99901",
        "IDCLT-12345678, LT, IDC, 12345678",
        "PASLT-AB1234567, LT, PAS, AB1234567",
        "TAXLT-123456789, LT, TAX, 123456789",
        // identities from certificates are never rejected on checksum grounds
        "PNOLT-33309240164, LT, PNO, 33309240164",
        "PNOLT-78701011000, LT, PNO, 78701011000",
    })
    void parsesCertificateSerialNumbers(String serial, String country, IdentityType type, String code) {
        NationalIdentity identity = NationalIdentity.parse(serial);

        assertEquals(country, identity.country());
        assertEquals(type, identity.type());
        assertEquals(code, identity.code());
        assertEquals(serial, identity.semanticsIdentifier());
        assertEquals(identity, PersonalCode.fromCertificateSerial(serial));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "",
        "PNOLT30303039914",
        "PNOLT-",
        "PNOL-30303039914",
        "PNO-LT-30303039914",
        "pnolt-30303039914",
        "XYZLT-30303039914",
        "PNOLT-3030 3039914",
        "PNOLT--30303039914",
        "PNOLT-30303039914-",
        "PNOLT-303030399#4",
    })
    void rejectsMalformedSerialNumbersAsFormatErrors(String serial) {
        InvalidPersonalCodeException e = assertThrows(InvalidPersonalCodeException.class,
                () -> NationalIdentity.parse(serial));

        assertEquals(Reason.FORMAT, e.reason());
    }

    @Test
    void malformedSerialMessagesDoNotRepeatTheCode() {
        InvalidPersonalCodeException e = assertThrows(InvalidPersonalCodeException.class,
                () -> NationalIdentity.parse("PNOLT-3030 3039914"));

        assertFalse(e.getMessage().contains("3039914"), e.getMessage());
    }

    @Test
    void ignoresSurroundingWhitespace() {
        assertEquals("30303039914", NationalIdentity.parse(" PNOLT-30303039914\n").code());
    }

    @Test
    void constructorValidatesItsParts() {
        assertThrows(InvalidPersonalCodeException.class, () -> new NationalIdentity("lt", IdentityType.PNO, "1"));
        assertThrows(InvalidPersonalCodeException.class, () -> new NationalIdentity("LTU", IdentityType.PNO, "1"));
        assertThrows(InvalidPersonalCodeException.class, () -> new NationalIdentity("LT", IdentityType.PNO, ""));
        assertThrows(NullPointerException.class, () -> new NationalIdentity("LT", null, "1"));
        assertThrows(NullPointerException.class, () -> NationalIdentity.parse(null));
    }

    @Test
    void isBuiltFromAPersonalCode() {
        NationalIdentity identity = NationalIdentity.of(PersonalCode.parse("33309240064"));

        assertEquals(new NationalIdentity("LT", IdentityType.PNO, "33309240064"), identity);
        assertEquals("PNOLT-33309240064", identity.semanticsIdentifier());
    }

    @Test
    void matchesOnlyTheLithuanianPersonalNumberOfThatPerson() {
        PersonalCode person = PersonalCode.parse("30303039914");

        assertTrue(NationalIdentity.parse("PNOLT-30303039914").matches(person));
        assertFalse(NationalIdentity.parse("PNOLT-33309240064").matches(person));
        assertFalse(NationalIdentity.parse("PNOEE-30303039914").matches(person));
        assertFalse(NationalIdentity.parse("IDCLT-30303039914").matches(person));
        assertFalse(NationalIdentity.parse("PNOLT-303030399140").matches(person));
    }

    @Test
    void toStringMasksTheCode() {
        NationalIdentity identity = NationalIdentity.parse("PNOLT-30303039914");

        assertEquals("PNOLT-3*********4", identity.toString());
        assertFalse(identity.toString().contains("0303039914"));
    }
}
