package lt.savitarna.sdk;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.patch;
import static com.github.tomakehurst.wiremock.client.WireMock.patchRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static lt.savitarna.sdk.testing.Portal.json;
import static lt.savitarna.sdk.testing.Portal.problem;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import java.time.Instant;
import java.util.Iterator;
import java.util.List;
import lt.savitarna.sdk.account.ConsentChange;
import lt.savitarna.sdk.account.Consents;
import lt.savitarna.sdk.account.GroupCompany;
import lt.savitarna.sdk.account.IdentityMethod;
import lt.savitarna.sdk.account.PartyKind;
import lt.savitarna.sdk.account.Profile;
import lt.savitarna.sdk.account.Representation;
import lt.savitarna.sdk.error.IdentityNotConfirmedException;
import lt.savitarna.sdk.error.InvalidCredentialsException;
import lt.savitarna.sdk.error.ValidationException;
import org.junit.jupiter.api.Test;

class SessionTest extends ClientTestBase {

    static final String ME_CONFIRMED = "{\"accountId\":\"acc_1\",\"firstName\":\"Ona\",\"lastName\":\"Petraitienė\","
            + "\"email\":\"ona@example.lt\",\"createdAt\":\"2026-11-24T10:15:30Z\",\"identity\":{\"confirmed\":true,"
            + "\"confirmedAt\":\"2026-11-24T10:20:00Z\",\"method\":\"SMART_ID\",\"personalCodeMasked\":\"3*********4\","
            + "\"givenName\":\"ONA\",\"surname\":\"PETRAITIENĖ\"},\"consents\":{\"directMarketing\":false,"
            + "\"zemynaClub\":true,\"privacyPolicyAndRules\":true,\"privacyPolicyVersion\":\"2024-05\","
            + "\"rulesVersion\":\"2024-05\",\"acceptedAt\":\"2026-11-24T10:15:30Z\"},\"zemynaMember\":true}";

    static final String ME_UNCONFIRMED = "{\"accountId\":\"acc_1\",\"firstName\":\"Ona\",\"identity\":{\"confirmed\":false}}";

    private static String representation(String partyId, String kind, String name) {
        return "{\"company\":{\"id\":\"agrokoncernas\",\"name\":\"UAB „Agrokoncernas“\"},\"party\":{\"id\":\"" + partyId
                + "\",\"kind\":\"" + kind + "\",\"name\":\"" + name + "\",\"code\":null}}";
    }

    @Test
    void logsInWithTheContractBodyAndStartsUnconfirmed() {
        stubLogin(false);
        char[] password = "Slapta-123".toCharArray();

        Session session = client.login(" ona@example.lt ", password);

        portal.server.verify(postRequestedFor(urlEqualTo("/api/v1/auth/password"))
                .withRequestBody(equalToJson("{\"email\":\"ona@example.lt\",\"password\":\"Slapta-123\"}", false, false)));
        LoggedRequest request = portal.requests().get(0);
        assertFalse(request.containsHeader("Authorization"));
        assertNotNull(request.getHeader("Idempotency-Key"));
        assertArrayEquals("Slapta-123".toCharArray(), password, "the caller's array is the caller's to clear");
        assertEquals(SessionState.IDENTITY_UNCONFIRMED, session.state());
        assertFalse(session.isIdentityConfirmed());
        assertEquals("acc_1", session.accountId());
    }

    @Test
    void emptyCredentialsAreRefusedBeforeTheWire() {
        ValidationException e = assertThrows(ValidationException.class, () -> client.login(" ", new char[0]));

        portal.server.verify(0, anyRequestedFor(anyUrl()));
        assertEquals(List.of("email", "password"), e.fieldErrors().stream().map(fe -> fe.field()).toList());
    }

    @Test
    void wrongCredentialsAreInvalidCredentials() {
        portal.stub(post(urlEqualTo("/api/v1/auth/password")).willReturn(problem(401, "INVALID_CREDENTIALS")));

        InvalidCredentialsException e = assertThrows(InvalidCredentialsException.class,
                () -> client.login("ona@example.lt", "wrong-pass-1".toCharArray()));

        assertEquals(401, e.status());
        assertTrue(e.getLocalizedMessage().contains("Žemyna"));
    }

    @Test
    void meReadsTheProfileWithTheBearerTokenAndFollowsConfirmation() {
        Session session = login();
        portal.stub(get(urlEqualTo("/api/v1/me")).withHeader("Authorization", equalTo("Bearer at_1"))
                .willReturn(json(200, ME_CONFIRMED)));

        Profile me = session.me();

        assertEquals("Petraitienė", me.lastName());
        assertEquals(Instant.parse("2026-11-24T10:15:30Z"), me.createdAt());
        assertTrue(me.identity().confirmed());
        assertEquals(IdentityMethod.SMART_ID, me.identity().method());
        assertEquals("3*********4", me.identity().personalCodeMasked());
        assertEquals("PETRAITIENĖ", me.identity().surname());
        assertTrue(me.consents().privacyPolicyAndRules());
        assertTrue(me.zemynaMember());
        assertEquals(SessionState.IDENTITY_CONFIRMED, session.state());
        assertTrue(session.isIdentityConfirmed());
    }

    @Test
    void refreshStateAsksThePortal() {
        Session session = login();
        portal.stub(get(urlEqualTo("/api/v1/me")).willReturn(json(200, ME_UNCONFIRMED)));
        assertEquals(SessionState.IDENTITY_UNCONFIRMED, session.refreshState());
        assertFalse(session.me().identity().confirmed());
        assertNull(session.me().identity().method());

        portal.stub(get(urlEqualTo("/api/v1/me")).willReturn(json(200, ME_CONFIRMED)));
        assertEquals(SessionState.IDENTITY_CONFIRMED, session.refreshState());
    }

    @Test
    void updatesOnlyTheConsentsThatChange() {
        Session session = login();
        portal.stub(patch(urlEqualTo("/api/v1/me/consents")).willReturn(json(200,
                "{\"directMarketing\":false,\"zemynaClub\":false,\"privacyPolicyAndRules\":true}")));

        Consents consents = session.updateConsents(ConsentChange.builder().zemynaClub(false).build());

        assertFalse(consents.zemynaClub());
        assertTrue(consents.privacyPolicyAndRules());
        portal.server.verify(patchRequestedFor(urlEqualTo("/api/v1/me/consents"))
                .withHeader("Authorization", equalTo("Bearer at_1"))
                .withRequestBody(equalToJson("{\"zemynaClub\":false}", false, false)));
        assertNotNull(portal.requests().get(0).getHeader("Idempotency-Key"));
        assertEquals("ConsentChange[directMarketing=unchanged, zemynaClub=false]",
                ConsentChange.builder().zemynaClub(false).build().toString());
    }

    @Test
    void listsTheGroupCompanies() {
        Session session = login();
        portal.stub(get(urlEqualTo("/api/v1/companies")).willReturn(json(200, "{\"items\":["
                + "{\"id\":\"agrokoncernas\",\"name\":\"UAB „Agrokoncernas“\",\"companyCode\":\"111\"},"
                + "{\"id\":\"agrokoncerno-grudai\",\"name\":\"UAB „Agrokoncerno grūdai“\",\"companyCode\":\"222\"}]}")));

        List<GroupCompany> companies = session.companies();

        assertEquals(List.of(new GroupCompany("agrokoncernas", "UAB „Agrokoncernas“", "111"),
                new GroupCompany("agrokoncerno-grudai", "UAB „Agrokoncerno grūdai“", "222")), companies);
    }

    @Test
    void pagesThroughRepresentationsLazily() {
        Session session = login();
        portal.server.resetRequests();
        portal.stub(get(urlPathEqualTo("/api/v1/me/representations")).withQueryParam("limit", equalTo("2"))
                .withQueryParam("cursor", com.github.tomakehurst.wiremock.client.WireMock.absent())
                .willReturn(json(200, "{\"items\":[" + representation("p_self", "PERSON", "Jonas Jonaitis") + ","
                        + representation("p_1", "COMPANY", "ŽŪB „Javų laukas“") + "],\"nextCursor\":\"c2\"}")));
        portal.stub(get(urlPathEqualTo("/api/v1/me/representations")).withQueryParam("cursor", equalTo("c2"))
                .willReturn(json(200, "{\"items\":[" + representation("p_2", "COOPERATIVE", "Kooperatyvas")
                        + "],\"nextCursor\":null}")));

        PagedIterable<Representation> all = session.representations(2);
        portal.server.verify(0, anyRequestedFor(anyUrl()));

        List<Representation> items = all.stream().toList();
        assertEquals(List.of("p_self", "p_1", "p_2"), items.stream().map(Representation::partyId).toList());
        assertEquals(PartyKind.PERSON, items.get(0).party().kind());
        assertEquals("ŽŪB „Javų laukas“", items.get(1).party().name());
        assertEquals("COOPERATIVE", items.get(2).party().kind().value(), "unknown kinds survive");
        assertEquals(2, portal.requests().size());

        portal.server.resetRequests();
        assertEquals("p_self", all.stream().findFirst().orElseThrow().partyId());
        assertEquals(1, portal.requests().size(), "only the pages needed are fetched");

        List<Page<Representation>> pages = all.pages().toList();
        assertEquals(2, pages.size());
        assertEquals("c2", pages.get(0).nextCursor().orElseThrow());
        assertFalse(pages.get(1).hasNext());
        int count = 0;
        for (Representation ignored : all) {
            count++;
        }
        assertEquals(3, count);
    }

    @Test
    void aFailureMidIterationKeepsItsType() {
        Session session = login();
        portal.stub(get(urlPathEqualTo("/api/v1/me/representations"))
                .withQueryParam("cursor", com.github.tomakehurst.wiremock.client.WireMock.absent())
                .willReturn(json(200, "{\"items\":[" + representation("p_self", "PERSON", "Jonas") + "],"
                        + "\"nextCursor\":\"c2\"}")));
        portal.stub(get(urlPathEqualTo("/api/v1/me/representations")).withQueryParam("cursor", equalTo("c2"))
                .willReturn(problem(403, "IDENTITY_NOT_CONFIRMED")));

        Iterator<Representation> it = session.representations().iterator();
        assertEquals("p_self", it.next().partyId());
        IdentityNotConfirmedException e = assertThrows(IdentityNotConfirmedException.class, it::hasNext);
        assertTrue(e.getLocalizedMessage().contains("Smart-ID or Mobile-ID"));
        assertThrows(IdentityNotConfirmedException.class, () -> session.representations().stream().count());
    }

    @Test
    void workspacesAreImmutableScopeValues() {
        Session session = login();
        Representation r = new Representation(new GroupCompany("agrokoncernas", "UAB „Agrokoncernas“", null),
                new lt.savitarna.sdk.account.Party("p/1", PartyKind.COMPANY, "ŽŪB", "302111111"));

        Workspace ws = session.workspace(r);

        assertEquals("agrokoncernas", ws.companyId());
        assertEquals("p/1", ws.partyId());
        assertEquals(session, ws.session());
        assertEquals(ws, session.workspace("agrokoncernas", "p/1"));
        assertNotEquals(ws, session.workspace("agrokoncerno-grudai", "p/1"));
        assertEquals(ws.hashCode(), session.workspace("agrokoncernas", "p/1").hashCode());
        assertEquals("/companies/agrokoncernas/parties/p%2F1", ws.scopePath());
        assertEquals("Workspace[companyId=agrokoncernas, partyId=p/1]", ws.toString());
        assertThrows(IllegalArgumentException.class, () -> session.workspace(" ", "p"));
        assertThrows(NullPointerException.class, () -> session.workspace("c", null));
    }

    @Test
    void logoutRevokesOnceAndClosesTheSession() {
        Session session = login();
        portal.stub(post(urlEqualTo("/api/v1/auth/logout")).willReturn(aResponse().withStatus(204)));

        session.logout();
        session.close();
        session.logout();

        portal.server.verify(1, postRequestedFor(urlEqualTo("/api/v1/auth/logout"))
                .withHeader("Authorization", equalTo("Bearer at_1"))
                .withRequestBody(equalToJson("{\"refreshToken\":\"rt_1\"}")));
        assertEquals(SessionState.CLOSED, session.state());
        assertFalse(session.isIdentityConfirmed());
        assertThrows(IllegalStateException.class, session::me);
    }

    @Test
    void closingEndsTheSessionEvenWhenTheRefreshBeforeLogoutFails() {
        Session session = login();
        portal.stub(post(urlEqualTo("/api/v1/auth/refresh")).willReturn(problem(500, "INTERNAL_ERROR")));
        portal.stub(post(urlEqualTo("/api/v1/auth/logout")).willReturn(aResponse().withStatus(204)));
        portal.clock.advance(java.time.Duration.ofHours(1));

        session.close();

        assertEquals(SessionState.CLOSED, session.state());
        portal.server.verify(1, postRequestedFor(urlEqualTo("/api/v1/auth/logout"))
                .withRequestBody(equalToJson("{\"refreshToken\":\"rt_1\"}")));
    }

    @Test
    void logoutOfTokensThePortalNoLongerKnowsIsQuiet() {
        Session session = login();
        portal.stub(post(urlEqualTo("/api/v1/auth/logout")).willReturn(problem(401, "UNAUTHENTICATED")));

        session.close();

        assertEquals(SessionState.CLOSED, session.state());
    }

    @Test
    void aClosedClientRefusesCalls() {
        Session session = login();
        client.close();

        assertThrows(IllegalStateException.class, () -> client.login("ona@example.lt", "x".toCharArray()));
        assertThrows(IllegalStateException.class, () -> client.accounts());
        assertThrows(IllegalStateException.class, session::me);
        client.close();
    }

    @Test
    void sessionToStringShowsNoToken() {
        Session session = login();
        assertEquals("Session[accountId=acc_1, state=IDENTITY_UNCONFIRMED]", session.toString());
        assertEquals(1, portal.requests().size());
    }
}
