package lt.savitarna.sdk;

import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static lt.savitarna.sdk.testing.Portal.json;
import static lt.savitarna.sdk.testing.Portal.problem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Currency;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import lt.savitarna.sdk.document.Document;
import lt.savitarna.sdk.document.DocumentChange;
import lt.savitarna.sdk.document.DocumentChangePage;
import lt.savitarna.sdk.document.DocumentChangeType;
import lt.savitarna.sdk.document.DocumentQuery;
import lt.savitarna.sdk.document.DocumentState;
import lt.savitarna.sdk.document.DocumentType;
import lt.savitarna.sdk.error.CursorExpiredException;
import lt.savitarna.sdk.error.IdentityNotConfirmedException;
import lt.savitarna.sdk.error.NotFoundException;
import lt.savitarna.sdk.error.UnexpectedResponseException;
import org.junit.jupiter.api.Test;

class DocumentsTest extends ClientTestBase {

    static final String SCOPE = "/api/v1/companies/agrokoncernas/parties/p%201";

    static final String INVOICE = "{\"id\":\"doc_5Rt7Yu2\",\"type\":\"INVOICE\",\"state\":\"ISSUED\",\"title\":\"PVM sąskaita"
            + " faktūra\",\"number\":\"AGK-0004711\",\"issueDate\":\"2026-11-21\",\"amount\":{\"amount\":\"1250.00\","
            + "\"currency\":\"EUR\"},\"file\":{\"name\":\"AGK-0004711.pdf\",\"mediaType\":\"application/pdf\","
            + "\"size\":48213,\"sha256\":\"9F86D081884C7D659A2FEAA0C55AD015A3BF4F1B2B0B822CD15D6C15B0F00A08\"},"
            + "\"signable\":false,\"createdAt\":\"2026-11-21T07:45:00Z\",\"updatedAt\":\"2026-11-21T07:45:00Z\","
            + "\"somethingNew\":{\"x\":1}}";

    static final String FUTURE_KIND = "{\"id\":\"doc_9\",\"type\":\"DELIVERY_NOTE\",\"state\":\"ARCHIVED\",\"title\":\"Važtaraštis\","
            + "\"file\":{\"name\":\"v.pdf\",\"mediaType\":\"application/pdf\",\"size\":1,\"sha256\":\"" + "0".repeat(64)
            + "\"},\"signable\":false,\"createdAt\":\"2026-11-21T07:45:00Z\",\"updatedAt\":\"2026-11-21T07:45:00Z\"}";

    private Workspace workspace(boolean confirmed) {
        stubLogin(confirmed);
        return client.login("ona@example.lt", "Slapta-123".toCharArray()).workspace("agrokoncernas", "p 1");
    }

    @Test
    void listsWithEveryFilterAsTheContractSpellsIt() {
        portal.stub(get(urlPathEqualTo(SCOPE + "/documents")).withQueryParam("cursor", absent())
                .willReturn(json(200, "{\"items\":[" + INVOICE + "],\"nextCursor\":\"c_2\"}")));
        portal.stub(get(urlPathEqualTo(SCOPE + "/documents")).withQueryParam("cursor", equalTo("c_2"))
                .willReturn(json(200, "{\"items\":[" + FUTURE_KIND + "],\"nextCursor\":null}")));
        Workspace ws = workspace(true);

        List<Document> docs = ws.documents().list(DocumentQuery.builder()
                .types(DocumentType.CONTRACT, DocumentType.CONTRACT_ANNEX)
                .states(DocumentState.AWAITING_SIGNATURE)
                .from(LocalDate.of(2026, 1, 1)).to(LocalDate.of(2026, 12, 31))
                .contractId("doc_2")
                .pageSize(2)
                .build()).stream().toList();

        assertEquals(List.of("doc_5Rt7Yu2", "doc_9"), docs.stream().map(Document::id).toList());
        LoggedRequest first = portal.server.findAll(getRequestedFor(urlPathEqualTo(SCOPE + "/documents"))).get(0);
        assertEquals(List.of("CONTRACT", "CONTRACT_ANNEX"), first.queryParameter("type").values());
        assertEquals(List.of("AWAITING_SIGNATURE"), first.queryParameter("state").values());
        assertEquals("2026-01-01", first.queryParameter("from").firstValue());
        assertEquals("2026-12-31", first.queryParameter("to").firstValue());
        assertEquals("doc_2", first.queryParameter("contractId").firstValue());
        assertEquals("2", first.queryParameter("limit").firstValue());
        assertEquals("Bearer at_1", first.getHeader("Authorization"));
    }

    @Test
    void readsEveryFieldAndKeepsUnknownTypesAndStates() {
        portal.stub(get(urlPathEqualTo(SCOPE + "/documents"))
                .willReturn(json(200, "{\"items\":[" + INVOICE + "," + FUTURE_KIND + "]}")));
        List<Document> docs = workspace(true).documents().list().stream().toList();

        Document invoice = docs.get(0);
        assertEquals(DocumentType.INVOICE, invoice.type());
        assertEquals(DocumentState.ISSUED, invoice.state());
        assertEquals("PVM sąskaita faktūra", invoice.title());
        assertEquals("AGK-0004711", invoice.number());
        assertEquals(LocalDate.of(2026, 11, 21), invoice.issueDate());
        assertNull(invoice.contractId());
        assertEquals(new Money(new BigDecimal("1250.00"), Currency.getInstance("EUR")), invoice.amount());
        assertEquals("9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08", invoice.file().sha256());
        assertEquals(48213, invoice.file().size());
        assertEquals(Instant.parse("2026-11-21T07:45:00Z"), invoice.createdAt());

        Document future = docs.get(1);
        assertEquals("DELIVERY_NOTE", future.type().value());
        assertFalse(future.type().isKnown());
        assertFalse(future.state().isKnown());
        assertTrue(future.amountIfAny().isEmpty());
    }

    @Test
    void getsOneAndReadsAnnexes() {
        portal.stub(get(urlEqualTo(SCOPE + "/documents/doc_5Rt7Yu2")).willReturn(json(200, INVOICE)));
        portal.stub(get(urlPathEqualTo(SCOPE + "/documents/doc_2/annexes"))
                .willReturn(json(200, "{\"items\":[" + FUTURE_KIND + "],\"nextCursor\":null}")));
        Workspace ws = workspace(true);

        assertEquals("AGK-0004711", ws.documents().get("doc_5Rt7Yu2").number());
        assertEquals(1, ws.documents().annexes("doc_2").stream().count());
        assertThrows(IllegalArgumentException.class, () -> ws.documents().get(" "));
    }

    @Test
    void aMissingDocumentIsNotFound() {
        portal.stub(get(urlEqualTo(SCOPE + "/documents/nope")).willReturn(problem(404, "NOT_FOUND")));
        assertThrows(NotFoundException.class, () -> workspace(true).documents().get("nope"));
    }

    @Test
    void aDocumentWithoutItsFileBreaksTheContract() {
        portal.stub(get(urlEqualTo(SCOPE + "/documents/d")).willReturn(json(200,
                "{\"id\":\"d\",\"type\":\"OTHER\",\"state\":\"ISSUED\"}")));
        assertThrows(UnexpectedResponseException.class, () -> workspace(true).documents().get("d"));
    }

    @Test
    void beforeConfirmationEveryDocumentCallSurfacesThePortalsRefusalAndTheStateFollows() {
        portal.stub(get(urlPathEqualTo(SCOPE + "/documents")).willReturn(problem(403, "IDENTITY_NOT_CONFIRMED")));
        portal.stub(get(urlEqualTo(SCOPE + "/documents/doc_1")).willReturn(problem(403, "IDENTITY_NOT_CONFIRMED")));
        Workspace ws = workspace(true); // the login said confirmed; the portal knows better
        Iterator<Document> it = ws.documents().list().iterator();

        IdentityNotConfirmedException e = assertThrows(IdentityNotConfirmedException.class, it::hasNext);

        assertEquals(403, e.status());
        assertTrue(e.message(Locale.forLanguageTag("lt")).contains("patvirtinkite tapatybę"));
        assertTrue(e.message(Locale.ENGLISH).contains("Smart-ID or Mobile-ID"));
        assertEquals(SessionState.IDENTITY_UNCONFIRMED, ws.session().state());
        assertThrows(IdentityNotConfirmedException.class, () -> ws.documents().get("doc_1"));
    }

    @Test
    void aSessionConfirmedElsewhereIsNotRefusedByTheClient() {
        portal.stub(get(urlEqualTo(SCOPE + "/documents/doc_5Rt7Yu2")).willReturn(json(200, INVOICE)));
        Workspace ws = workspace(false);
        assertEquals(SessionState.IDENTITY_UNCONFIRMED, ws.session().state());

        Document d = ws.documents().get("doc_5Rt7Yu2");

        assertEquals("doc_5Rt7Yu2", d.id());
        assertEquals(SessionState.IDENTITY_CONFIRMED, ws.session().state(), "the portal's acceptance confirms it");
        portal.server.verify(0, getRequestedFor(urlEqualTo("/api/v1/me")));
    }

    @Test
    void readsTheChangeFeed() {
        portal.stub(get(urlPathEqualTo(SCOPE + "/documents/changes")).withQueryParam("cursor", equalTo("f_1"))
                .willReturn(json(200, "{\"items\":[{\"sequence\":1041,\"documentId\":\"doc_5Rt7Yu2\",\"change\":\"UPDATED\","
                        + "\"occurredAt\":\"2026-11-24T10:31:02Z\",\"document\":" + INVOICE + "},{\"sequence\":1042,"
                        + "\"documentId\":\"doc_8\",\"change\":\"DELETED\",\"occurredAt\":\"2026-11-24T11:00:00Z\"},"
                        + "{\"sequence\":1043,\"documentId\":\"doc_9\",\"change\":\"ARCHIVED\",\"occurredAt\":"
                        + "\"2026-11-24T11:00:00Z\"}],\"nextCursor\":\"f_2\",\"hasMore\":true}")));
        Workspace ws = workspace(true);

        DocumentChangePage page = ws.documents().changes("f_1", 3);

        assertEquals("f_2", page.nextCursor());
        assertTrue(page.hasMore());
        DocumentChange updated = page.items().get(0);
        assertEquals(1041, updated.sequence());
        assertEquals(DocumentChangeType.UPDATED, updated.change());
        assertEquals("AGK-0004711", updated.document().number());
        DocumentChange deleted = page.items().get(1);
        assertEquals(DocumentChangeType.DELETED, deleted.change());
        assertTrue(deleted.documentIfPresent().isEmpty());
        assertFalse(page.items().get(2).change().isKnown());
        LoggedRequest r = portal.server.findAll(getRequestedFor(urlPathEqualTo(SCOPE + "/documents/changes"))).get(0);
        assertEquals("3", r.queryParameter("limit").firstValue());
    }

    @Test
    void anExpiredCursorHasItsOwnType() {
        portal.stub(get(urlPathEqualTo(SCOPE + "/documents/changes")).willReturn(problem(410, "CURSOR_EXPIRED")));
        CursorExpiredException e = assertThrows(CursorExpiredException.class,
                () -> workspace(true).documents().changes("f_old"));
        assertEquals(410, e.status());
    }

    @Test
    void queriesAreCheckedAsTheyAreBuilt() {
        DocumentQuery.Builder b = DocumentQuery.builder();
        assertThrows(IllegalArgumentException.class, () -> b.types(DocumentType.of("lower-case")));
        assertThrows(IllegalArgumentException.class, () -> b.pageSize(0));
        assertThrows(IllegalArgumentException.class, () -> b.pageSize(201));
        assertThrows(IllegalArgumentException.class, () -> b.contractId(" "));
        assertThrows(IllegalArgumentException.class,
                () -> DocumentQuery.builder().from(LocalDate.of(2026, 2, 1)).to(LocalDate.of(2026, 1, 1)).build());
        DocumentQuery.Builder many = DocumentQuery.builder();
        for (int i = 0; i < 20; i++) {
            many.types(DocumentType.of("T" + i));
        }
        assertThrows(IllegalArgumentException.class, () -> many.types(DocumentType.of("T20")));
        assertEquals(50, DocumentQuery.all().pageSize());
        assertTrue(DocumentQuery.all().types().isEmpty());
    }
}
