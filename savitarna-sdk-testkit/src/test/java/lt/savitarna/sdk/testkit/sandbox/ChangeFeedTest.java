package lt.savitarna.sdk.testkit.sandbox;

import static lt.savitarna.sdk.testkit.sandbox.Http.scope;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The document change feed: order, durable cursors, resumption, retention, and the hooks that feed it. */
class ChangeFeedTest {

    private static final String MAIN = scope(DemoData.MAIN_COMPANY_ID, DemoData.MAIN_PARTY_ID);
    private static final String FEED = MAIN + "/documents/changes";

    private SandboxServer sandbox;
    private Http http;
    private String jonas;
    private SandboxWorkspace workspace;

    @BeforeEach
    void start() {
        sandbox = SandboxServer.builder().largeDocumentSize(SandboxServer.MIN_LARGE_DOCUMENT_SIZE).start();
        http = new Http(sandbox);
        jonas = http.accessToken(DemoData.JONAS_EMAIL, DemoData.JONAS_PASSWORD);
        workspace = sandbox.workspace(DemoData.MAIN_COMPANY_ID, DemoData.MAIN_PARTY_ID);
    }

    @AfterEach
    void stop() {
        sandbox.close();
    }

    @Test
    void theFeedStartsWithEverySeededDocumentInAscendingOrder() {
        JsonObject page = feed(null, 200);
        List<JsonObject> items = page.getJsonArray("items").getValuesAs(JsonObject.class);
        assertEquals(DemoData.DOCUMENTS_PER_DEMO_REPRESENTATION, items.size());
        for (int i = 0; i < items.size(); i++) {
            assertEquals(i + 1, items.get(i).getJsonNumber("sequence").longValue());
            assertEquals("CREATED", items.get(i).getString("change"));
            assertEquals(items.get(i).getString("documentId"), items.get(i).getJsonObject("document").getString("id"));
        }
        assertFalse(page.getBoolean("hasMore"));
        assertTrue(page.getString("nextCursor").length() > 0, "a cursor even at the end");
        assertEquals(items.size(), workspace.lastChangeSequence());
    }

    @Test
    void aClientFollowsAddsUpdatesAndDeletesFromItsStoredCursor() {
        String cursor = drain(null);
        JsonObject empty = feed(cursor, 50);
        assertEquals(0, empty.getJsonArray("items").size());
        assertEquals(cursor, empty.getString("nextCursor"), "polling at the end keeps the position");

        String id = workspace.addDocument(SandboxDocument.builder("INVOICE", "PVM sąskaita faktūra")
                .number("AGK-NEW-1").amount("99.90").build());
        workspace.updateDocument(id, d -> d.toBuilder().state("PAID").build());
        workspace.deleteDocument(DemoData.LATEST_INVOICE_ID);

        JsonObject page = feed(cursor, 2);
        List<JsonObject> first = page.getJsonArray("items").getValuesAs(JsonObject.class);
        assertTrue(page.getBoolean("hasMore"));
        assertEquals("CREATED", first.get(0).getString("change"));
        assertEquals("ISSUED", first.get(0).getJsonObject("document").getString("state"), "as of that change");
        assertEquals("UPDATED", first.get(1).getString("change"));
        assertEquals("PAID", first.get(1).getJsonObject("document").getString("state"));

        JsonObject rest = feed(page.getString("nextCursor"), 50);
        JsonObject deleted = rest.getJsonArray("items").getJsonObject(0);
        assertEquals("DELETED", deleted.getString("change"));
        assertEquals(DemoData.LATEST_INVOICE_ID, deleted.getString("documentId"));
        assertFalse(deleted.containsKey("document"));
        assertFalse(rest.getBoolean("hasMore"));

        JsonObject again = feed(cursor, 50);
        assertEquals(3, again.getJsonArray("items").size(), "resuming from an older cursor repeats (at least once)");
        assertEquals(first.get(0).getJsonNumber("sequence").longValue(),
                again.getJsonArray("items").getJsonObject(0).getJsonNumber("sequence").longValue());
        assertEquals(404, http.get(MAIN + "/documents/" + DemoData.LATEST_INVOICE_ID).bearer(jonas).send().status());
    }

    @Test
    void signingShowsUpInTheFeed() {
        String cursor = drain(null);
        workspace.updateDocument(DemoData.CONTRACT_AWAITING_SIGNATURE_ID, d -> d.toBuilder().state("SIGNED").build());
        JsonObject change = feed(cursor, 50).getJsonArray("items").getJsonObject(0);
        assertEquals("UPDATED", change.getString("change"));
        assertFalse(change.getJsonObject("document").getBoolean("signable"));
    }

    @Test
    void cursorsOlderThanTheRetentionOrUnknownAreExpired() {
        String old = feed(null, 5).getString("nextCursor");
        workspace.expireChangesThrough(10);
        Http.Reply expired = http.get(FEED + "?cursor=" + old).bearer(jonas).send();
        assertEquals(410, expired.status());
        assertEquals("CURSOR_EXPIRED", expired.code());

        JsonObject fresh = feed(null, 1);
        assertEquals(11, fresh.getJsonArray("items").getJsonObject(0).getJsonNumber("sequence").longValue(),
                "without a cursor the feed starts at the oldest retained change");

        String future = "f_" + java.util.Base64.getUrlEncoder().withoutPadding().encodeToString("999".getBytes());
        assertEquals(410, http.get(FEED + "?cursor=" + future).bearer(jonas).send().status(),
                "a position the feed never reached (e.g. from before a reset)");
        Http.Reply garbage = http.get(FEED + "?cursor=not-a-cursor").bearer(jonas).send();
        assertEquals(400, garbage.status());
        assertEquals("cursor", garbage.firstErrorField());
    }

    @Test
    void theHttpHooksFeedTheFeedToo() {
        String base = "/_sandbox/companies/" + DemoData.MAIN_COMPANY_ID + "/parties/" + DemoData.MAIN_PARTY_ID;
        String cursor = drain(null);
        Http.Reply added = http.post(base + "/documents", "{\"type\":\"RECEIPT\",\"title\":\"Kvitas\",\"number\":\"KV-1\","
                + "\"issueDate\":\"2026-01-02\",\"amount\":{\"amount\":\"12.50\",\"currency\":\"EUR\"}}").send();
        assertEquals(201, added.status(), added::toString);
        String id = added.json().getString("id");
        Http.Reply patched = http.patch(base + "/documents/" + id, "{\"state\":\"CANCELLED\",\"amount\":null}").send();
        assertEquals(200, patched.status(), patched::toString);
        assertFalse(patched.json().getJsonObject("document").containsKey("amount"));
        assertEquals(200, http.delete(base + "/documents/" + id).send().status());
        assertEquals(404, http.delete(base + "/documents/" + id).send().status());
        Http.Reply badAnnex = http.post(base + "/documents", "{\"type\":\"CONTRACT_ANNEX\",\"title\":\"Priedas\","
                + "\"contractId\":\"doc_missing\"}").send();
        assertEquals(400, badAnnex.status());

        List<String> changes = new ArrayList<>();
        feed(cursor, 50).getJsonArray("items").getValuesAs(JsonObject.class)
                .forEach(c -> changes.add(c.getString("change") + " " + c.getString("documentId")));
        assertEquals(List.of("CREATED " + id, "UPDATED " + id, "DELETED " + id), changes);

        Http.Reply expire = http.post(base + "/documents/changes/expire", "{}").send();
        assertEquals(200, expire.status());
        assertEquals(410, http.get(FEED + "?cursor=" + cursor).bearer(jonas).send().status());
    }

    private JsonObject feed(String cursor, int limit) {
        Http.Reply reply = http.get(FEED + "?limit=" + limit + (cursor == null ? "" : "&cursor=" + cursor))
                .bearer(jonas).send();
        assertEquals(200, reply.status(), reply::toString);
        return reply.json();
    }

    /** Reads the feed to its end in small pages; returns the cursor to poll with. */
    private String drain(String from) {
        String cursor = from;
        long last = 0;
        while (true) {
            JsonObject page = feed(cursor, 10);
            for (JsonObject item : page.getJsonArray("items").getValuesAs(JsonObject.class)) {
                long sequence = item.getJsonNumber("sequence").longValue();
                assertTrue(sequence > last, "strictly increasing");
                last = sequence;
            }
            cursor = page.getString("nextCursor");
            if (!page.getBoolean("hasMore")) {
                return cursor;
            }
        }
    }
}
