package lt.savitarna.sdk.testkit.sandbox.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import lt.savitarna.sdk.testkit.sandbox.DemoData;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class RequestContextScopeTest {

    private SandboxState state;

    @BeforeEach
    void seed() {
        state = new SandboxState(Clock.systemUTC(), Duration.ofMinutes(15), Duration.ofDays(30));
        DemoSeed.companies(state);
        DemoSeed.accounts(state);
    }

    @Test
    void resolvesAPairThePersonRepresents() {
        RequestContext context = scoped(token(DemoData.JONAS_ACCOUNT_ID), DemoData.GRUDAI_ID, DemoData.JAVU_LAUKAS_PARTY_ID);

        Representation scope = context.scope();

        assertEquals(DemoData.GRUDAI_NAME, scope.company().name());
        assertEquals(DemoData.JAVU_LAUKAS_NAME, scope.party().name());
    }

    @Test
    void anotherPairOrAnotherPersonsIdIsNotFound() {
        String jonas = token(DemoData.JONAS_ACCOUNT_ID);
        assertEquals(404, status(scoped(jonas, DemoData.GRUDAI_ID, DemoData.ZALIOJI_DIRVA_PARTY_ID)));
        assertEquals(404, status(scoped(jonas, "no-such-company", DemoData.JONAS_PARTY_ID)));

        state.confirmIdentity(DemoData.ONA_ACCOUNT_ID, DemoData.ONA_PERSONAL_CODE, "MOBILE_ID", "ONA", "P");
        assertEquals(404, status(scoped(token(DemoData.ONA_ACCOUNT_ID), DemoData.AGROKONCERNAS_ID,
                DemoData.JONAS_PARTY_ID)), "Jonas's own party is not Ona's");
    }

    @Test
    void unconfirmedIdentityComesBeforeTheScopeCheck() {
        ProblemException e = assertThrows(ProblemException.class,
                () -> scoped(token(DemoData.ONA_ACCOUNT_ID), DemoData.AGROKONCERNAS_ID, "anything").scope());
        assertEquals("IDENTITY_NOT_CONFIRMED", e.problem().code());
        assertEquals(403, e.problem().status());
    }

    @Test
    void noTokenIsUnauthenticated() {
        ProblemException e = assertThrows(ProblemException.class, () -> new RequestContext(
                request(Map.of()), Map.of("companyId", "a", "partyId", "b"), "rid", state).scope());
        assertEquals("UNAUTHENTICATED", e.problem().code());
    }

    private String token(String accountId) {
        return state.startSession(accountId).accessToken();
    }

    private RequestContext scoped(String token, String companyId, String partyId) {
        return new RequestContext(request(Map.of("Authorization", List.of("Bearer " + token))),
                Map.of("companyId", companyId, "partyId", partyId), "rid", state);
    }

    private static IncomingRequest request(Map<String, List<String>> headers) {
        return new IncomingRequest("GET", "/api/v1/companies/x/parties/y/documents", null, headers, new byte[0]);
    }

    private static int status(RequestContext context) {
        return assertThrows(ProblemException.class, context::scope).problem().status();
    }
}
