package lt.savitarna.sdk.internal.http;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static lt.savitarna.sdk.testing.Portal.json;
import static lt.savitarna.sdk.testing.Portal.problem;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import lt.savitarna.sdk.error.AccessDeniedException;
import lt.savitarna.sdk.error.ApiException;
import lt.savitarna.sdk.error.ConsentRequiredException;
import lt.savitarna.sdk.error.EmailAlreadyRegisteredException;
import lt.savitarna.sdk.error.ErrorCodes;
import lt.savitarna.sdk.error.FieldError;
import lt.savitarna.sdk.error.IdempotencyConflictException;
import lt.savitarna.sdk.error.IdentityNotConfirmedException;
import lt.savitarna.sdk.error.InvalidCredentialsException;
import lt.savitarna.sdk.error.NotFoundException;
import lt.savitarna.sdk.error.PasswordPolicyException;
import lt.savitarna.sdk.error.RateLimitedException;
import lt.savitarna.sdk.error.ServiceUnavailableException;
import lt.savitarna.sdk.error.SessionExpiredException;
import lt.savitarna.sdk.error.UnexpectedResponseException;
import lt.savitarna.sdk.error.ValidationException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ResponseMappingTest extends PipelineTestBase {

    private static Operation<String> getThing() {
        return Operation.builder("GET", "/thing").build(ResponseReader.json(o -> o.getString("id")));
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource({
        "400, VALIDATION_FAILED, ValidationException",
        "401, UNAUTHENTICATED, ApiException",
        "401, TOKEN_EXPIRED, ApiException",
        "401, INVALID_CREDENTIALS, InvalidCredentialsException",
        "401, INVALID_REFRESH_TOKEN, SessionExpiredException",
        "403, IDENTITY_NOT_CONFIRMED, IdentityNotConfirmedException",
        "403, FORBIDDEN, AccessDeniedException",
        "404, NOT_FOUND, NotFoundException",
        "409, EMAIL_ALREADY_REGISTERED, EmailAlreadyRegisteredException",
        "409, IDEMPOTENCY_KEY_IN_USE, ApiException",
        "422, CONSENT_REQUIRED, ConsentRequiredException",
        "422, PASSWORD_POLICY_VIOLATION, PasswordPolicyException",
        "422, IDEMPOTENCY_KEY_REUSED, IdempotencyConflictException",
        "429, RATE_LIMITED, RateLimitedException",
        "500, INTERNAL_ERROR, ApiException",
        "503, SERVICE_UNAVAILABLE, ServiceUnavailableException",
        "418, SOMETHING_NEW, ApiException",
    })
    void mapsEveryProblemCodeToItsType(int status, String code, String type) {
        portal.stub(get(urlEqualTo("/api/v1/thing")).willReturn(aResponse().withStatus(status)
                .withHeader("Content-Type", "application/problem+json")
                .withBody("{\"type\":\"https://savitarna.agrokoncernas.lt/problems/x\",\"title\":\"Title\","
                        + "\"status\":" + status + ",\"detail\":\"Detail\",\"code\":\"" + code + "\","
                        + "\"requestId\":\"req-from-body\",\"unknownExtension\":[1],"
                        + "\"errors\":[{\"field\":\"email\",\"code\":\"INVALID_EMAIL\",\"message\":\"must be valid\"}]}")));
        Operation<String> op = getThing();

        ApiException e = assertThrows(ApiException.class,
                () -> pipeline(lt.savitarna.sdk.RetryPolicy.none()).send(op));

        assertEquals(type, e.getClass().getSimpleName());
        assertEquals(status, e.status());
        assertEquals(code, e.code());
        assertEquals(code, e.getCode());
        assertEquals("req-from-body", e.requestId());
        assertEquals("Detail", e.problem().detail());
        assertEquals(List.of(new FieldError("email", "INVALID_EMAIL", "must be valid")), e.fieldErrors());
        assertTrue(e.getMessage().contains("code " + code), e.getMessage());
        assertTrue(e.getMessage().contains("request id req-from-body"), e.getMessage());
    }

    @Test
    void typesFollowTheDocumentedTree() {
        assertTrue(ValidationException.class.isAssignableFrom(ConsentRequiredException.class));
        assertTrue(ValidationException.class.isAssignableFrom(PasswordPolicyException.class));
        for (Class<?> c : List.of(ValidationException.class, EmailAlreadyRegisteredException.class,
                InvalidCredentialsException.class, SessionExpiredException.class, IdentityNotConfirmedException.class,
                AccessDeniedException.class, NotFoundException.class, IdempotencyConflictException.class,
                RateLimitedException.class, ServiceUnavailableException.class)) {
            assertTrue(ApiException.class.isAssignableFrom(c), c.getName());
        }
    }

    @Test
    void aNonJsonErrorBodyBecomesUnexpectedResponseWithTheStatus() {
        portal.stub(get(urlEqualTo("/api/v1/thing")).willReturn(aResponse().withStatus(400)
                .withHeader("Content-Type", "text/html").withBody("<html>Bad gateway</html>")));
        Operation<String> op = getThing();

        ApiException e = assertThrows(ApiException.class, () -> pipeline(policy().build()).send(op));

        assertSame(ApiException.class, e.getClass());
        assertEquals(400, e.status());
        assertEquals(ErrorCodes.UNEXPECTED_RESPONSE, e.code());
        assertEquals(op.requestId(), e.requestId());
    }

    @Test
    void aMalformedProblemBodyBecomesUnexpectedResponse() {
        portal.stub(get(urlEqualTo("/api/v1/thing")).willReturn(aResponse().withStatus(422)
                .withHeader("Content-Type", "application/problem+json").withBody("{\"code\":\"CONSENT_REQ")));

        ApiException e = assertThrows(ApiException.class, () -> pipeline(policy().build()).send(getThing()));

        assertEquals(422, e.status());
        assertEquals(ErrorCodes.UNEXPECTED_RESPONSE, e.code());
    }

    @Test
    void aProblemWithWrongTypesBecomesUnexpectedResponse() {
        portal.stub(get(urlEqualTo("/api/v1/thing")).willReturn(aResponse().withStatus(400)
                .withHeader("Content-Type", "application/problem+json")
                .withBody("{\"code\":\"VALIDATION_FAILED\",\"errors\":\"not a list\"}")));

        ApiException e = assertThrows(ApiException.class, () -> pipeline(policy().build()).send(getThing()));

        assertEquals(ErrorCodes.UNEXPECTED_RESPONSE, e.code());
    }

    @Test
    void anHtml503IsStillServiceUnavailableAfterRetries() {
        portal.stub(get(urlEqualTo("/api/v1/thing")).willReturn(aResponse().withStatus(503)
                .withHeader("Content-Type", "text/html").withBody("<h1>maintenance</h1>")));

        ServiceUnavailableException e = assertThrows(ServiceUnavailableException.class,
                () -> pipeline(policy().build()).send(getThing()));

        assertEquals(ErrorCodes.UNEXPECTED_RESPONSE, e.code());
        assertEquals(3, portal.requests().size());
    }

    @Test
    void aMalformedSuccessBodyIsAnUnexpectedResponseAndNotRetried() {
        portal.stub(get(urlEqualTo("/api/v1/thing")).willReturn(json(200, "{\"id\": ")));
        Operation<String> op = getThing();

        UnexpectedResponseException e = assertThrows(UnexpectedResponseException.class,
                () -> pipeline(policy().build()).send(op));

        assertEquals(200, e.status());
        assertEquals(op.requestId(), e.getRequestId());
        assertEquals(1, portal.requests().size());
    }

    @Test
    void aSuccessBodyOffTheContractIsAnUnexpectedResponse() {
        portal.stub(get(urlEqualTo("/api/v1/thing")).willReturn(json(200, "{\"id\": 42}")));

        assertThrows(UnexpectedResponseException.class, () -> pipeline(policy().build()).send(
                Operation.builder("GET", "/thing").build(ResponseReader.json(
                        o -> lt.savitarna.sdk.internal.json.JsonFields.requiredString(o, "id")))));
    }

    @Test
    void streamingReadersGetTheOpenBody() throws IOException {
        byte[] pdf = new byte[200_000];
        for (int i = 0; i < pdf.length; i++) {
            pdf[i] = (byte) i;
        }
        portal.stub(get(urlEqualTo("/api/v1/file")).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/pdf").withBody(pdf)));

        InputStream in = pipeline(policy().build()).send(Operation.builder("GET", "/file")
                .header("Accept", "application/pdf").build(ResponseReader.streaming(Response::stream)));
        try (in) {
            assertArrayEquals(pdf, in.readAllBytes());
        }
        assertEquals("application/pdf", portal.requests().get(0).getHeader("Accept"));
    }

    @Test
    void streamingReadersStillGetProblemsAsExceptions() {
        portal.stub(get(urlEqualTo("/api/v1/file")).willReturn(problem(404, ErrorCodes.NOT_FOUND)));

        assertThrows(NotFoundException.class, () -> pipeline(policy().build()).send(Operation.builder("GET", "/file")
                .build(ResponseReader.streaming(r -> {
                    throw new UncheckedIOException(new IOException("must not be called"));
                }))));
    }

    @Test
    void sendsTheStandardHeadersAndEncodesQueryValues() {
        portal.stub(get(urlPathEqualTo("/api/v1/thing")).willReturn(json(200, "{\"id\":\"t\"}")));

        pipeline(policy().build()).send(Operation.builder("GET", "/thing").query("cursor", "a b/c&d")
                .query("limit", 5).query("absent", null).build(ResponseReader.json(o -> o.getString("id"))));

        portal.server.verify(getRequestedFor(urlEqualTo("/api/v1/thing?cursor=a%20b%2Fc%26d&limit=5")));
        String userAgent = portal.requests().get(0).getHeader("User-Agent");
        assertTrue(userAgent.startsWith("savitarna-sdk-java/") && userAgent.endsWith(" test/1"), userAgent);
        assertTrue(portal.requests().get(0).getHeader("Accept").contains("application/problem+json"));
    }

    @Test
    void pathSegmentsAreEncoded() {
        assertEquals("a%2Fb%20c%C5%BE", Paths.segment("a/b cž"));
        assertEquals("Az09-._~", Paths.segment("Az09-._~"));
        assertThrows(IllegalArgumentException.class, () -> Paths.segment(""));
    }
}
