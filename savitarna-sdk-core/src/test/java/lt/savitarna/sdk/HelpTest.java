package lt.savitarna.sdk;

import static com.github.tomakehurst.wiremock.client.WireMock.aMultipart;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.binaryEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static lt.savitarna.sdk.testing.Portal.json;
import static lt.savitarna.sdk.testing.Portal.problem;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.atomic.AtomicLong;
import lt.savitarna.sdk.error.ErrorCodes;
import lt.savitarna.sdk.error.FileTooLargeException;
import lt.savitarna.sdk.error.HelpRequestClosedException;
import lt.savitarna.sdk.error.IdentityNotConfirmedException;
import lt.savitarna.sdk.error.LocalFileException;
import lt.savitarna.sdk.error.UnsupportedMediaTypeException;
import lt.savitarna.sdk.error.ValidationException;
import lt.savitarna.sdk.help.ContactKind;
import lt.savitarna.sdk.help.Contacts;
import lt.savitarna.sdk.help.HelpMessage;
import lt.savitarna.sdk.help.HelpQuestion;
import lt.savitarna.sdk.help.HelpRequest;
import lt.savitarna.sdk.help.HelpRequestState;
import lt.savitarna.sdk.help.MessageAuthor;
import lt.savitarna.sdk.help.Upload;
import lt.savitarna.sdk.help.UploadState;
import lt.savitarna.sdk.help.UploadedFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HelpTest extends ClientTestBase {

    static final String SCOPE = "/api/v1/companies/agrokoncernas/parties/p_1/help";

    static final String REQUEST = "{\"id\":\"hr_4Mn5Op6\",\"topic\":\"Sąskaitos apmokėjimas\",\"question\":\"Kada?\","
            + "\"state\":\"ANSWERED\",\"createdAt\":\"2026-11-24T11:00:00Z\",\"updatedAt\":\"2026-11-24T13:20:00Z\","
            + "\"messages\":[{\"id\":\"msg_1\",\"author\":\"STAFF\",\"text\":\"Iki penktadienio.\",\"createdAt\":"
            + "\"2026-11-24T13:20:00Z\"}],\"attachments\":[]}";

    static final String UPLOADED = "{\"id\":\"upl_9\",\"fileName\":\"deklaracija-ūkis.pdf\",\"mediaType\":\"application/pdf\","
            + "\"size\":200000,\"sha256\":\"" + "a".repeat(64) + "\",\"description\":\"Pasėlių deklaracija\","
            + "\"requestId\":null,\"state\":\"RECEIVED\",\"createdAt\":\"2026-11-24T11:05:00Z\"}";

    @TempDir
    Path dir;

    private Workspace ws(boolean confirmed) {
        stubLogin(confirmed);
        return client.login("ona@example.lt", "Slapta-123".toCharArray()).workspace("agrokoncernas", "p_1");
    }

    @Test
    void asksWithTopicAndQuestion() {
        portal.stub(post(urlEqualTo(SCOPE + "/requests")).willReturn(json(201, REQUEST)));

        HelpRequest r = ws(true).help().ask(HelpQuestion.builder().topic(" Sąskaitos apmokėjimas ")
                .question("Kada bus išrašyta kreditinė sąskaita?").build());

        assertEquals("hr_4Mn5Op6", r.id());
        assertEquals(HelpRequestState.ANSWERED, r.state());
        assertEquals(MessageAuthor.STAFF, r.messages().get(0).author());
        LoggedRequest sent = portal.server.findAll(postRequestedFor(urlEqualTo(SCOPE + "/requests"))).get(0);
        assertNotNull(sent.getHeader("Idempotency-Key"));
        portal.server.verify(postRequestedFor(urlEqualTo(SCOPE + "/requests")).withRequestBody(equalToJson(
                "{\"topic\":\"Sąskaitos apmokėjimas\",\"question\":\"Kada bus išrašyta kreditinė sąskaita?\"}")));
    }

    @Test
    void topicAndQuestionAreCheckedTogetherBeforeTheWire() {
        Workspace ws = ws(true);
        portal.server.resetRequests();

        ValidationException blank = assertThrows(ValidationException.class,
                () -> ws.help().ask(HelpQuestion.of("  ", null)));
        ValidationException tooLong = assertThrows(ValidationException.class,
                () -> ws.help().ask(HelpQuestion.of("t".repeat(201), "q".repeat(5001))));

        assertEquals(ErrorCodes.FIELD_REQUIRED, blank.fieldError("topic").orElseThrow().code());
        assertEquals(ErrorCodes.FIELD_REQUIRED, blank.fieldError("question").orElseThrow().code());
        assertEquals(ErrorCodes.FIELD_TOO_LONG, tooLong.fieldError("topic").orElseThrow().code());
        assertEquals(ErrorCodes.FIELD_TOO_LONG, tooLong.fieldError("question").orElseThrow().code());
        assertTrue(tooLong.getLocalizedMessage().contains("Topic must be at most 200"), tooLong.getLocalizedMessage());
        assertTrue(tooLong.message(Locale.forLanguageTag("lt")).contains("Klausimas: ne daugiau kaip 5000"),
                tooLong.message(Locale.forLanguageTag("lt")));
        assertEquals(ErrorCodes.FIELD_REQUIRED, assertThrows(ValidationException.class,
                () -> ws.help().reply("hr_1", " ")).fieldError("text").orElseThrow().code());
        portal.server.verify(0, anyRequestedFor(anyUrl()));
        // 200 characters counted as people count them: Lithuanian letters are one character each
        portal.stub(post(urlEqualTo(SCOPE + "/requests")).willReturn(json(201, REQUEST)));
        assertEquals("hr_4Mn5Op6", ws.help().ask(HelpQuestion.of("ž".repeat(200), "ok")).id());
    }

    @Test
    void listsReadsAndReplies() {
        portal.stub(get(urlPathEqualTo(SCOPE + "/requests")).willReturn(json(200, "{\"items\":[" + REQUEST + "]}")));
        portal.stub(get(urlEqualTo(SCOPE + "/requests/hr_4Mn5Op6")).willReturn(json(200, REQUEST)));
        portal.stub(post(urlEqualTo(SCOPE + "/requests/hr_4Mn5Op6/messages")).willReturn(json(201,
                "{\"id\":\"msg_2\",\"author\":\"CUSTOMER\",\"text\":\"Ačiū, laukiu.\",\"createdAt\":\"2026-11-24T13:30:00Z\"}")));
        portal.stub(post(urlEqualTo(SCOPE + "/requests/hr_closed/messages")).willReturn(problem(409, "REQUEST_CLOSED")));
        Workspace ws = ws(true);

        assertEquals(1, ws.help().requests(HelpRequestState.OPEN, HelpRequestState.ANSWERED).stream().count());
        assertEquals("Iki penktadienio.", ws.help().request("hr_4Mn5Op6").messages().get(0).text());
        HelpMessage m = ws.help().reply("hr_4Mn5Op6", "Ačiū, laukiu.");

        assertEquals(MessageAuthor.CUSTOMER, m.author());
        LoggedRequest list = portal.server.findAll(getRequestedFor(urlPathEqualTo(SCOPE + "/requests"))).get(0);
        assertEquals(List.of("OPEN", "ANSWERED"), list.queryParameter("state").values());
        HelpRequestClosedException closed = assertThrows(HelpRequestClosedException.class,
                () -> ws.help().reply("hr_closed", "dar"));
        assertTrue(closed.getLocalizedMessage().contains("Ask a new question"));
    }

    @Test
    void readsTheContactsOutsideTheWorkspaceScope() {
        portal.stub(get(urlEqualTo("/api/v1/help/contacts")).willReturn(json(200,
                "{\"url\":\"https://www.agrokoncernas.lt/lt/kontaktai/centrine-buveine/\",\"entries\":[{\"kind\":\"PHONE\","
                        + "\"label\":\"Centrinė būstinė\",\"value\":\"+37050000000\"},{\"kind\":\"FAX\",\"value\":\"1\"}]}")));

        Contacts c = ws(true).help().contacts();

        assertEquals(URI.create("https://www.agrokoncernas.lt/lt/kontaktai/centrine-buveine/"), c.url());
        assertEquals(ContactKind.PHONE, c.entries().get(0).kind());
        assertFalse(c.entries().get(1).kind().isKnown());
        assertEquals("Bearer at_1", portal.server.findAll(getRequestedFor(urlEqualTo("/api/v1/help/contacts"))).get(0)
                .getHeader("Authorization"));
    }

    @Test
    void uploadsAFileAsStreamedMultipartWithProgress() throws IOException {
        byte[] bytes = new byte[200_000];
        new Random(7).nextBytes(bytes);
        Path file = Files.write(dir.resolve("scan.pdf"), bytes);
        portal.stub(post(urlEqualTo(SCOPE + "/uploads"))
                .withMultipartRequestBody(aMultipart().withName("file")
                        .withHeader("Content-Type", equalTo("application/pdf"))
                        .withBody(binaryEqualTo(bytes)))
                .withMultipartRequestBody(aMultipart().withName("description")
                        .withBody(equalTo("Pasėlių deklaracija")))
                .willReturn(json(201, UPLOADED)));
        AtomicLong lastProgress = new AtomicLong();
        AtomicLong total = new AtomicLong();

        UploadedFile uploaded = ws(true).help().upload(Upload.builder(file).fileName("deklaracija-ūkis.pdf")
                .description("Pasėlių deklaracija")
                .progress((done, all) -> {
                    lastProgress.set(done);
                    total.set(all);
                }).build());

        assertEquals("upl_9", uploaded.id());
        assertEquals(UploadState.RECEIVED, uploaded.state());
        LoggedRequest r = portal.server.findAll(postRequestedFor(urlEqualTo(SCOPE + "/uploads"))).get(0);
        String contentType = r.getHeader("Content-Type");
        assertTrue(contentType.startsWith("multipart/form-data; boundary=savitarna-"), contentType);
        String boundary = contentType.substring(contentType.indexOf("boundary=") + 9);
        assertEquals(expectedBody(boundary, "deklaracija-ūkis.pdf", "application/pdf", "Pasėlių deklaracija", bytes).length,
                r.getBody().length);
        assertArrayEquals(expectedBody(boundary, "deklaracija-ūkis.pdf", "application/pdf", "Pasėlių deklaracija", bytes),
                r.getBody());
        assertEquals(String.valueOf(r.getBody().length), r.getHeader("Content-Length"));
        assertEquals(r.getBody().length, lastProgress.get());
        assertEquals(r.getBody().length, total.get());
        assertNotNull(r.getHeader("Idempotency-Key"));
    }

    @Test
    void aRetriedUploadSendsTheSameBytesUnderTheSameKey() throws IOException {
        Path file = Files.writeString(dir.resolve("photo.JPG"), "not really a jpeg");
        portal.failThenSucceed(() -> post(urlPathMatching(SCOPE + "/requests/hr_1/attachments")), 1,
                problem(503, "SERVICE_UNAVAILABLE"), json(201, UPLOADED.replace("\"requestId\":null", "\"requestId\":\"hr_1\"")));

        UploadedFile f = ws(true).help().attach("hr_1", Upload.of(file));

        assertEquals("hr_1", f.requestId());
        List<LoggedRequest> attempts = portal.server.findAll(postRequestedFor(urlEqualTo(SCOPE + "/requests/hr_1/attachments")));
        assertEquals(2, attempts.size());
        assertArrayEquals(attempts.get(0).getBody(), attempts.get(1).getBody());
        assertEquals(attempts.get(0).getHeader("Idempotency-Key"), attempts.get(1).getHeader("Idempotency-Key"));
        assertTrue(attempts.get(0).getBodyAsString().contains("Content-Type: image/jpeg"));
        assertFalse(attempts.get(0).getBodyAsString().contains("name=\"description\""));
    }

    @Test
    void sizeAndTypeAreCheckedBeforeTheWire() throws IOException {
        Path big = dir.resolve("big.pdf");
        try (RandomAccessFile f = new RandomAccessFile(big.toFile(), "rw")) {
            f.setLength(26_214_401L); // sparse: nothing is really written
        }
        Path exe = Files.writeString(dir.resolve("setup.exe"), "MZ");
        Workspace ws = ws(true);
        portal.server.resetRequests();

        ValidationException tooBig = assertThrows(ValidationException.class, () -> ws.help().upload(Upload.of(big)));
        ValidationException wrongType = assertThrows(ValidationException.class, () -> ws.help().upload(Upload.of(exe)));
        ValidationException declared = assertThrows(ValidationException.class,
                () -> ws.help().upload(Upload.builder(exe).mediaType("application/x-msdownload").build()));

        assertEquals(ErrorCodes.FILE_TOO_LARGE, tooBig.fieldError("file").orElseThrow().code());
        assertTrue(tooBig.getLocalizedMessage().contains("25 MiB"));
        assertEquals(ErrorCodes.UNSUPPORTED_MEDIA_TYPE, wrongType.fieldError("file").orElseThrow().code());
        assertEquals(ErrorCodes.UNSUPPORTED_MEDIA_TYPE, declared.fieldError("file").orElseThrow().code());
        assertThrows(LocalFileException.class, () -> ws.help().upload(Upload.of(dir.resolve("missing.pdf"))));
        portal.server.verify(0, anyRequestedFor(anyUrl()));
    }

    @Test
    void thePortalsUploadRefusalsAreValidationFailuresToo() throws IOException {
        Path file = Files.writeString(dir.resolve("a.pdf"), "%PDF");
        portal.stub(post(urlEqualTo(SCOPE + "/uploads")).willReturn(problem(413, "FILE_TOO_LARGE")));
        portal.stub(post(urlEqualTo(SCOPE + "/requests/hr_1/attachments")).willReturn(problem(415, "UNSUPPORTED_MEDIA_TYPE")));
        Workspace ws = ws(true);

        assertTrue(assertThrows(ValidationException.class, () -> ws.help().upload(Upload.of(file)))
                instanceof FileTooLargeException);
        assertTrue(assertThrows(ValidationException.class, () -> ws.help().attach("hr_1", Upload.of(file)))
                instanceof UnsupportedMediaTypeException);
    }

    @Test
    void anUploadWhileTheIdentityIsKnownUnconfirmedAsksThePortalFirst() throws IOException {
        Path file = Files.writeString(dir.resolve("a.pdf"), "%PDF");
        portal.stub(get(urlEqualTo("/api/v1/me")).willReturn(json(200, SessionTest.ME_UNCONFIRMED)));
        Workspace ws = ws(false);

        IdentityNotConfirmedException e = assertThrows(IdentityNotConfirmedException.class,
                () -> ws.help().upload(Upload.of(file)));

        assertEquals(0, e.status(), "refused before the file went on the wire");
        portal.server.verify(0, postRequestedFor(urlEqualTo(SCOPE + "/uploads")));

        portal.stub(get(urlEqualTo("/api/v1/me")).willReturn(json(200, SessionTest.ME_CONFIRMED)));
        portal.stub(post(urlEqualTo(SCOPE + "/uploads")).willReturn(json(201, UPLOADED)));
        assertEquals("upl_9", ws.help().upload(Upload.of(file)).id(), "confirmed elsewhere meanwhile");
        assertEquals(SessionState.IDENTITY_CONFIRMED, ws.session().state());
        ws.help().upload(Upload.of(file));
        portal.server.verify(2, getRequestedFor(urlEqualTo("/api/v1/me")));
    }

    @Test
    void listsUploads() {
        portal.stub(get(urlPathEqualTo(SCOPE + "/uploads")).willReturn(json(200, "{\"items\":[" + UPLOADED + "]}")));
        UploadedFile f = ws(true).help().uploads().stream().findFirst().orElseThrow();
        assertEquals(200_000, f.size());
        assertEquals("Pasėlių deklaracija", f.description());
    }

    static byte[] expectedBody(String boundary, String fileName, String mediaType, String description, byte[] file) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        String head = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"description\"\r\n"
                + "Content-Type: text/plain; charset=UTF-8\r\n\r\n" + description + "\r\n"
                + "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName + "\"\r\n"
                + "Content-Type: " + mediaType + "\r\n\r\n";
        out.writeBytes(head.getBytes(StandardCharsets.UTF_8));
        out.writeBytes(file);
        out.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.US_ASCII));
        return out.toByteArray();
    }
}
