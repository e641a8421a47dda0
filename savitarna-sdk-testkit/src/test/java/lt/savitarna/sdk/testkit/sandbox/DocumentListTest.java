package lt.savitarna.sdk.testkit.sandbox;

import static lt.savitarna.sdk.testkit.sandbox.Http.scope;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import lt.savitarna.sdk.testkit.MutableClock;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Listing documents: seed data, filters, paging, annexes. */
class DocumentListTest {

    private static final Instant NOW = Instant.parse("2026-11-24T10:15:30Z");
    private static final LocalDate TODAY = LocalDate.ofInstant(NOW, ZoneOffset.UTC);
    private static final String MAIN = scope(DemoData.MAIN_COMPANY_ID, DemoData.MAIN_PARTY_ID);

    private static SandboxServer sandbox;
    private static Http http;
    private static String jonas;

    @BeforeAll
    static void start() {
        sandbox = SandboxServer.builder().clock(MutableClock.at(NOW))
                .largeDocumentSize(SandboxServer.MIN_LARGE_DOCUMENT_SIZE).start();
        http = new Http(sandbox);
        jonas = http.accessToken(DemoData.JONAS_EMAIL, DemoData.JONAS_PASSWORD);
    }

    @AfterAll
    static void stop() {
        sandbox.close();
    }

    @Test
    void everyDemoWorkspaceHoldsDozensOfDocumentsNewestFirst() {
        for (JsonObject representation : http.get("/api/v1/me/representations").bearer(jonas).send().json()
                .getJsonArray("items").getValuesAs(JsonObject.class)) {
            String companyId = representation.getJsonObject("company").getString("id");
            String partyId = representation.getJsonObject("party").getString("id");
            List<JsonObject> documents = all(scope(companyId, partyId) + "/documents?limit=200");
            boolean large = companyId.equals(DemoData.LARGE_DOCUMENT_COMPANY_ID)
                    && partyId.equals(DemoData.LARGE_DOCUMENT_PARTY_ID);
            assertEquals(DemoData.DOCUMENTS_PER_DEMO_REPRESENTATION + (large ? 1 : 0), documents.size(),
                    companyId + "/" + partyId);
            for (int i = 1; i < documents.size(); i++) {
                String previous = documents.get(i - 1).getString("issueDate");
                String current = documents.get(i).getString("issueDate");
                assertTrue(previous.compareTo(current) >= 0, "newest first: " + previous + " before " + current);
            }
        }
    }

    @Test
    void invoicesAndReceiptsSpanTheLastTwelveMonths() {
        List<JsonObject> invoices = all(MAIN + "/documents?type=INVOICE&limit=200");
        List<JsonObject> receipts = all(MAIN + "/documents?type=RECEIPT");
        assertEquals(14, invoices.size(), "12 monthly, a credit and a cancelled one");
        assertEquals(12, receipts.size());
        Set<String> months = new HashSet<>();
        for (JsonObject receipt : receipts) {
            LocalDate date = LocalDate.parse(receipt.getString("issueDate"));
            assertFalse(date.isAfter(TODAY), "no future documents");
            assertTrue(date.isAfter(TODAY.minusMonths(12)), date + " is within the last 12 months");
            months.add(date.toString().substring(0, 7));
            assertEquals("EUR", receipt.getJsonObject("amount").getString("currency"));
        }
        assertEquals(12, months.size(), "one receipt per month");
        assertTrue(invoices.stream().anyMatch(i -> i.getJsonObject("amount").getString("amount").startsWith("-")),
                "a credit invoice");
    }

    @Test
    void aDocumentHasTheContractShape() {
        JsonObject contract = http.get(MAIN + "/documents/" + DemoData.CONTRACT_AWAITING_SIGNATURE_ID).bearer(jonas)
                .send().json();
        assertEquals("CONTRACT", contract.getString("type"));
        assertEquals("AWAITING_SIGNATURE", contract.getString("state"));
        assertTrue(contract.getBoolean("signable"));
        assertEquals("SUT-2026-0142", contract.getString("number"));
        assertEquals("48500.00", contract.getJsonObject("amount").getString("amount"));
        JsonObject file = contract.getJsonObject("file");
        assertEquals("SUT-2026-0142.pdf", file.getString("name"));
        assertEquals("application/pdf", file.getString("mediaType"));
        assertTrue(file.getJsonNumber("size").longValue() > 1000);
        assertTrue(file.getString("sha256").matches("[0-9a-f]{64}"));
        assertEquals(Set.of("id", "type", "state", "title", "number", "issueDate", "amount", "file", "signable",
                "createdAt", "updatedAt"), contract.keySet());

        JsonObject invoice = http.get(MAIN + "/documents/" + DemoData.LATEST_INVOICE_ID).bearer(jonas).send().json();
        assertEquals("INVOICE", invoice.getString("type"));
        assertFalse(invoice.getBoolean("signable"));
        assertEquals(404, http.get(MAIN + "/documents/doc_nope").bearer(jonas).send().status());
    }

    @Test
    void filtersCombine() {
        List<JsonObject> awaiting = all(MAIN + "/documents?state=AWAITING_SIGNATURE");
        assertEquals(Set.of(DemoData.CONTRACT_AWAITING_SIGNATURE_ID, DemoData.CONTRACT_ANNEX_1_ID,
                DemoData.CONTRACT_ANNEX_2_ID), ids(awaiting));

        List<JsonObject> contracts = all(MAIN + "/documents?type=CONTRACT&type=CONTRACT_ANNEX");
        assertEquals(7, contracts.size());
        List<JsonObject> signed = all(MAIN + "/documents?type=CONTRACT&state=SIGNED");
        assertEquals(2, signed.size());
        assertTrue(signed.stream().allMatch(d -> d.getString("type").equals("CONTRACT")
                && d.getString("state").equals("SIGNED")));

        String from = TODAY.minusMonths(2).withDayOfMonth(1).toString();
        String to = TODAY.minusMonths(1).withDayOfMonth(TODAY.minusMonths(1).lengthOfMonth()).toString();
        List<JsonObject> twoMonths = all(MAIN + "/documents?type=RECEIPT&from=" + from + "&to=" + to);
        assertEquals(2, twoMonths.size());
        List<JsonObject> oneDay = all(MAIN + "/documents?from=" + TODAY.minusDays(3) + "&to=" + TODAY.minusDays(3));
        assertEquals(Set.of(DemoData.CONTRACT_ANNEX_1_ID), ids(oneDay), "bounds are inclusive");

        List<JsonObject> annexes = all(MAIN + "/documents?contractId=" + DemoData.CONTRACT_AWAITING_SIGNATURE_ID);
        assertEquals(Set.of(DemoData.CONTRACT_ANNEX_1_ID, DemoData.CONTRACT_ANNEX_2_ID), ids(annexes));
        annexes.forEach(a -> assertEquals(DemoData.CONTRACT_AWAITING_SIGNATURE_ID, a.getString("contractId")));
        assertEquals(0, all(MAIN + "/documents?type=NEW_KIND_OF_DOCUMENT").size(), "unknown tokens match nothing");
    }

    @Test
    void badFiltersAreValidationErrors() {
        for (String query : List.of("type=contract", "state=AWAITING-SIGNATURE", "from=2026-13-01", "to=yesterday",
                "from=2026-11-02&to=2026-11-01", "limit=0", "cursor=garbage")) {
            Http.Reply reply = http.get(MAIN + "/documents?" + query).bearer(jonas).send();
            assertEquals(400, reply.status(), query);
            assertEquals("VALIDATION_FAILED", reply.code());
        }
    }

    @Test
    void pagingVisitsEveryDocumentOnceEvenWhenDocumentsArriveMeanwhile() {
        List<String> seen = new ArrayList<>();
        String cursor = null;
        int pages = 0;
        do {
            JsonObject page = http.get(MAIN + "/documents?limit=7" + (cursor == null ? "" : "&cursor=" + cursor))
                    .bearer(jonas).send().json();
            page.getJsonArray("items").getValuesAs(JsonObject.class).forEach(d -> seen.add(d.getString("id")));
            cursor = page.isNull("nextCursor") ? null : page.getString("nextCursor");
            if (pages++ == 1) {
                // A new newest document appears in front of the pages already read.
                sandbox.workspace(DemoData.MAIN_COMPANY_ID, DemoData.MAIN_PARTY_ID).addDocument(
                        SandboxDocument.builder("INVOICE", "Naujausia sąskaita").id("doc_paging_new").build());
            }
        } while (cursor != null);
        assertEquals(6, pages);
        assertEquals(DemoData.DOCUMENTS_PER_DEMO_REPRESENTATION, seen.size());
        assertEquals(seen.size(), new HashSet<>(seen).size(), "no document twice");
        sandbox.workspace(DemoData.MAIN_COMPANY_ID, DemoData.MAIN_PARTY_ID).deleteDocument("doc_paging_new");
    }

    @Test
    void aContractListsItsAnnexesOldestFirst() {
        JsonObject page = http.get(MAIN + "/documents/" + DemoData.CONTRACT_AWAITING_SIGNATURE_ID + "/annexes")
                .bearer(jonas).send().json();
        List<JsonObject> annexes = page.getJsonArray("items").getValuesAs(JsonObject.class);
        assertEquals(List.of(DemoData.CONTRACT_ANNEX_1_ID, DemoData.CONTRACT_ANNEX_2_ID),
                annexes.stream().map(a -> a.getString("id")).toList());
        assertTrue(page.isNull("nextCursor"));
        assertEquals("CONTRACT_ANNEX", annexes.get(0).getString("type"));
        assertTrue(annexes.get(0).getBoolean("signable"));

        JsonObject none = http.get(MAIN + "/documents/" + DemoData.LATEST_INVOICE_ID + "/annexes").bearer(jonas).send()
                .json();
        assertEquals(0, none.getJsonArray("items").size(), "not a contract: no annexes");
        JsonObject signed = http.get(MAIN + "/documents/" + DemoData.SIGNED_CONTRACT_ID + "/annexes").bearer(jonas)
                .send().json();
        assertEquals("SIGNED", signed.getJsonArray("items").getJsonObject(0).getString("state"));
    }

    private static List<JsonObject> all(String path) {
        List<JsonObject> items = new ArrayList<>();
        String cursor = null;
        do {
            Http.Reply reply = http.get(path + (cursor == null ? "" : "&cursor=" + cursor)).bearer(jonas).send();
            assertEquals(200, reply.status(), reply::toString);
            JsonObject page = reply.json();
            items.addAll(page.getJsonArray("items").getValuesAs(JsonObject.class));
            cursor = page.isNull("nextCursor") ? null : page.getString("nextCursor");
        } while (cursor != null);
        return items;
    }

    private static Set<String> ids(List<JsonObject> documents) {
        Set<String> ids = new HashSet<>();
        documents.forEach(d -> ids.add(d.getString("id")));
        return ids;
    }
}
