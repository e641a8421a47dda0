package lt.savitarna.sdk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import lt.savitarna.sdk.error.ApiException;
import lt.savitarna.sdk.error.DeadlineExceededException;
import lt.savitarna.sdk.error.ErrorCodes;
import lt.savitarna.sdk.error.IdentityNotConfirmedException;
import lt.savitarna.sdk.error.Problem;
import lt.savitarna.sdk.error.SavitarnaException;
import lt.savitarna.sdk.error.TransportException;
import lt.savitarna.sdk.error.UnexpectedResponseException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ErrorMessagesTest {

    private static final Locale LT = Locale.forLanguageTag("lt");

    @ParameterizedTest
    @ValueSource(strings = {"VALIDATION_FAILED", "UNAUTHENTICATED", "TOKEN_EXPIRED", "INVALID_CREDENTIALS",
        "INVALID_REFRESH_TOKEN", "IDENTITY_NOT_CONFIRMED", "FORBIDDEN", "NOT_FOUND", "EMAIL_ALREADY_REGISTERED",
        "IDEMPOTENCY_KEY_IN_USE", "CONSENT_REQUIRED", "PASSWORD_POLICY_VIOLATION", "IDEMPOTENCY_KEY_REUSED",
        "RATE_LIMITED", "INTERNAL_ERROR", "SERVICE_UNAVAILABLE", "UNEXPECTED_RESPONSE"})
    void everyKnownCodeHasItsOwnLithuanianAndEnglishText(String code) {
        ApiException e = new ApiException(new Problem(null, "Server title", 400, "Server detail", null, code, "r1",
                List.of()), LT);

        String lt = e.getLocalizedMessage();
        String en = e.message(Locale.ENGLISH);
        assertNotEquals(lt, en);
        for (String text : List.of(lt, en)) {
            assertFalse(text.startsWith("error."), text);
            assertFalse(text.contains("Server detail"), "the SDK's own text is used for known codes: " + text);
        }
        assertEquals(en, e.message(Locale.GERMAN), "other languages fall back to English");
    }

    @Test
    void identityConfirmationSaysWhatToDo() {
        IdentityNotConfirmedException e = new IdentityNotConfirmedException(
                Problem.of(403, ErrorCodes.IDENTITY_NOT_CONFIRMED, "r2"), LT);

        assertTrue(e.getLocalizedMessage().contains("„Smart-ID“"), e.getLocalizedMessage());
        assertTrue(e.getLocalizedMessage().contains("tapatybė"), e.getLocalizedMessage());
        assertTrue(e.message(Locale.ENGLISH).contains("Smart-ID or Mobile-ID"));
        assertTrue(e.toString().contains("tapatybė"), "Throwable.toString speaks the client's language");
        assertTrue(e.getMessage().contains("[status 403, code IDENTITY_NOT_CONFIRMED, request id r2]"), e.getMessage());
    }

    @Test
    void unknownCodesUseThePortalsWords() {
        ApiException detail = new ApiException(new Problem(null, "Title", 409, "Offer sold out", null, "OFFER_SOLD_OUT",
                null, List.of()), Locale.ENGLISH);
        ApiException title = new ApiException(new Problem(null, "Title only", 409, null, null, "X", null, List.of()),
                Locale.ENGLISH);
        ApiException nothing = new ApiException(Problem.of(418, "X", null), LT);

        assertEquals("Offer sold out", detail.getLocalizedMessage());
        assertEquals("Title only", title.getLocalizedMessage());
        assertEquals("Savitarna atmetė užklausą (HTTP 418).", nothing.getLocalizedMessage());
    }

    @Test
    void failuresWithoutAnAnswerAreLocalizedToo() {
        SavitarnaException transport = new TransportException(ErrorCodes.NETWORK_ERROR, "r3", 3, LT,
                new IOException("Connection reset"));
        SavitarnaException deadline = new DeadlineExceededException("r4", Duration.ofSeconds(30), 2, LT, null);
        SavitarnaException unexpected = new UnexpectedResponseException(200, "r5", LT, null);

        assertTrue(transport.getLocalizedMessage().startsWith("Nepavyko susisiekti"), transport.getLocalizedMessage());
        assertTrue(transport.getMessage().contains("attempts 3"), transport.getMessage());
        assertTrue(transport.getMessage().contains("Connection reset"), transport.getMessage());
        assertTrue(deadline.getLocalizedMessage().contains("neatsakė laiku"));
        assertTrue(deadline.getMessage().contains("deadline PT30S"));
        assertEquals("Savitarna pateikė netikėtą atsakymą (HTTP 200). Bandykite vėliau.", unexpected.getLocalizedMessage());
        assertEquals("r5", unexpected.getRequestId());
    }
}
