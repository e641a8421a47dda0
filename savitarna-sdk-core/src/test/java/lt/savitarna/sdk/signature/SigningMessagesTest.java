package lt.savitarna.sdk.signature;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import lt.savitarna.sdk.error.SavitarnaException;
import lt.savitarna.sdk.error.ValidationException;
import lt.savitarna.sdk.signature.identity.InvalidPersonalCodeException;
import lt.savitarna.sdk.signature.identity.InvalidPhoneNumberException;
import lt.savitarna.sdk.signature.identity.PersonalCode;
import lt.savitarna.sdk.signature.identity.PhoneNumber;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class SigningMessagesTest {

    static final Locale LT = Locale.forLanguageTag("lt");

    static List<String> codes() throws IllegalAccessException {
        List<String> codes = new ArrayList<>();
        for (Field f : SignatureErrorCodes.class.getFields()) {
            if (Modifier.isStatic(f.getModifiers()) && f.getType() == String.class) {
                codes.add((String) f.get(null));
            }
        }
        return codes;
    }

    @ParameterizedTest
    @MethodSource("codes")
    void everyCodeHasALithuanianAndAnEnglishText(String code) {
        SigningException e = code.startsWith("RESPONSE_") || code.startsWith("CERTIFICATE_")
                ? new ResponseValidationException(code, null, "detail", LT, null)
                : new SigningException(code, null, "detail", LT, null);

        String lt = e.getLocalizedMessage();
        String en = e.message(Locale.ENGLISH);

        assertNotEquals(lt, en);
        assertFalse(lt.startsWith("error.") || en.startsWith("error."), en);
        assertNotEquals(new SigningException("NO_SUCH_CODE", null, null, Locale.ENGLISH, null).getLocalizedMessage(),
                en, "a code of its own, not the generic text: " + code);
        assertEquals(en, e.message(Locale.GERMAN));
        assertTrue(e.getMessage().startsWith(en), e.getMessage());
        assertTrue(e.getMessage().endsWith("[detail, code " + code + "]"), e.getMessage());
    }

    @Test
    void theCodesAreDistinct() throws IllegalAccessException {
        List<String> codes = codes();
        assertEquals(codes.size(), new HashSet<>(codes).size());
    }

    @Test
    void providerSpecificTextsWinOverTheGeneralOne() {
        Instant notBefore = Instant.parse("2030-06-15T00:00:00Z");
        Instant notAfter = Instant.parse("2032-06-14T00:00:00Z");
        Instant at = Instant.parse("2032-07-01T00:00:00Z");

        String mobileId = new CertificateExpiredException("mobile-id", notBefore, notAfter, at, LT).getLocalizedMessage();
        String smartId = new CertificateExpiredException("smart-id", notBefore, notAfter, at, LT).getLocalizedMessage();
        String other = new CertificateExpiredException("hsm", notBefore, notAfter, at, Locale.ENGLISH)
                .getLocalizedMessage();

        assertTrue(mobileId.contains("2 metus") && mobileId.contains("2032-06-14"), mobileId);
        assertTrue(smartId.contains("3 metus"), smartId);
        assertTrue(other.startsWith("Your e-signature certificate expired on 2032-06-14."), other);
    }

    @Test
    void theUsersActionsAreNamed() {
        String notQualified = new NotQualifiedAccountException("smart-id", null, Locale.ENGLISH).getLocalizedMessage();
        String notMobileId = new NotMobileIdClientException("mobile-id", null, LT).getLocalizedMessage();
        String timeout = new SignatureTimeoutException("smart-id", null, LT).getLocalizedMessage();
        String deadline = new SignatureTimeoutException("smart-id", Duration.ofMinutes(2), Locale.ENGLISH)
                .getLocalizedMessage();

        assertTrue(notQualified.contains("\"Smart-ID Qualified Electronic Signature\"")
                && notQualified.contains("SEB, Swedbank or Luminor"), notQualified);
        assertTrue(notMobileId.contains("„Telia“, „Bitė“, „Tele2“ ir „Teledema“"), notMobileId);
        assertTrue(timeout.contains("Laiku nepatvirtinote"), timeout);
        assertTrue(deadline.contains("took too long"), deadline);
    }

    @Test
    void signingExceptionsAreSavitarnaExceptions() {
        SavitarnaException e = new SignatureRefusedException("smart-id", SignatureRefusedException.Refusal.GENERAL,
                "end result USER_REFUSED", LT);
        assertEquals(SignatureErrorCodes.SIGNATURE_REFUSED, e.getCode());
        assertTrue(e.toString().contains("atmetėte"), e.toString());
        assertTrue(e.getMessage().contains("provider smart-id"), e.getMessage());
    }

    @Test
    void typedIdentifiersFailAsClientSideValidationWithLocalizedTexts() {
        InvalidPersonalCodeException code = org.junit.jupiter.api.Assertions.assertThrows(
                InvalidPersonalCodeException.class, () -> PersonalCode.parse("33309240164"));
        InvalidPhoneNumberException phone = org.junit.jupiter.api.Assertions.assertThrows(
                InvalidPhoneNumberException.class, () -> PhoneNumber.parse("12345"));

        for (ValidationException e : List.of(code, phone)) {
            assertTrue(e.isClientSide());
            assertEquals(1, e.fieldErrors().size());
            assertNotEquals(e.message(LT), e.message(Locale.ENGLISH));
            assertFalse(e.getMessage().contains("33309240164"), e.getMessage());
        }
        assertEquals(InvalidPersonalCodeException.FIELD, code.fieldErrors().get(0).field());
        assertTrue(code.message(LT).contains("rašybos klaida"), code.message(LT));
        assertTrue(phone.message(Locale.ENGLISH).contains("+370 6xx xxxxx"));
        Set<String> reasons = new HashSet<>();
        for (InvalidPersonalCodeException.Reason r : InvalidPersonalCodeException.Reason.values()) {
            reasons.add(new InvalidPersonalCodeException(r, "x").message(LT));
        }
        assertEquals(InvalidPersonalCodeException.Reason.values().length, reasons.size());
    }

    @Test
    void expiryWarningsSayWhatToDo() {
        CertificateExpiryWarning warning = new CertificateExpiryWarning("mobile-id",
                Instant.parse("2032-06-14T00:00:00Z"), Duration.ofDays(13).plusHours(5));

        assertEquals(13, warning.daysLeft());
        assertEquals("Your Mobile-ID certificate expires on 2032-06-14 (13 days left). Mobile-ID certificates are valid"
                + " for 2 years: conclude a new certificate contract at your mobile operator in time.",
                warning.message(Locale.ENGLISH));
        assertTrue(warning.message(LT).contains("liko dienų: 13"), warning.message(LT));
    }
}
