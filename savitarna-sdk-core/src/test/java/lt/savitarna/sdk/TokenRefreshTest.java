package lt.savitarna.sdk;

import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static lt.savitarna.sdk.testing.Portal.json;
import static lt.savitarna.sdk.testing.Portal.problem;
import static lt.savitarna.sdk.testing.Portal.tokens;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import lt.savitarna.sdk.account.Profile;
import lt.savitarna.sdk.error.SessionExpiredException;
import org.junit.jupiter.api.Test;

class TokenRefreshTest extends ClientTestBase {

    private static void stubMe(String token) {
        portal.stub(get(urlEqualTo("/api/v1/me")).withHeader("Authorization", equalTo("Bearer " + token))
                .willReturn(json(200, SessionTest.ME_UNCONFIRMED)));
    }

    @Test
    void aTokenExpiredAnswerRefreshesOnceAndRepeatsTheSameRequest() {
        Session session = login();
        portal.stub(get(urlEqualTo("/api/v1/me")).withHeader("Authorization", equalTo("Bearer at_1"))
                .willReturn(problem(401, "TOKEN_EXPIRED")));
        stubMe("at_2");
        stubRefresh(1);

        assertEquals("acc_1", session.me().accountId());

        List<LoggedRequest> me = portal.server.findAll(getRequestedFor(urlEqualTo("/api/v1/me")));
        assertEquals(2, me.size());
        assertEquals(me.get(0).getHeader("X-Request-Id"), me.get(1).getHeader("X-Request-Id"));
        assertEquals("Bearer at_2", me.get(1).getHeader("Authorization"));
        portal.server.verify(1, postRequestedFor(urlEqualTo("/api/v1/auth/refresh")));
        assertTrue(portal.server.findAll(postRequestedFor(urlEqualTo("/api/v1/auth/refresh"))).get(0)
                .containsHeader("Idempotency-Key"));
    }

    @Test
    void theRepeatAfterARefreshHappensOnlyOnce() {
        Session session = login();
        portal.stub(get(urlEqualTo("/api/v1/me")).willReturn(problem(401, "TOKEN_EXPIRED")));
        stubRefresh(1);

        assertThrows(lt.savitarna.sdk.error.ApiException.class, session::me);

        portal.server.verify(2, getRequestedFor(urlEqualTo("/api/v1/me")));
        portal.server.verify(1, postRequestedFor(urlEqualTo("/api/v1/auth/refresh")));
    }

    @Test
    void refreshesProactivelyBeforeTheAccessTokenExpiresAndRotatesTheRefreshToken() {
        Session session = login();
        stubRefresh(1);
        stubRefresh(2);
        stubMe("at_1");
        stubMe("at_2");
        stubMe("at_3");

        session.me();
        portal.clock.advance(Duration.ofSeconds(880)); // within the 30 s skew of the 900 s lifetime
        session.me();
        portal.clock.advance(Duration.ofSeconds(1000));
        session.me();

        List<String> used = portal.server.findAll(getRequestedFor(urlEqualTo("/api/v1/me"))).stream()
                .map(r -> r.getHeader("Authorization")).toList();
        assertEquals(List.of("Bearer at_1", "Bearer at_2", "Bearer at_3"), used);
        portal.server.verify(2, postRequestedFor(urlEqualTo("/api/v1/auth/refresh")));
    }

    @Test
    void aRejectedRefreshTokenClosesTheSession() {
        Session session = login();
        portal.stub(post(urlEqualTo("/api/v1/auth/refresh")).willReturn(problem(401, "INVALID_REFRESH_TOKEN")));
        portal.clock.advance(Duration.ofHours(1));

        SessionExpiredException e = assertThrows(SessionExpiredException.class, session::me);

        assertEquals(SessionState.CLOSED, session.state());
        assertTrue(e.getLocalizedMessage().contains("log in again"), e.getLocalizedMessage());
        portal.server.resetRequests();
        SessionExpiredException again = assertThrows(SessionExpiredException.class, session::me);
        assertSame(e, again);
        portal.server.verify(0, anyRequestedFor(anyUrl()));
        session.close(); // an expired session has nothing to log out
        portal.server.verify(0, anyRequestedFor(anyUrl()));
    }

    @Test
    void identityConfirmationSeenInARefreshUpdatesTheState() {
        Session session = login();
        portal.stub(post(urlEqualTo("/api/v1/auth/refresh"))
                .willReturn(json(200, tokens("at_2", "rt_2", 900, true))));
        stubMe("at_2");
        portal.clock.advance(Duration.ofHours(1));

        session.me();

        // me() itself reports an unconfirmed identity last, and it is the freshest word
        assertEquals(SessionState.IDENTITY_UNCONFIRMED, session.state());
    }

    @Test
    void twoHundredThreadsWithAnExpiredTokenCauseExactlyOneRefresh() throws Exception {
        Session session = login();
        portal.stub(post(urlEqualTo("/api/v1/auth/refresh"))
                .withRequestBody(equalTo("{\"refreshToken\":\"rt_1\"}"))
                .willReturn(json(200, tokens("at_2", "rt_2", 900, false)).withFixedDelay(300)));
        stubMe("at_2");
        portal.clock.advance(Duration.ofSeconds(901)); // the access token has expired

        int threads = 200;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Profile>> results = new ArrayList<>();
        try {
            for (int i = 0; i < threads; i++) {
                results.add(pool.submit(() -> {
                    start.await();
                    return session.me();
                }));
            }
            start.countDown();
            for (Future<Profile> result : results) {
                assertEquals("acc_1", result.get(30, TimeUnit.SECONDS).accountId());
            }
        } finally {
            pool.shutdownNow();
        }

        portal.server.verify(1, postRequestedFor(urlEqualTo("/api/v1/auth/refresh")));
        portal.server.verify(threads, getRequestedFor(urlEqualTo("/api/v1/me"))
                .withHeader("Authorization", equalTo("Bearer at_2")));
        portal.server.verify(0, getRequestedFor(urlEqualTo("/api/v1/me"))
                .withHeader("Authorization", equalTo("Bearer at_1")));

        // a thread arriving after the refresh uses the new token without refreshing again
        session.me();
        portal.server.verify(1, postRequestedFor(urlEqualTo("/api/v1/auth/refresh")));
    }

    @Test
    void twoHundredThreadsHittingTokenExpiredAnswersAlsoRefreshOnce() throws Exception {
        Session session = login();
        portal.stub(get(urlEqualTo("/api/v1/me")).withHeader("Authorization", equalTo("Bearer at_1"))
                .willReturn(problem(401, "TOKEN_EXPIRED")));
        stubMe("at_2");
        portal.stub(post(urlEqualTo("/api/v1/auth/refresh"))
                .willReturn(json(200, tokens("at_2", "rt_2", 900, false)).withFixedDelay(200)));

        int threads = 200;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Profile>> results = new ArrayList<>();
        try {
            for (int i = 0; i < threads; i++) {
                results.add(pool.submit(() -> {
                    start.await();
                    return session.me();
                }));
            }
            start.countDown();
            for (Future<Profile> result : results) {
                result.get(30, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }

        portal.server.verify(1, postRequestedFor(urlEqualTo("/api/v1/auth/refresh")));
    }
}
