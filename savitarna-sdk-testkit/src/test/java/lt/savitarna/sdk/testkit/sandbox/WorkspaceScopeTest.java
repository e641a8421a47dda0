package lt.savitarna.sdk.testkit.sandbox;

import static lt.savitarna.sdk.testkit.sandbox.Http.scope;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Who may see which workspace: 401, 403 IDENTITY_NOT_CONFIRMED and 404 on every scoped path. */
class WorkspaceScopeTest {

    private static final String MAIN = scope(DemoData.MAIN_COMPANY_ID, DemoData.MAIN_PARTY_ID);
    /** Every scoped operation, with the method, relative to a workspace. */
    private static final List<String[]> OPERATIONS = List.of(
            new String[] {"GET", "/documents"},
            new String[] {"GET", "/documents/changes"},
            new String[] {"GET", "/documents/" + DemoData.CONTRACT_AWAITING_SIGNATURE_ID},
            new String[] {"GET", "/documents/" + DemoData.CONTRACT_AWAITING_SIGNATURE_ID + "/content"},
            new String[] {"GET", "/documents/" + DemoData.CONTRACT_AWAITING_SIGNATURE_ID + "/annexes"},
            new String[] {"POST", "/documents/" + DemoData.CONTRACT_AWAITING_SIGNATURE_ID + "/signatures"},
            new String[] {"POST", "/documents/" + DemoData.CONTRACT_AWAITING_SIGNATURE_ID + "/signatures/sig_x/finalization"},
            new String[] {"DELETE", "/documents/" + DemoData.CONTRACT_AWAITING_SIGNATURE_ID + "/signatures/sig_x"},
            new String[] {"GET", "/documents/" + DemoData.CONTRACT_AWAITING_SIGNATURE_ID + "/signed-container"},
            new String[] {"GET", "/loyalty/membership"},
            new String[] {"POST", "/loyalty/membership"},
            new String[] {"GET", "/loyalty/offers"},
            new String[] {"GET", "/loyalty/offers/" + DemoData.FERTILISER_OFFER_ID},
            new String[] {"POST", "/loyalty/orders"},
            new String[] {"GET", "/loyalty/orders"},
            new String[] {"GET", "/loyalty/orders/" + DemoData.PLACED_ORDER_ID},
            new String[] {"POST", "/loyalty/orders/" + DemoData.PLACED_ORDER_ID + "/cancellation"},
            new String[] {"POST", "/help/requests"},
            new String[] {"GET", "/help/requests"},
            new String[] {"GET", "/help/requests/" + DemoData.ANSWERED_HELP_REQUEST_ID},
            new String[] {"POST", "/help/requests/" + DemoData.ANSWERED_HELP_REQUEST_ID + "/messages"},
            new String[] {"POST", "/help/requests/" + DemoData.ANSWERED_HELP_REQUEST_ID + "/attachments"},
            new String[] {"POST", "/help/uploads"},
            new String[] {"GET", "/help/uploads"});

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
    void everyScopedOperationNeedsAToken() {
        for (String[] operation : OPERATIONS) {
            Http.Reply reply = call(operation, MAIN, null);
            assertEquals(401, reply.status(), operation[0] + " " + operation[1]);
            assertEquals("UNAUTHENTICATED", reply.code());
        }
    }

    @Test
    void everyScopedOperationNeedsAConfirmedIdentity() {
        String ona = http.accessToken(DemoData.ONA_EMAIL, DemoData.ONA_PASSWORD);
        for (String[] operation : OPERATIONS) {
            Http.Reply reply = call(operation, MAIN, ona);
            assertEquals(403, reply.status(), operation[0] + " " + operation[1]);
            assertEquals("IDENTITY_NOT_CONFIRMED", reply.code(), operation[0] + " " + operation[1]);
        }
    }

    @Test
    void aPairThePersonDoesNotRepresentIsNotFound() {
        List<String> strangers = List.of(
                scope(DemoData.GRUDAI_ID, DemoData.ZALIOJI_DIRVA_PARTY_ID),
                scope("no-such-company", DemoData.JONAS_PARTY_ID),
                scope(DemoData.AGROKONCERNAS_ID, "p_nobody"));
        for (String stranger : strangers) {
            for (String[] operation : OPERATIONS) {
                Http.Reply reply = call(operation, stranger, jonas);
                assertEquals(404, reply.status(), operation[0] + " " + stranger + operation[1]);
                assertEquals("NOT_FOUND", reply.code());
            }
        }
    }

    @Test
    void idsOfAnotherWorkspaceAreNotFound() {
        String other = scope(DemoData.GRUDAI_ID, DemoData.JAVU_LAUKAS_PARTY_ID);
        for (String path : List.of(
                "/documents/" + DemoData.CONTRACT_AWAITING_SIGNATURE_ID,
                "/documents/" + DemoData.CONTRACT_AWAITING_SIGNATURE_ID + "/content",
                "/documents/" + DemoData.CONTRACT_AWAITING_SIGNATURE_ID + "/annexes",
                "/loyalty/orders/" + DemoData.PLACED_ORDER_ID,
                "/loyalty/offers/" + DemoData.FERTILISER_OFFER_ID,
                "/help/requests/" + DemoData.ANSWERED_HELP_REQUEST_ID)) {
            assertEquals(200, http.get(MAIN + path).bearer(jonas).send().status(), "own: " + path);
            Http.Reply foreign = http.get(other + path).bearer(jonas).send();
            assertEquals(404, foreign.status(), "foreign: " + path);
            assertEquals("NOT_FOUND", foreign.code());
        }
    }

    @Test
    void workspacesOfOnePartyInTwoCompaniesAreSeparate() {
        JsonObject agk = http.get(MAIN + "/documents?limit=200").bearer(jonas).send().json();
        JsonObject grd = http.get(scope(DemoData.GRUDAI_ID, DemoData.JAVU_LAUKAS_PARTY_ID) + "/documents?limit=200")
                .bearer(jonas).send().json();
        assertEquals(DemoData.DOCUMENTS_PER_DEMO_REPRESENTATION, agk.getJsonArray("items").size());
        assertEquals(DemoData.DOCUMENTS_PER_DEMO_REPRESENTATION, grd.getJsonArray("items").size());
        List<String> agkIds = agk.getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .map(d -> d.getString("id")).toList();
        grd.getJsonArray("items").getValuesAs(JsonObject.class)
                .forEach(d -> assertTrue(!agkIds.contains(d.getString("id")), "shared id " + d.getString("id")));
    }

    @Test
    void aNewlyConfirmedPersonGetsTheirOwnSmallerWorkspaces() {
        http.register("naujas.ukininkas@example.lt", Http.newKey());
        String token = http.accessToken("naujas.ukininkas@example.lt", "slaptas-123");
        assertEquals("IDENTITY_NOT_CONFIRMED", http.get("/api/v1/me/representations").bearer(token).send().code());
        sandbox.confirmIdentity("naujas.ukininkas@example.lt", SandboxIdentity.smartId("38001010009", "PETRAS", "NAUJAS"));

        List<JsonObject> workspaces = http.get("/api/v1/me/representations").bearer(token).send().json()
                .getJsonArray("items").getValuesAs(JsonObject.class);
        assertEquals(2, workspaces.size());
        String partyId = workspaces.get(0).getJsonObject("party").getString("id");
        for (JsonObject workspace : workspaces) {
            String path = scope(workspace.getJsonObject("company").getString("id"), partyId);
            JsonObject documents = http.get(path + "/documents").bearer(token).send().json();
            assertEquals(DemoData.DOCUMENTS_PER_OTHER_REPRESENTATION, documents.getJsonArray("items").size());
        }
        assertEquals(404, http.get(scope(DemoData.AGROKONCERNAS_ID, partyId) + "/documents").bearer(jonas).send()
                .status(), "Jonas does not see the new person's workspace");
        assertNotEquals(404, http.get(scope(DemoData.AGROKONCERNAS_ID, partyId) + "/documents").bearer(token).send()
                .status());
    }

    @Test
    void contactsNeedOnlyAToken() {
        assertEquals(401, http.get("/api/v1/help/contacts").send().status());
        String ona = http.accessToken(DemoData.ONA_EMAIL, DemoData.ONA_PASSWORD);
        Http.Reply contacts = http.get("/api/v1/help/contacts").bearer(ona).send();
        assertEquals(200, contacts.status(), "no identity needed for contacts");
        assertEquals(DemoData.CONTACTS_URL, contacts.json().getString("url"));
        assertTrue(contacts.json().getJsonArray("entries").size() >= 2);
    }

    @Test
    void javaHooksRefuseUnknownWorkspaces() {
        assertThrows(IllegalArgumentException.class, () -> sandbox.workspace("no-such-company", DemoData.JONAS_PARTY_ID));
        assertThrows(IllegalArgumentException.class, () -> sandbox.workspace(DemoData.AGROKONCERNAS_ID, "p_nobody"));
        assertEquals(404, http.post("/_sandbox/companies/agrokoncernas/parties/p_nobody/documents",
                "{\"type\":\"OTHER\",\"title\":\"x\"}").send().status());
    }

    private static Http.Reply call(String[] operation, String workspace, String token) {
        Http.Call call = switch (operation[0]) {
            case "POST" -> http.post(workspace + operation[1], "{}").key(Http.newKey());
            case "DELETE" -> http.delete(workspace + operation[1]);
            default -> http.get(workspace + operation[1]);
        };
        if (token != null) {
            call.bearer(token);
        }
        return call.send();
    }
}
