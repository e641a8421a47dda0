package lt.savitarna.sdk.it.contract;

import static lt.savitarna.sdk.it.contract.ContractCase.invalid;
import static lt.savitarna.sdk.it.contract.ContractCase.valid;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The account and session exchanges of api/README.md, valid as written and broken on purpose. */
class AccountSessionContractTest {

    private static final String RID = "8e0c3f52-6a1b-4f0e-9d7a-2b3c4d5e6f70";
    private static final String KEY = "5f1d7c2e-3b4a-4c8d-9e0f-1a2b3c4d5e6f";

    static final String REGISTRATION = """
            { "firstName": "Ona", "lastName": "Petraitienė", "email": "ona@example.lt",
              "password": "s3cret-pass-1",
              "consents": { "directMarketing": false, "zemynaClub": true, "privacyPolicyAndRules": true } }""";

    static final String ACCOUNT = """
            { "accountId": "acc_7Hq2", "email": "ona@example.lt", "createdAt": "2026-11-24T10:15:30Z",
              "identityConfirmed": false,
              "consents": { "directMarketing": false, "zemynaClub": true, "privacyPolicyAndRules": true,
                            "privacyPolicyVersion": "2024-05", "rulesVersion": "2024-05",
                            "acceptedAt": "2026-11-24T10:15:30Z" } }""";

    static final String TOKENS = """
            { "tokenType": "Bearer", "accessToken": "at_abc", "expiresIn": 900,
              "refreshToken": "rt_def", "refreshExpiresIn": 2592000,
              "accountId": "acc_7Hq2", "identityConfirmed": false }""";

    static final String PROFILE = """
            { "accountId": "acc_7Hq2", "firstName": "Ona", "lastName": "Petraitienė", "email": "ona@example.lt",
              "createdAt": "2026-11-24T10:15:30Z",
              "identity": { "confirmed": true, "confirmedAt": "2026-11-24T10:20:00Z", "method": "SMART_ID",
                            "personalCodeMasked": "3*********4", "givenName": "ONA", "surname": "PETRAITIENĖ" },
              "consents": { "directMarketing": false, "zemynaClub": true, "privacyPolicyAndRules": true,
                            "privacyPolicyVersion": "2024-05", "rulesVersion": "2024-05",
                            "acceptedAt": "2026-11-24T10:15:30Z" },
              "zemynaMember": true }""";

    static final String CONSENTS = """
            { "directMarketing": true, "zemynaClub": true, "privacyPolicyAndRules": true,
              "privacyPolicyVersion": "2024-05", "rulesVersion": "2024-05", "acceptedAt": "2026-11-24T10:15:30Z" }""";

    static final String COMPANIES = """
            { "items": [ { "id": "agrokoncernas", "name": "UAB „Agrokoncernas“", "companyCode": "..." },
                         { "id": "agrokoncerno-grudai", "name": "UAB „Agrokoncerno grūdai“", "companyCode": "..." } ] }""";

    static final String REPRESENTATIONS = """
            { "items": [
               { "company": { "id": "agrokoncernas", "name": "UAB „Agrokoncernas“" },
                 "party": { "id": "p_self_1", "kind": "PERSON", "name": "Jonas Jonaitis", "code": null } },
               { "company": { "id": "agrokoncernas", "name": "UAB „Agrokoncernas“" },
                 "party": { "id": "p_2", "kind": "COMPANY", "name": "ŽŪB „Javų laukas“", "code": "302111111" } } ],
              "nextCursor": null }""";

    static String problem(int status, String code) {
        return "{ \"type\": \"https://savitarna.agrokoncernas.lt/problems/x\", \"title\": \"t\", \"status\": " + status
                + ", \"code\": \"" + code + "\", \"requestId\": \"" + RID + "\" }";
    }

    static final String VALIDATION_PROBLEM = """
            { "type": "https://savitarna.agrokoncernas.lt/problems/validation-failed",
              "title": "Validation failed", "status": 400, "detail": "email: must be a valid address",
              "code": "VALIDATION_FAILED", "requestId": "%s",
              "errors": [ { "field": "email", "code": "INVALID_EMAIL", "message": "must be a valid address" } ] }"""
            .formatted(RID);

    static final String CONSENT_PROBLEM = """
            { "type": "https://savitarna.agrokoncernas.lt/problems/consent-required", "title": "Consent required",
              "status": 422, "code": "CONSENT_REQUIRED", "requestId": "%s",
              "errors": [ { "field": "consents.privacyPolicyAndRules", "code": "REQUIRED_TRUE", "message": "must be accepted" } ] }"""
            .formatted(RID);

    static ContractRequest.Builder register(String body) {
        return ContractRequest.post("/api/v1/registrations").idempotencyKey(KEY).requestId(RID).json(body);
    }

    static ContractRequest.Builder login(String body) {
        return ContractRequest.post("/api/v1/auth/password").requestId(RID).json(body);
    }

    static ContractRequest.Builder me() {
        return ContractRequest.get("/api/v1/me").bearer("at_abc").requestId(RID);
    }

    static ContractResponse.Builder ok(int status) {
        return ContractResponse.status(status).requestId(RID);
    }

    static ContractResponse created(String account) {
        return ok(201).header("Location", "/api/v1/me").json(account).build();
    }

    static Stream<ContractCase> validExchanges() {
        return Stream.of(
                valid("registration as in the README", register(REGISTRATION).build(), created(ACCOUNT)),
                valid("registration replayed", register(REGISTRATION).build(),
                        ok(201).header("Location", "/api/v1/me").header("Idempotent-Replayed", "true").json(ACCOUNT).build()),
                valid("registration of a known email",
                        register(REGISTRATION).build(), ok(409).problem(problem(409, "EMAIL_ALREADY_REGISTERED")).build()),
                valid("registration without the acknowledgement is well-formed and refused with 422",
                        register(REGISTRATION.replace("\"privacyPolicyAndRules\": true", "\"privacyPolicyAndRules\": false")).build(),
                        ok(422).problem(CONSENT_PROBLEM).build()),
                valid("registration with a weak password is well-formed and refused with 422",
                        register(REGISTRATION.replace("s3cret-pass-1", "short")).build(),
                        ok(422).problem(problem(422, "PASSWORD_POLICY_VIOLATION")).build()),
                valid("registration refused with the README's validation problem",
                        register(REGISTRATION).build(), ok(400).problem(VALIDATION_PROBLEM).build()),
                valid("registration still in flight", register(REGISTRATION).build(),
                        ok(409).header("Retry-After", "1").problem(problem(409, "IDEMPOTENCY_KEY_IN_USE")).build()),
                valid("password login", login("{\"email\":\"ona@example.lt\",\"password\":\"s3cret-pass-1\"}").build(),
                        ok(200).json(TOKENS).build()),
                valid("password login with the optional idempotency key",
                        login("{\"email\":\"ona@example.lt\",\"password\":\"s3cret-pass-1\"}").idempotencyKey(KEY).build(),
                        ok(200).json(TOKENS).build()),
                valid("password login refused", login("{\"email\":\"ona@example.lt\",\"password\":\"wrong\"}").build(),
                        ok(401).problem(problem(401, "INVALID_CREDENTIALS")).build()),
                valid("password login rate limited", login("{\"email\":\"ona@example.lt\",\"password\":\"x\"}").build(),
                        ok(429).header("Retry-After", "30").problem(problem(429, "RATE_LIMITED")).build()),
                valid("refresh", ContractRequest.post("/api/v1/auth/refresh").requestId(RID)
                        .json("{\"refreshToken\":\"rt_def\"}").build(), ok(200).json(TOKENS).build()),
                valid("refresh with a used token", ContractRequest.post("/api/v1/auth/refresh").requestId(RID)
                        .json("{\"refreshToken\":\"rt_def\"}").build(),
                        ok(401).problem(problem(401, "INVALID_REFRESH_TOKEN")).build()),
                valid("logout", ContractRequest.post("/api/v1/auth/logout").bearer("at_abc").requestId(RID)
                        .json("{\"refreshToken\":\"rt_def\"}").build(), ok(204).build()),
                valid("profile with confirmed identity", me().build(), ok(200).json(PROFILE).build()),
                valid("profile before identity confirmation", me().build(), ok(200).json(PROFILE.replaceAll(
                        "\"identity\": \\{[^}]*}", "\"identity\": { \"confirmed\": false }")).build()),
                valid("profile with an expired token", me().build(), ok(401).problem(problem(401, "TOKEN_EXPIRED")).build()),
                valid("profile during maintenance", me().build(),
                        ok(503).header("Retry-After", "120").problem(problem(503, "SERVICE_UNAVAILABLE")).build()),
                valid("consents changed", ContractRequest.patch("/api/v1/me/consents").bearer("at_abc").idempotencyKey(KEY)
                        .requestId(RID).json("{\"directMarketing\": true, \"zemynaClub\": true}").build(),
                        ok(200).json(CONSENTS).build()),
                valid("privacy acknowledgement cannot be withdrawn", ContractRequest.patch("/api/v1/me/consents")
                        .bearer("at_abc").idempotencyKey(KEY).requestId(RID).json("{\"privacyPolicyAndRules\": false}").build(),
                        ok(422).problem(CONSENT_PROBLEM).build()),
                valid("group companies", ContractRequest.get("/api/v1/companies").bearer("at_abc").requestId(RID).build(),
                        ok(200).json(COMPANIES).build()),
                valid("representations", ContractRequest.get("/api/v1/me/representations?limit=50&cursor=c_1")
                        .bearer("at_abc").requestId(RID).build(), ok(200).json(REPRESENTATIONS).build()),
                valid("representations before identity confirmation", ContractRequest.get("/api/v1/me/representations")
                        .bearer("at_abc").requestId(RID).build(),
                        ok(403).problem(problem(403, "IDENTITY_NOT_CONFIRMED")).build()));
    }

    static Stream<ContractCase> invalidExchanges() {
        return Stream.of(
                invalid("registration without an idempotency key",
                        ContractRequest.post("/api/v1/registrations").json(REGISTRATION).build(), null,
                        "validation.request.parameter.header.missing"),
                invalid("registration with a 256-character idempotency key",
                        ContractRequest.post("/api/v1/registrations").idempotencyKey("k".repeat(256)).json(REGISTRATION).build(),
                        null, "validation.request.parameter.schema.pattern"),
                invalid("registration without email",
                        register(REGISTRATION.replace("\"email\": \"ona@example.lt\",", "")).build(), null,
                        "validation.request.body.schema.required"),
                invalid("registration with an email without a domain",
                        register(REGISTRATION.replace("ona@example.lt", "ona@example")).build(), null,
                        "validation.request.body.schema.pattern"),
                invalid("registration with a 101-character first name",
                        register(REGISTRATION.replace("\"Ona\"", "\"" + "O".repeat(101) + "\"")).build(), null,
                        "validation.request.body.schema.maxLength"),
                invalid("registration with a blank last name",
                        register(REGISTRATION.replace("Petraitienė", "   ")).build(), null,
                        "validation.request.body.schema.pattern"),
                invalid("registration with a consent as a string",
                        register(REGISTRATION.replace("\"zemynaClub\": true", "\"zemynaClub\": \"yes\"")).build(), null,
                        "validation.request.body.schema.type"),
                invalid("registration with an undocumented property",
                        register(REGISTRATION.replace("\"firstName\"", "\"phone\": \"+37060000666\", \"firstName\"")).build(),
                        null, "validation.request.body.schema.additionalProperties"),
                invalid("registration without the base path",
                        ContractRequest.post("/registrations").idempotencyKey(KEY).json(REGISTRATION).build(), null,
                        ContractValidator.KEY_BASE_PATH),
                invalid("registration answered without Location", register(REGISTRATION).build(),
                        ok(201).json(ACCOUNT).build(), "validation.response.header.missing"),
                invalid("registration answered with 200 instead of 201", register(REGISTRATION).build(),
                        ok(200).json(ACCOUNT).build(), "validation.response.status.unknown"),
                invalid("registration answered with a local time", register(REGISTRATION).build(),
                        created(ACCOUNT.replace("\"createdAt\": \"2026-11-24T10:15:30Z\"", "\"createdAt\": \"2026-11-24 10:15:30\"")),
                        "validation.response.body.schema.format.date-time"),
                invalid("registration answered without consents", register(REGISTRATION).build(),
                        created(ACCOUNT.substring(0, ACCOUNT.indexOf(",\n  \"consents\"")) + " }"),
                        "validation.response.body.schema.required"),
                invalid("registration conflict answered with a code of another status", register(REGISTRATION).build(),
                        ok(409).problem(problem(409, "INVALID_CREDENTIALS")).build(), ContractValidator.KEY_PROBLEM_CODE),
                invalid("login without password", login("{\"email\":\"ona@example.lt\"}").build(), null,
                        "validation.request.body.schema.required"),
                invalid("login answered with a lower-case token type",
                        login("{\"email\":\"ona@example.lt\",\"password\":\"p\"}").build(),
                        ok(200).json(TOKENS.replace("\"Bearer\"", "\"bearer\"")).build(), "validation.response.body.schema.enum"),
                invalid("login answered without refresh token",
                        login("{\"email\":\"ona@example.lt\",\"password\":\"p\"}").build(),
                        ok(200).json(TOKENS.replace("\"refreshToken\": \"rt_def\",", "")).build(),
                        "validation.response.body.schema.required"),
                invalid("login answered with expiresIn as a string",
                        login("{\"email\":\"ona@example.lt\",\"password\":\"p\"}").build(),
                        ok(200).json(TOKENS.replace("900", "\"900\"")).build(), "validation.response.body.schema.type"),
                invalid("login answered with an undocumented property",
                        login("{\"email\":\"ona@example.lt\",\"password\":\"p\"}").build(),
                        ok(200).json(TOKENS.replace("\"tokenType\"", "\"scope\": \"all\", \"tokenType\"")).build(),
                        "validation.response.body.schema.additionalProperties"),
                invalid("login refusal with the code of an expired token",
                        login("{\"email\":\"ona@example.lt\",\"password\":\"p\"}").build(),
                        ok(401).problem(problem(401, "TOKEN_EXPIRED")).build(), ContractValidator.KEY_PROBLEM_CODE),
                invalid("login rate limited without Retry-After",
                        login("{\"email\":\"ona@example.lt\",\"password\":\"p\"}").build(),
                        ok(429).problem(problem(429, "RATE_LIMITED")).build(), "validation.response.header.missing"),
                invalid("refresh with an empty token", ContractRequest.post("/api/v1/auth/refresh")
                        .json("{\"refreshToken\":\"\"}").build(), null, "validation.request.body.schema.minLength"),
                invalid("logout answered with a body", ContractRequest.post("/api/v1/auth/logout").bearer("at_abc")
                        .requestId(RID).json("{\"refreshToken\":\"rt_def\"}").build(),
                        ok(204).json("{}").build(), "validation.response.body.unexpected"),
                invalid("profile without a bearer token", ContractRequest.get("/api/v1/me").build(), null,
                        "validation.request.security.missing"),
                invalid("profile with basic authentication",
                        ContractRequest.get("/api/v1/me").header("Authorization", "Basic b25hOnM=").build(), null,
                        "validation.request.security.invalid"),
                invalid("profile answered without X-Request-Id", me().build(),
                        ContractResponse.status(200).json(PROFILE).build(), "validation.response.header.missing"),
                invalid("profile answered with another request id", me().build(),
                        ContractResponse.status(200).requestId("other").json(PROFILE).build(), ContractValidator.KEY_REQUEST_ID_ECHO),
                invalid("profile answered without identity.confirmed", me().build(),
                        ok(200).json(PROFILE.replace("\"confirmed\": true, ", "")).build(), "validation.response.body.schema.required"),
                invalid("expired token problem sent as plain JSON", me().build(),
                        ok(401).json(problem(401, "TOKEN_EXPIRED")).build(), "validation.response.contentType.notAllowed"),
                invalid("problem whose status differs from the HTTP status", me().build(),
                        ok(401).problem(problem(403, "UNAUTHENTICATED")).build(), ContractValidator.KEY_PROBLEM_STATUS),
                invalid("problem without code", me().build(),
                        ok(401).problem(problem(401, "X").replace(", \"code\": \"X\"", "")).build(),
                        "validation.response.body.schema.required"),
                invalid("profile deleted: no such operation", ContractRequest.delete("/api/v1/me").bearer("at_abc").build(),
                        null, "validation.request.operation.notAllowed"),
                invalid("an account resource that does not exist", ContractRequest.get("/api/v1/accounts").bearer("at_abc").build(),
                        null, "validation.request.path.missing"),
                invalid("consents with a string boolean", ContractRequest.patch("/api/v1/me/consents").bearer("at_abc")
                        .idempotencyKey(KEY).json("{\"directMarketing\": \"true\"}").build(), null,
                        "validation.request.body.schema.type"),
                invalid("consents without an idempotency key", ContractRequest.patch("/api/v1/me/consents").bearer("at_abc")
                        .json("{\"directMarketing\": true}").build(), null, "validation.request.parameter.header.missing"),
                invalid("representations with limit 0", ContractRequest.get("/api/v1/me/representations?limit=0")
                        .bearer("at_abc").build(), null, "validation.request.parameter.schema.minimum"),
                invalid("representations with limit 201", ContractRequest.get("/api/v1/me/representations?limit=201")
                        .bearer("at_abc").build(), null, "validation.request.parameter.schema.maximum"),
                invalid("representations with page numbers", ContractRequest.get("/api/v1/me/representations?page=2")
                        .bearer("at_abc").build(), null, "validation.request.parameter.query.unexpected"),
                invalid("representation without party kind", ContractRequest.get("/api/v1/me/representations")
                        .bearer("at_abc").requestId(RID).build(),
                        ok(200).json(REPRESENTATIONS.replace("\"kind\": \"PERSON\", ", "")).build(),
                        "validation.response.body.schema.required"),
                invalid("companies as a bare array", ContractRequest.get("/api/v1/companies").bearer("at_abc")
                        .requestId(RID).build(), ok(200).json("[]").build(), "validation.response.body.schema.type"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("validExchanges")
    void validExchangeMatchesTheContract(ContractCase exchange) {
        exchange.check(ContractValidator.shared());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("invalidExchanges")
    void invalidExchangeIsReportedForItsReason(ContractCase exchange) {
        exchange.check(ContractValidator.shared());
    }
}
