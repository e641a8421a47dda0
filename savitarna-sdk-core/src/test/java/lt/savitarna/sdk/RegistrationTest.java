package lt.savitarna.sdk;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static lt.savitarna.sdk.testing.Portal.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import lt.savitarna.sdk.account.Account;
import lt.savitarna.sdk.account.Registration;
import lt.savitarna.sdk.error.ConsentRequiredException;
import lt.savitarna.sdk.error.EmailAlreadyRegisteredException;
import lt.savitarna.sdk.error.ErrorCodes;
import lt.savitarna.sdk.error.FieldError;
import lt.savitarna.sdk.error.PasswordPolicyException;
import lt.savitarna.sdk.error.ValidationException;
import org.junit.jupiter.api.Test;

class RegistrationTest extends ClientTestBase {

    private static final String ACCOUNT = "{\"accountId\":\"acc_7Hq2\",\"email\":\"ona@example.lt\","
            + "\"createdAt\":\"2026-11-24T10:15:30Z\",\"identityConfirmed\":false,\"futureField\":1,"
            + "\"consents\":{\"directMarketing\":false,\"zemynaClub\":true,\"privacyPolicyAndRules\":true,"
            + "\"privacyPolicyVersion\":\"2024-05\",\"rulesVersion\":\"2024-05\",\"acceptedAt\":\"2026-11-24T10:15:30Z\"}}";

    private static Registration.Builder valid() {
        return Registration.builder().firstName("Ona").lastName("Petraitienė").email("ona@example.lt")
                .password("s3cret-pass-1".toCharArray()).zemynaClub(true).acceptPrivacyPolicyAndRules(true);
    }

    private static void assertNothingSent() {
        portal.server.verify(0, anyRequestedFor(anyUrl()));
    }

    @Test
    void registersWithExactlyTheContractBody() {
        portal.stub(post(urlEqualTo("/api/v1/registrations")).willReturn(json(201, ACCOUNT)
                .withHeader("Location", "/api/v1/me")));
        char[] mine = "s3cret-pass-1".toCharArray();
        Registration.Builder builder = Registration.builder().firstName("  Ona ").lastName("Petraitienė")
                .email("ona@example.lt").password(mine).zemynaClub(true).acceptPrivacyPolicyAndRules(true);
        Arrays.fill(mine, '\0'); // the builder made its own copy
        Registration registration = builder.build();

        Account account = client.accounts().register(registration);

        portal.server.verify(postRequestedFor(urlEqualTo("/api/v1/registrations")).withRequestBody(equalToJson(
                "{\"firstName\":\"Ona\",\"lastName\":\"Petraitienė\",\"email\":\"ona@example.lt\","
                        + "\"password\":\"s3cret-pass-1\",\"consents\":{\"directMarketing\":false,"
                        + "\"zemynaClub\":true,\"privacyPolicyAndRules\":true}}", false, false)));
        LoggedRequest request = portal.requests().get(0);
        assertNotNull(request.getHeader("Idempotency-Key"));
        assertNotNull(request.getHeader("X-Request-Id"));
        assertFalse(request.containsHeader("Authorization"));
        assertTrue(request.getHeader("Content-Type").startsWith("application/json"));

        assertEquals("acc_7Hq2", account.accountId());
        assertEquals(Instant.parse("2026-11-24T10:15:30Z"), account.createdAt());
        assertFalse(account.identityConfirmed());
        assertTrue(account.consents().zemynaClub());
        assertEquals("2024-05", account.consents().rulesVersion());

        assertFalse(registration.hasPassword(), "the password is cleared once sent");
        assertThrows(IllegalStateException.class, () -> client.accounts().register(registration));
    }

    @Test
    void aRetriedRegistrationSendsTheSameKeyAndBody() {
        portal.failThenSucceed(() -> post(urlEqualTo("/api/v1/registrations")), 1,
                aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER), json(201, ACCOUNT));

        client.accounts().register(valid().build());

        List<LoggedRequest> requests = portal.requests();
        assertEquals(2, requests.size());
        assertEquals(requests.get(0).getHeader("Idempotency-Key"), requests.get(1).getHeader("Idempotency-Key"));
        assertEquals(requests.get(0).getHeader("X-Request-Id"), requests.get(1).getHeader("X-Request-Id"));
        assertEquals(requests.get(0).getBodyAsString(), requests.get(1).getBodyAsString());
        assertTrue(requests.get(1).getBodyAsString().contains("s3cret-pass-1"));
    }

    @Test
    void everyFieldProblemIsFoundBeforeTheWire() {
        Registration registration = Registration.builder().firstName("   ").lastName("x".repeat(101))
                .email("ona@example").password("short1".toCharArray()).build();

        ValidationException e = assertThrows(ValidationException.class,
                () -> client.accounts().register(registration));

        assertNothingSent();
        assertTrue(e.isClientSide());
        assertEquals(0, e.status());
        assertEquals(ErrorCodes.VALIDATION_FAILED, e.code());
        assertNull(e.requestId());
        assertEquals(List.of("firstName:REQUIRED", "lastName:TOO_LONG", "email:INVALID_EMAIL",
                        "password:PASSWORD_POLICY_VIOLATION", "consents.privacyPolicyAndRules:CONSENT_REQUIRED"),
                e.fieldErrors().stream().map(fe -> fe.field() + ":" + fe.code()).toList());
        assertEquals("First name is required.", e.fieldError("firstName").orElseThrow().message());
        assertEquals("Last name must be at most 100 characters long.", e.fieldError("lastName").orElseThrow().message());
        assertFalse(registration.hasPassword(), "a used registration is cleared even when it was invalid");
    }

    @Test
    void aMissingAcknowledgementIsAValidationErrorNamingTheConsentField() {
        ValidationException e = assertThrows(ValidationException.class,
                () -> client.accounts().register(valid().acceptPrivacyPolicyAndRules(false).build()));

        assertNothingSent();
        assertEquals(List.of(new FieldError("consents.privacyPolicyAndRules", "CONSENT_REQUIRED",
                "To register you must read and accept the company's privacy policy and the Žemyna club rules.")),
                e.fieldErrors());
        assertTrue(e.getLocalizedMessage().contains("privacy policy"), e.getLocalizedMessage());
    }

    @Test
    void fieldMessagesSpeakTheClientsLanguage() {
        SavitarnaClient lithuanian = client.toBuilder().locale(Locale.forLanguageTag("lt")).build();
        try (lithuanian) {
            ValidationException e = assertThrows(ValidationException.class, () -> lithuanian.accounts()
                    .register(valid().firstName("").email("be eta").acceptPrivacyPolicyAndRules(false).build()));

            assertNothingSent();
            assertEquals("Vardas: privaloma užpildyti.", e.fieldError("firstName").orElseThrow().message());
            assertTrue(e.fieldError("email").orElseThrow().message().startsWith("El. pašto adresas"));
            assertTrue(e.fieldError("consents.privacyPolicyAndRules").orElseThrow().message()
                    .contains("privatumo politika ir žemdirbių klubo „Žemyna“ taisyklėmis"));
            assertTrue(e.getLocalizedMessage().startsWith("Patikrinkite įvestus duomenis:"), e.getLocalizedMessage());
            assertTrue(e.message(Locale.ENGLISH).startsWith("Please check the data you entered: First name is required."),
                    e.message(Locale.ENGLISH));
        }
    }

    @Test
    void checksTheLimitsOfThePolicies() {
        assertFieldCodes(valid().firstName("x".repeat(100)).lastName("ž".repeat(100)), List.of());
        assertFieldCodes(valid().email("a@" + "b".repeat(249) + ".lt"), List.of()); // 254 characters
        assertFieldCodes(valid().email("a@" + "b".repeat(250) + ".lt"), List.of("email:TOO_LONG"));
        assertFieldCodes(valid().email("ona@@example.lt"), List.of("email:INVALID_EMAIL"));
        assertFieldCodes(valid().email("ona@example..lt"), List.of("email:INVALID_EMAIL"));
        assertFieldCodes(valid().email(null), List.of("email:REQUIRED"));
        assertFieldCodes(valid().password("abcdefghij".toCharArray()), List.of("password:PASSWORD_POLICY_VIOLATION"));
        assertFieldCodes(valid().password("1234567890".toCharArray()), List.of("password:PASSWORD_POLICY_VIOLATION"));
        assertFieldCodes(valid().password(("a1" + "x".repeat(127)).toCharArray()),
                List.of("password:PASSWORD_POLICY_VIOLATION"));
        assertFieldCodes(valid().password(null), List.of("password:REQUIRED"));
    }

    private void assertFieldCodes(Registration.Builder builder, List<String> expected) {
        portal.stub(post(urlEqualTo("/api/v1/registrations")).willReturn(json(201, ACCOUNT)));
        try {
            client.accounts().register(builder.build());
            assertEquals(expected, List.of());
        } catch (ValidationException e) {
            assertEquals(expected, e.fieldErrors().stream().map(fe -> fe.field() + ":" + fe.code()).toList());
        } finally {
            portal.server.resetAll();
        }
    }

    @Test
    void anEmailThatHasAnAccountSuggestsLoggingInWithZemynaCredentials() {
        portal.stub(post(urlEqualTo("/api/v1/registrations")).willReturn(aResponse().withStatus(409)
                .withHeader("Content-Type", "application/problem+json")
                .withBody("{\"status\":409,\"title\":\"Conflict\",\"code\":\"EMAIL_ALREADY_REGISTERED\","
                        + "\"requestId\":\"r-409\"}")));

        EmailAlreadyRegisteredException e = assertThrows(EmailAlreadyRegisteredException.class,
                () -> client.accounts().register(valid().build()));

        assertEquals("r-409", e.getRequestId());
        assertTrue(e.getLocalizedMessage().contains("log in with your Žemyna club email and password"),
                e.getLocalizedMessage());
        assertTrue(e.message(Locale.forLanguageTag("lt")).contains("prisijunkite klubo „Žemyna“ el. paštu"),
                e.message(Locale.forLanguageTag("lt")));
        assertEquals(1, portal.requests().size(), "a 409 is not retried");
    }

    @Test
    void thePortalsConsentAndPasswordRefusalsAreValidationExceptions() {
        portal.stub(post(urlEqualTo("/api/v1/registrations")).willReturn(aResponse().withStatus(422)
                .withHeader("Content-Type", "application/problem+json")
                .withBody("{\"status\":422,\"code\":\"CONSENT_REQUIRED\",\"errors\":[{\"field\":"
                        + "\"consents.privacyPolicyAndRules\",\"code\":\"CONSENT_REQUIRED\",\"message\":\"required\"}]}")));
        ConsentRequiredException consent = assertThrows(ConsentRequiredException.class,
                () -> client.accounts().register(valid().build()));
        assertInstanceOf(ValidationException.class, consent);
        assertFalse(consent.isClientSide());
        assertTrue(consent.fieldError("consents.privacyPolicyAndRules").isPresent());

        portal.server.resetAll();
        portal.stub(post(urlEqualTo("/api/v1/registrations")).willReturn(aResponse().withStatus(422)
                .withHeader("Content-Type", "application/problem+json")
                .withBody("{\"status\":422,\"code\":\"PASSWORD_POLICY_VIOLATION\",\"errors\":[{\"field\":"
                        + "\"password\",\"code\":\"TOO_COMMON\",\"message\":\"too common\"}]}")));
        PasswordPolicyException password = assertThrows(PasswordPolicyException.class,
                () -> client.accounts().register(valid().build()));
        assertEquals("password", password.fieldErrors().get(0).field());
        assertTrue(password.getLocalizedMessage().contains("10 to 128 characters"));
    }

    @Test
    void neverShowsThePassword() {
        Registration.Builder builder = valid();
        Registration registration = builder.build();
        assertFalse(builder.toString().contains("s3cret"));
        assertFalse(registration.toString().contains("s3cret"));
        assertTrue(registration.toString().contains("password=***"));
        assertTrue(registration.toString().contains("ona@example.lt"));
    }
}
