package lt.savitarna.sdk.it.contract;

import static lt.savitarna.sdk.it.contract.ContractCase.invalid;
import static lt.savitarna.sdk.it.contract.ContractCase.valid;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** E-signature, documents, signing, change feed, loyalty and help exchanges, valid and broken. */
class WorkspaceContractTest {

    private static final String RID = "r-42";
    private static final String KEY = "k-42";
    private static final String SCOPE = "/api/v1/companies/agrokoncernas/parties/p_2";
    private static final String SHA = "3a7bd3e2360a3d29eea436fcfb7e44c735d117c42d1c1835420b6b9942dd4f1b";

    static final String DOCUMENT = """
            { "id": "doc_1", "type": "CONTRACT", "state": "AWAITING_SIGNATURE", "title": "Sutartis",
              "number": "SUT-1", "issueDate": "2026-11-20", "contractId": null,
              "amount": { "amount": "-12.50", "currency": "EUR" },
              "file": { "name": "SUT-1.pdf", "mediaType": "application/pdf", "size": 1000, "sha256": "%s" },
              "signable": true, "createdAt": "2026-11-20T08:00:00Z", "updatedAt": "2026-11-20T08:00:00.123Z" }"""
            .formatted(SHA);

    static final String CHANGES = """
            { "items": [ { "sequence": 7, "documentId": "doc_1", "change": "UPDATED",
                           "occurredAt": "2026-11-24T10:31:02Z", "document": %s },
                         { "sequence": 8, "documentId": "doc_9", "change": "DELETED",
                           "occurredAt": "2026-11-24T11:00:00Z" },
                         { "sequence": 9, "documentId": "doc_9", "change": "ARCHIVED_SOMEHOW",
                           "occurredAt": "2026-11-24T11:00:01Z" } ],
              "nextCursor": "f_9", "hasMore": false }""".formatted(DOCUMENT);

    static final String ORDER = """
            { "id": "ord_1", "offerId": "off_1", "quantity": "2.5", "unit": "t",
              "unitPrice": { "amount": "289.00", "currency": "EUR" }, "total": { "amount": "722.50", "currency": "EUR" },
              "state": "PLACED", "cancellable": true,
              "createdAt": "2026-11-24T10:40:00Z", "updatedAt": "2026-11-24T10:40:00Z" }""";

    static final String HELP_REQUEST = """
            { "id": "hr_1", "topic": "Sąskaita", "question": "Kada?", "state": "OPEN",
              "createdAt": "2026-11-24T11:00:00Z", "messages": [] }""";

    static final String UPLOAD = """
            { "id": "upl_1", "fileName": "a.pdf", "mediaType": "application/pdf", "size": 10, "sha256": "%s",
              "requestId": null, "state": "RECEIVED", "createdAt": "2026-11-24T11:05:00Z" }""".formatted(SHA);

    static final String CHALLENGE = """
            { "challengeId": "ch_1", "method": "MOBILE_ID", "hash": "q83vEjRWeJA=", "hashType": "SHA256",
              "expiresAt": "2026-11-24T10:20:00Z" }""";

    static final String COMPLETION = """
            { "certificate": "MIIBCgKCAQEA", "signature": "q83vEjRWeJA=", "signatureAlgorithm": "SHA256withECDSA" }""";

    static String problem(int status, String code) {
        return AccountSessionContractTest.problem(status, code).replace(
                "8e0c3f52-6a1b-4f0e-9d7a-2b3c4d5e6f70", RID);
    }

    static ContractRequest.Builder get(String path) {
        return ContractRequest.get(SCOPE + path).bearer("at_1").requestId(RID);
    }

    static ContractRequest.Builder post(String path, String json) {
        return ContractRequest.post(SCOPE + path).bearer("at_1").requestId(RID).idempotencyKey(KEY).json(json);
    }

    static ContractResponse.Builder ok(int status) {
        return ContractResponse.status(status).requestId(RID);
    }

    static ContractResponse.Builder file(int status) {
        return file(status, "application/pdf");
    }

    static ContractResponse.Builder file(int status, String contentType) {
        return ok(status).header("Content-Type", contentType).header("ETag", "\"v1\"")
                .header("Accept-Ranges", "bytes").header("X-Checksum-SHA256", SHA)
                .header("Content-Disposition", "attachment; filename=\"SUT-1.pdf\"").body(new byte[] {37, 80, 68, 70});
    }

    static Stream<ContractCase> validExchanges() {
        return Stream.of(
                valid("Mobile-ID login challenge", ContractRequest.post("/api/v1/auth/esign/challenges").requestId(RID)
                        .json("{\"method\":\"MOBILE_ID\",\"personalCode\":\"50001018865\",\"phoneNumber\":\"+37060000666\"}")
                        .build(), ok(201).json(CHALLENGE).build()),
                valid("e-signature login completed", ContractRequest.post("/api/v1/auth/esign/challenges/ch_1/completion")
                        .requestId(RID).json(COMPLETION).build(),
                        ok(200).json(AccountSessionContractTest.TOKENS.replace("false", "true")).build()),
                valid("e-signature login of an unregistered person", ContractRequest.post(
                        "/api/v1/auth/esign/challenges/ch_1/completion").requestId(RID).json(COMPLETION).build(),
                        ok(401).problem(problem(401, "NO_ACCOUNT_FOR_IDENTITY")).build()),
                valid("identity confirmed by someone else before", ContractRequest.post(
                        "/api/v1/me/identity/challenges/ch_1/confirmation").bearer("at_1").idempotencyKey(KEY)
                        .requestId(RID).json(COMPLETION).build(), ok(409).problem(problem(409, "IDENTITY_MISMATCH")).build()),
                valid("documents filtered", get("/documents?type=CONTRACT&type=INVOICE&state=SIGNED&from=2026-01-01"
                        + "&to=2026-12-31&contractId=doc_0&limit=20&cursor=c_1").build(),
                        ok(200).json("{\"items\":[" + DOCUMENT + "],\"nextCursor\":\"c_2\"}").build()),
                valid("documents before identity confirmation", get("/documents").build(),
                        ok(403).problem(problem(403, "IDENTITY_NOT_CONFIRMED")).build()),
                valid("document of another scope", get("/documents/doc_x").build(),
                        ok(404).problem(problem(404, "NOT_FOUND")).build()),
                valid("whole file", get("/documents/doc_1/content").build(), file(200).build()),
                valid("resumed download", get("/documents/doc_1/content").header("Range", "bytes=2-")
                        .header("If-Range", "\"v1\"").build(), file(206).header("Content-Range", "bytes 2-3/4").build()),
                valid("range beyond the end", get("/documents/doc_1/content").header("Range", "bytes=4000-").build(),
                        ok(416).header("Content-Range", "bytes */1000").problem(problem(416, "RANGE_NOT_SATISFIABLE")).build()),
                valid("change feed with an unknown change kind", get("/documents/changes?cursor=f_6&limit=3").build(),
                        ok(200).json(CHANGES).build()),
                valid("change feed cursor too old", get("/documents/changes?cursor=f_1").build(),
                        ok(410).problem(problem(410, "CURSOR_EXPIRED")).build()),
                valid("signature prepared", post("/documents/doc_1/signatures",
                        "{\"signingCertificate\":\"MIIBCgKCAQEA\",\"method\":\"LOCAL_KEY\"}").build(),
                        ok(201).json("{\"signatureId\":\"sig_1\",\"state\":\"PENDING\",\"digest\":\"q83vEjRWeJA=\","
                                + "\"digestAlgorithm\":\"SHA256\",\"expiresAt\":\"2026-11-24T10:35:30Z\"}").build()),
                valid("document not signable", post("/documents/doc_1/signatures",
                        "{\"signingCertificate\":\"MIIBCgKCAQEA\",\"method\":\"SMART_ID\"}").build(),
                        ok(409).problem(problem(409, "DOCUMENT_NOT_SIGNABLE")).build()),
                valid("signature finalised", post("/documents/doc_1/signatures/sig_1/finalization",
                        "{\"signatureValue\":\"q83vEjRWeJA=\",\"signatureAlgorithm\":\"SHA256withRSA\"}").build(),
                        ok(200).json("{\"signatureId\":\"sig_1\",\"state\":\"COMPLETED\",\"document\":" + DOCUMENT + "}").build()),
                valid("signature expired", post("/documents/doc_1/signatures/sig_1/finalization",
                        "{\"signatureValue\":\"q83vEjRWeJA=\",\"signatureAlgorithm\":\"SHA256withRSA\"}").build(),
                        ok(409).problem(problem(409, "SIGNATURE_EXPIRED")).build()),
                valid("signature cancelled", ContractRequest.delete(SCOPE + "/documents/doc_1/signatures/sig_1")
                        .bearer("at_1").requestId(RID).build(), ok(204).build()),
                valid("signed container", get("/documents/doc_1/signed-container").build(),
                        ok(200).header("Content-Type", "application/vnd.etsi.asic-e+zip").header("ETag", "\"c1\"")
                                .header("Content-Disposition", "attachment; filename=\"SUT-1.asice\"")
                                .header("X-Checksum-SHA256", SHA).body(new byte[] {80, 75, 3, 4}).build()),
                valid("joined the club", post("/loyalty/membership", "{\"acceptRules\":true}").build(),
                        ok(201).json("{\"state\":\"MEMBER\",\"memberSince\":\"2026-11-24\",\"cardNumber\":null}").build()),
                valid("joining without accepting the rules", post("/loyalty/membership", "{}").build(),
                        ok(422).problem(problem(422, "CONSENT_REQUIRED")).build()),
                valid("order placed", post("/loyalty/orders", "{\"offerId\":\"off_1\",\"quantity\":\"2.5\"}").build(),
                        ok(201).header("Location", SCOPE + "/loyalty/orders/ord_1").json(ORDER).build()),
                valid("order by a non-member", post("/loyalty/orders", "{\"offerId\":\"off_1\",\"quantity\":\"1\"}").build(),
                        ok(403).problem(problem(403, "NOT_A_MEMBER")).build()),
                valid("order cancelled without a reason", ContractRequest.post(SCOPE + "/loyalty/orders/ord_1/cancellation")
                        .bearer("at_1").requestId(RID).idempotencyKey(KEY).build(),
                        ok(200).json(ORDER.replace("PLACED", "CANCELLED")).build()),
                valid("order too late to cancel", ContractRequest.post(SCOPE + "/loyalty/orders/ord_1/cancellation")
                        .bearer("at_1").requestId(RID).idempotencyKey(KEY).build(),
                        ok(409).problem(problem(409, "ORDER_NOT_CANCELLABLE")).build()),
                valid("help asked", post("/help/requests", "{\"topic\":\"Sąskaita\",\"question\":\"Kada?\"}").build(),
                        ok(201).header("Location", SCOPE + "/help/requests/hr_1").json(HELP_REQUEST).build()),
                valid("document uploaded", ContractRequest.post(SCOPE + "/help/uploads").bearer("at_1").requestId(RID)
                        .idempotencyKey(KEY).header("Content-Type", "multipart/form-data; boundary=b")
                        .body("--b\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.pdf\"\r\n"
                                + "Content-Type: application/pdf\r\n\r\n%PDF\r\n--b--\r\n").build(),
                        ok(201).json(UPLOAD).build()),
                valid("upload too large", ContractRequest.post(SCOPE + "/help/uploads").bearer("at_1").requestId(RID)
                        .idempotencyKey(KEY).header("Content-Type", "multipart/form-data; boundary=b").body("--b--\r\n").build(),
                        ok(413).problem(problem(413, "FILE_TOO_LARGE")).build()),
                valid("contacts", ContractRequest.get("/api/v1/help/contacts").bearer("at_1").requestId(RID).build(),
                        ok(200).json("{\"url\":\"https://www.agrokoncernas.lt/lt/kontaktai/centrine-buveine/\","
                                + "\"entries\":[{\"kind\":\"PHONE\",\"value\":\"+37050000000\"}]}").build()));
    }

    static Stream<ContractCase> invalidExchanges() {
        return Stream.of(
                invalid("challenge for an identity card", ContractRequest.post("/api/v1/auth/esign/challenges")
                        .json("{\"method\":\"ID_CARD\",\"personalCode\":\"50001018865\"}").build(), null,
                        "validation.request.body.schema.enum"),
                invalid("challenge with a domestic phone number", ContractRequest.post("/api/v1/auth/esign/challenges")
                        .json("{\"method\":\"MOBILE_ID\",\"personalCode\":\"50001018865\",\"phoneNumber\":\"860000666\"}")
                        .build(), null, "validation.request.body.schema.pattern"),
                invalid("completion with a certificate that is not Base64", ContractRequest.post(
                        "/api/v1/auth/esign/challenges/ch_1/completion").json(COMPLETION.replace("MIIBCgKCAQEA", "MIIB*"))
                        .build(), null, "validation.request.body.schema.format.byte"),
                invalid("identity confirmation without an idempotency key", ContractRequest.post(
                        "/api/v1/me/identity/challenges/ch_1/confirmation").bearer("at_1").json(COMPLETION).build(), null,
                        "validation.request.parameter.header.missing"),
                invalid("documents of a lower-case type", get("/documents?type=invoice").build(), null,
                        "validation.request.parameter.schema.pattern"),
                invalid("documents from the 13th month", get("/documents?from=2026-13-01").build(), null,
                        "validation.request.parameter.schema.format.date"),
                invalid("document with an upper-case checksum", get("/documents/doc_1").build(),
                        ok(200).json(DOCUMENT.replace(SHA, SHA.toUpperCase())).build(), "validation.response.body.schema.pattern"),
                invalid("document with a numeric amount", get("/documents/doc_1").build(),
                        ok(200).json(DOCUMENT.replace("\"-12.50\"", "-12.5")).build(), "validation.response.body.schema.type"),
                invalid("document served as the changes resource", get("/documents/changes").build(),
                        ok(200).json(DOCUMENT).build(), "validation.response.body.schema.required",
                        "validation.response.body.schema.additionalProperties"),
                invalid("change feed without nextCursor", get("/documents/changes").build(),
                        ok(200).json(CHANGES.replace("\"nextCursor\": \"f_9\", ", "")).build(),
                        "validation.response.body.schema.required"),
                invalid("partial file without Content-Range", get("/documents/doc_1/content").header("Range", "bytes=2-")
                        .build(), file(206).build(), "validation.response.header.missing"),
                invalid("file with a malformed checksum header", get("/documents/doc_1/content").build(),
                        ok(200).header("Content-Type", "application/pdf").header("ETag", "\"v1\"")
                                .header("Accept-Ranges", "bytes").header("X-Checksum-SHA256", "md5:abc")
                                .header("Content-Disposition", "attachment").body(new byte[] {1}).build(),
                        "validation.response.header.schema.pattern"),
                invalid("file served as JSON", get("/documents/doc_1/content").build(),
                        file(200, "application/json").build(),
                        "validation.response.contentType.notAllowed"),
                invalid("multiple ranges", get("/documents/doc_1/content").header("Range", "bytes=0-1,5-6").build(), null,
                        "validation.request.parameter.schema.pattern"),
                invalid("signature without an idempotency key", ContractRequest.post(SCOPE + "/documents/doc_1/signatures")
                        .bearer("at_1").json("{\"signingCertificate\":\"MIIBCgKCAQEA\",\"method\":\"SMART_ID\"}").build(),
                        null, "validation.request.parameter.header.missing"),
                invalid("signature by an unknown method", post("/documents/doc_1/signatures",
                        "{\"signingCertificate\":\"MIIBCgKCAQEA\",\"method\":\"ID_CARD\"}").build(), null,
                        "validation.request.body.schema.enum"),
                invalid("finalisation with an unnamed algorithm", post("/documents/doc_1/signatures/sig_1/finalization",
                        "{\"signatureValue\":\"q83vEjRWeJA=\",\"signatureAlgorithm\":\"RSA\"}").build(), null,
                        "validation.request.body.schema.enum"),
                invalid("signing refusal with a loyalty code", post("/documents/doc_1/signatures",
                        "{\"signingCertificate\":\"MIIBCgKCAQEA\",\"method\":\"SMART_ID\"}").build(),
                        ok(422).problem(problem(422, "QUANTITY_OUT_OF_RANGE")).build(), ContractValidator.KEY_PROBLEM_CODE),
                invalid("order with a decimal comma", post("/loyalty/orders", "{\"offerId\":\"off_1\",\"quantity\":\"2,5\"}")
                        .build(), null, "validation.request.body.schema.pattern"),
                invalid("order with a numeric quantity", post("/loyalty/orders", "{\"offerId\":\"off_1\",\"quantity\":2.5}")
                        .build(), null, "validation.request.body.schema.type"),
                invalid("non-member refused with 422", post("/loyalty/orders", "{\"offerId\":\"off_1\",\"quantity\":\"1\"}")
                        .build(), ok(422).problem(problem(422, "NOT_A_MEMBER")).build(), ContractValidator.KEY_PROBLEM_CODE),
                invalid("joining with a string", post("/loyalty/membership", "{\"acceptRules\":\"yes\"}").build(), null,
                        "validation.request.body.schema.type"),
                invalid("help topic of 201 characters", post("/help/requests",
                        "{\"topic\":\"" + "t".repeat(201) + "\",\"question\":\"q\"}").build(), null,
                        "validation.request.body.schema.maxLength"),
                invalid("help question blank", post("/help/requests", "{\"topic\":\"t\",\"question\":\"  \"}").build(), null,
                        "validation.request.body.schema.pattern"),
                invalid("help question missing", post("/help/requests", "{\"topic\":\"t\"}").build(), null,
                        "validation.request.body.schema.required"),
                invalid("help request answered without messages", post("/help/requests", "{\"topic\":\"t\",\"question\":\"q\"}")
                        .build(), ok(201).header("Location", SCOPE + "/help/requests/hr_1")
                        .json(HELP_REQUEST.replace(", \"messages\": []", "")).build(), "validation.response.body.schema.required"),
                invalid("upload of 30 MiB reported as received", ContractRequest.get(SCOPE + "/help/uploads").bearer("at_1")
                        .requestId(RID).build(), ok(200).json("{\"items\":[" + UPLOAD.replace("\"size\": 10", "\"size\": 31457280")
                        + "]}").build(), "validation.response.body.schema.maximum"));
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
