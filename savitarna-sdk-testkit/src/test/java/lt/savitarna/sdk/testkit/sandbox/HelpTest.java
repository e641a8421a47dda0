package lt.savitarna.sdk.testkit.sandbox;

import static lt.savitarna.sdk.testkit.sandbox.Http.scope;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Help requests, their conversation, and uploads with their limits. */
class HelpTest {

    private static final String HELP = scope(DemoData.MAIN_COMPANY_ID, DemoData.MAIN_PARTY_ID) + "/help";
    private static final byte[] PDF = "%PDF-1.4\n%test\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

    private static SandboxServer sandbox;
    private static Http http;
    private static String jonas;

    @BeforeAll
    static void start() {
        sandbox = SandboxServer.builder().largeDocumentSize(SandboxServer.MIN_LARGE_DOCUMENT_SIZE).start();
        http = new Http(sandbox);
        jonas = http.accessToken(DemoData.JONAS_EMAIL, DemoData.JONAS_PASSWORD);
    }

    @AfterAll
    static void stop() {
        sandbox.close();
    }

    @Test
    void askingNeedsATopicAndAQuestion() {
        for (String body : List.of("{\"question\":\"Kada?\"}", "{\"topic\":\"Sąskaita\",\"question\":\"   \"}",
                "{\"topic\":\"" + "x".repeat(201) + "\",\"question\":\"Kada?\"}",
                "{\"topic\":\"Sąskaita\",\"question\":\"" + "x".repeat(5001) + "\"}")) {
            Http.Reply refused = http.post(HELP + "/requests", body).bearer(jonas).key(Http.newKey()).send();
            assertEquals(400, refused.status(), body);
            assertEquals("VALIDATION_FAILED", refused.code());
        }
        Http.Reply both = http.post(HELP + "/requests", "{}").bearer(jonas).key(Http.newKey()).send();
        assertEquals(2, both.json().getJsonArray("errors").size(), "every missing field at once");

        String key = Http.newKey();
        Http.Reply asked = http.post(HELP + "/requests", "{\"topic\":\"Trąšų pristatymas\",\"question\":\"Kada atveš?\"}")
                .bearer(jonas).key(key).send();
        assertEquals(201, asked.status(), asked::toString);
        JsonObject request = asked.json();
        assertEquals("OPEN", request.getString("state"));
        assertEquals(0, request.getJsonArray("messages").size());
        assertEquals(0, request.getJsonArray("attachments").size());
        assertEquals(HELP + "/requests/" + request.getString("id"), asked.header("Location").orElseThrow());
        assertEquals(request, http.get(HELP + "/requests/" + request.getString("id")).bearer(jonas).send().json());
        http.post(HELP + "/requests", "{\"topic\":\"Trąšų pristatymas\",\"question\":\"Kada atveš?\"}")
                .bearer(jonas).key(key).send();
        assertEquals(1, sandbox.counters().helpRequestsWithIdempotencyKey(key));
    }

    @Test
    void theSeededAnsweredRequestHasAReplyAndAnAttachment() {
        JsonObject answered = http.get(HELP + "/requests/" + DemoData.ANSWERED_HELP_REQUEST_ID).bearer(jonas).send()
                .json();
        assertEquals("ANSWERED", answered.getString("state"));
        JsonObject reply = answered.getJsonArray("messages").getJsonObject(0);
        assertEquals("STAFF", reply.getString("author"));
        assertFalse(reply.getString("text").isBlank());
        assertEquals(DemoData.ANSWERED_HELP_REQUEST_ID, answered.getJsonArray("attachments").getJsonObject(0)
                .getString("requestId"));

        List<JsonObject> closed = http.get(HELP + "/requests?state=CLOSED").bearer(jonas).send().json()
                .getJsonArray("items").getValuesAs(JsonObject.class);
        assertEquals(List.of(DemoData.CLOSED_HELP_REQUEST_ID), closed.stream().map(r -> r.getString("id")).toList());
    }

    @Test
    void aFollowUpReopensAnAnsweredRequestAndAClosedOneRefuses() {
        String id = http.post(HELP + "/requests", "{\"topic\":\"Sąskaita\",\"question\":\"Kodėl dvi?\"}").bearer(jonas)
                .key(Http.newKey()).send().json().getString("id");
        SandboxWorkspace workspace = sandbox.workspace(DemoData.MAIN_COMPANY_ID, DemoData.MAIN_PARTY_ID);
        workspace.replyToHelpRequest(id, "Viena iš jų kreditinė.");
        JsonObject answered = http.get(HELP + "/requests/" + id).bearer(jonas).send().json();
        assertEquals("ANSWERED", answered.getString("state"));

        Http.Reply followUp = http.post(HELP + "/requests/" + id + "/messages", "{\"text\":\"Ačiū, laukiu.\"}")
                .bearer(jonas).key(Http.newKey()).send();
        assertEquals(201, followUp.status());
        assertEquals("CUSTOMER", followUp.json().getString("author"));
        JsonObject reopened = http.get(HELP + "/requests/" + id).bearer(jonas).send().json();
        assertEquals("OPEN", reopened.getString("state"));
        assertEquals(2, reopened.getJsonArray("messages").size());
        assertEquals(400, http.post(HELP + "/requests/" + id + "/messages", "{\"text\":\" \"}").bearer(jonas)
                .key(Http.newKey()).send().status());

        workspace.closeHelpRequest(id);
        Http.Reply closed = http.post(HELP + "/requests/" + id + "/messages", "{\"text\":\"Dar vienas?\"}")
                .bearer(jonas).key(Http.newKey()).send();
        assertEquals(409, closed.status());
        assertEquals("REQUEST_CLOSED", closed.code());
        TestFiles.Form form = new TestFiles.Form("b1").file("file", "a.pdf", "application/pdf", PDF);
        Http.Reply attach = http.post(HELP + "/requests/" + DemoData.CLOSED_HELP_REQUEST_ID + "/attachments",
                form.build(), form.contentType()).bearer(jonas).key(Http.newKey()).send();
        assertEquals("REQUEST_CLOSED", attach.code());
        assertEquals(404, http.post(HELP + "/requests/hr_nope/messages", "{\"text\":\"?\"}").bearer(jonas)
                .key(Http.newKey()).send().status());
        assertThrows(IllegalArgumentException.class, () -> workspace.replyToHelpRequest("hr_nope", "x"));
    }

    @Test
    void anUploadIsMeasuredAndListed() {
        TestFiles.Form form = new TestFiles.Form("----sandbox-boundary-1")
                .field("description", "Pasėlių deklaracija 2026")
                .file("file", "deklaracija-2026.pdf", "application/pdf", PDF);
        String key = Http.newKey();
        Http.Reply uploaded = http.post(HELP + "/uploads", form.build(), form.contentType()).bearer(jonas).key(key).send();
        assertEquals(201, uploaded.status(), uploaded::toString);
        JsonObject upload = uploaded.json();
        assertEquals("deklaracija-2026.pdf", upload.getString("fileName"));
        assertEquals("application/pdf", upload.getString("mediaType"));
        assertEquals(PDF.length, upload.getInt("size"));
        assertEquals(TestFiles.sha256(PDF), upload.getString("sha256"));
        assertEquals("Pasėlių deklaracija 2026", upload.getString("description"));
        assertTrue(upload.isNull("requestId"));
        assertEquals("RECEIVED", upload.getString("state"));

        TestFiles.Form retry = new TestFiles.Form("another-boundary-on-retry")
                .field("description", "Pasėlių deklaracija 2026")
                .file("file", "deklaracija-2026.pdf", "application/pdf", PDF);
        Http.Reply replayed = http.post(HELP + "/uploads", retry.build(), retry.contentType()).bearer(jonas).key(key)
                .send();
        assertEquals(201, replayed.status(), "a new boundary is the same upload");
        assertEquals("true", replayed.header("Idempotent-Replayed").orElseThrow());
        assertEquals(1, sandbox.counters().uploadsWithIdempotencyKey(key));

        JsonObject first = http.get(HELP + "/uploads?limit=1").bearer(jonas).send().json();
        assertEquals(upload.getString("id"), first.getJsonArray("items").getJsonObject(0).getString("id"), "newest first");
    }

    @Test
    void anAttachmentBelongsToItsRequest() {
        TestFiles.Form form = new TestFiles.Form("b2").file("file", "nuotrauka.jpg", null, new byte[] {(byte) 0xff, 1, 2});
        Http.Reply attached = http.post(HELP + "/requests/" + DemoData.ANSWERED_HELP_REQUEST_ID + "/attachments",
                form.build(), form.contentType()).bearer(jonas).key(Http.newKey()).send();
        assertEquals(201, attached.status(), attached::toString);
        assertEquals("image/jpeg", attached.json().getString("mediaType"), "typed by its extension");
        assertEquals(DemoData.ANSWERED_HELP_REQUEST_ID, attached.json().getString("requestId"));
        JsonObject request = http.get(HELP + "/requests/" + DemoData.ANSWERED_HELP_REQUEST_ID).bearer(jonas).send().json();
        assertEquals(2, request.getJsonArray("attachments").size());
    }

    @Test
    void uploadsHaveTypeAndSizeLimits() {
        TestFiles.Form text = new TestFiles.Form("b3").file("file", "notes.txt", "text/plain", new byte[] {65});
        Http.Reply unsupported = http.post(HELP + "/uploads", text.build(), text.contentType()).bearer(jonas)
                .key(Http.newKey()).send();
        assertEquals(415, unsupported.status());
        assertEquals("UNSUPPORTED_MEDIA_TYPE", unsupported.code());

        byte[] big = new byte[25 * 1024 * 1024 + 1];
        Arrays.fill(big, (byte) 'x');
        TestFiles.Form tooLarge = new TestFiles.Form("b4").file("file", "didelis.pdf", "application/pdf", big);
        Http.Reply refused = http.post(HELP + "/uploads", tooLarge.build(), tooLarge.contentType()).bearer(jonas)
                .key(Http.newKey()).send();
        assertEquals(413, refused.status());
        assertEquals("FILE_TOO_LARGE", refused.code());

        TestFiles.Form noFile = new TestFiles.Form("b5").field("description", "be failo");
        assertEquals("file", http.post(HELP + "/uploads", noFile.build(), noFile.contentType()).bearer(jonas)
                .key(Http.newKey()).send().firstErrorField());
        Http.Reply notMultipart = http.post(HELP + "/uploads", "{\"file\":\"x\"}").bearer(jonas).key(Http.newKey()).send();
        assertEquals(400, notMultipart.status());
        byte[] broken = "--b6\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.pdf\"\r\n\r\nno end"
                .getBytes(StandardCharsets.US_ASCII);
        Http.Reply malformed = http.post(HELP + "/uploads", broken, "multipart/form-data; boundary=b6").bearer(jonas)
                .key(Http.newKey()).send();
        assertEquals(400, malformed.status());
        assertEquals("body", malformed.firstErrorField());
    }
}
