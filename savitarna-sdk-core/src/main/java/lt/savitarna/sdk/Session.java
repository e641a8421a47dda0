package lt.savitarna.sdk;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import lt.savitarna.sdk.account.ConsentChange;
import lt.savitarna.sdk.account.Consents;
import lt.savitarna.sdk.account.GroupCompany;
import lt.savitarna.sdk.account.Profile;
import lt.savitarna.sdk.account.Representation;
import lt.savitarna.sdk.error.ApiException;
import lt.savitarna.sdk.error.ErrorCodes;
import lt.savitarna.sdk.error.IdentityNotConfirmedException;
import lt.savitarna.sdk.error.Problem;
import lt.savitarna.sdk.error.SessionExpiredException;
import lt.savitarna.sdk.internal.account.WireMapping;
import lt.savitarna.sdk.internal.esign.EsignExchange;
import lt.savitarna.sdk.signature.SignatureProvider;
import lt.savitarna.sdk.signature.SignerIdentity;
import lt.savitarna.sdk.signature.SigningListener;
import jakarta.json.JsonObjectBuilder;
import lt.savitarna.sdk.internal.auth.AuthorizedCaller;
import lt.savitarna.sdk.internal.auth.TokenAnswer;
import lt.savitarna.sdk.internal.auth.TokenManager;
import lt.savitarna.sdk.internal.auth.TokenSet;
import lt.savitarna.sdk.internal.http.BodySource;
import lt.savitarna.sdk.internal.http.HttpPipeline;
import lt.savitarna.sdk.internal.http.Operation;
import lt.savitarna.sdk.internal.http.ResponseReader;
import lt.savitarna.sdk.internal.json.JsonFields;
import lt.savitarna.sdk.internal.workspace.IdentityGate;

/**
 * A logged-in person. Thread-safe: many threads may use one session at once. The access and
 * refresh tokens stay inside; they are refreshed shortly before the access token expires (per the
 * client's clock) and when the portal answers {@code 401 TOKEN_EXPIRED} (the request is then
 * repeated once), and however many threads need a refresh at the same time, it happens once.
 *
 * <p>A new person's identity must be confirmed with an e-signature (Smart-ID or Mobile-ID) before
 * documents open: {@link #state()} says where the session stands, and {@link #me()} or
 * {@link #refreshState()} bring it up to date. Workspace calls keep it up to date too: a call the
 * portal accepts shows a confirmed identity, its {@code 403 IDENTITY_NOT_CONFIRMED} (thrown as
 * {@link IdentityNotConfirmedException}) an unconfirmed one. The SDK does not refuse workspace
 * calls by itself while the state says unconfirmed, since the identity may have been confirmed
 * elsewhere meanwhile; only an upload first asks {@code GET /me} then, to avoid sending a file
 * in vain. When the portal rejects the refresh token the session is {@link SessionState#CLOSED}
 * and every call throws {@link SessionExpiredException}.
 *
 * <!-- sample: WorkspaceTour#client-session-workspace -->
 * <pre>{@code
 * try (SavitarnaClient client = SavitarnaClient.builder()
 *              .baseUri(URI.create("https://savitarna.agrokoncernas.lt"))
 *              .locale(Locale.forLanguageTag("lt"))
 *              .build();
 *      Session session = client.login(email, password)) {
 *     if (session.state() == SessionState.IDENTITY_UNCONFIRMED) {
 *         throw new IllegalStateException("confirm the identity with Smart-ID or Mobile-ID first");
 *     }
 *     for (Representation representation : session.representations()) {
 *         Workspace workspace = session.workspace(representation);
 *         out.println("Workspace " + workspace.companyId() + " × " + workspace.partyId());
 *     }
 *     // ...work in the workspaces
 * }
 * }</pre>
 */
public final class Session implements AutoCloseable {

    private static final int DEFAULT_PAGE_SIZE = 50;

    private final AuthorizedCaller calls;
    private final String accountId;
    private final IdentityGate identityGate = new SessionIdentityGate();
    private volatile boolean identityConfirmed;

    Session(HttpPipeline pipeline, TokenAnswer login, Instant issuedAt, Duration refreshSkew) {
        this.accountId = login.accountId();
        this.identityConfirmed = Boolean.TRUE.equals(login.identityConfirmed());
        TokenManager tokens = new TokenManager(pipeline, login, issuedAt, refreshSkew, answer -> {
            if (answer.identityConfirmed() != null) {
                identityConfirmed = answer.identityConfirmed();
            }
        });
        this.calls = new AuthorizedCaller(pipeline, tokens);
    }

    /** Where the session stands now; no call is made. */
    public SessionState state() {
        if (calls.tokens().isClosed()) {
            return SessionState.CLOSED;
        }
        return identityConfirmed ? SessionState.IDENTITY_CONFIRMED : SessionState.IDENTITY_UNCONFIRMED;
    }

    /** Whether the identity is confirmed, as last seen; see {@link #refreshState()}. */
    public boolean isIdentityConfirmed() {
        return identityConfirmed && !calls.tokens().isClosed();
    }

    /** The account's opaque id. */
    public String accountId() {
        return accountId;
    }

    /** The language of people-facing messages: the client's (Lithuanian or English). */
    public Locale locale() {
        return calls.pipeline().locale();
    }

    /**
     * The person's account ({@code GET /api/v1/me}); also updates {@link #state()} from the
     * identity it shows.
     */
    public Profile me() {
        Profile profile = calls.send(Operation.builder("GET", "/me")
                .build(ResponseReader.json(WireMapping::profile)));
        identityConfirmed = profile.identity().confirmed();
        return profile;
    }

    /** Asks the portal again (via {@link #me()}) and returns the up-to-date state. */
    public SessionState refreshState() {
        me();
        return state();
    }

    /**
     * Changes the optional consents ({@code PATCH /api/v1/me/consents}); what the change does not
     * set stays as it is.
     *
     * @return the consents after the change
     */
    public Consents updateConsents(ConsentChange change) {
        Objects.requireNonNull(change, "change");
        JsonObjectBuilder body = calls.pipeline().json().objectBuilder();
        change.directMarketing().ifPresent(v -> body.add("directMarketing", v));
        change.zemynaClub().ifPresent(v -> body.add("zemynaClub", v));
        return calls.send(Operation.builder("PATCH", "/me/consents")
                .body(BodySource.json(calls.pipeline().json().write(body.build())))
                .idempotent()
                .build(ResponseReader.json(WireMapping::consents)));
    }

    /**
     * Confirms the logged-in person's identity with an e-signature: the portal issues a random
     * challenge, the provider has the person authenticate over it (the listener gets the
     * verification code to show), the SDK checks the answer names {@code signer}, and the portal
     * verifies it and binds the identity to the account. Afterwards {@link #state()} is
     * {@link SessionState#IDENTITY_CONFIRMED} and documents open; tokens stay valid.
     *
     * <!-- sample: SigningErrors#confirm-identity -->
     * <pre>{@code
     * try {
     *     Profile me = session.confirmIdentity(smartId, person, showCodes);
     *     out.println("Identity confirmed: " + me.identity().givenName() + " " + me.identity().surname());
     * } catch (IdentityConflictException e) {
     *     // Another account confirmed this identity, or this account confirmed another one.
     *     out.println(e.getLocalizedMessage());
     * }
     * }</pre>
     *
     * @param provider Smart-ID or Mobile-ID
     * @param signer   the person (Mobile-ID: phone number and personal code)
     * @param listener progress; {@link SigningListener#none()} for none
     * @return the account with its confirmed identity
     * @throws lt.savitarna.sdk.error.IdentityConflictException   the account or the person is bound otherwise
     * @throws lt.savitarna.sdk.error.EsignatureRejectedException the portal rejected the answer
     * @throws lt.savitarna.sdk.signature.SigningException       the provider failed (refused, timeout, ...)
     */
    public Profile confirmIdentity(SignatureProvider provider, SignerIdentity signer, SigningListener listener) {
        return identityConfirmation().run(provider, signer, listener);
    }

    /**
     * {@link #confirmIdentity} as a future: the two portal calls run on the SDK's shared worker
     * threads, and the wait for the person is the provider's own future, so a natively
     * asynchronous provider (Smart-ID, Mobile-ID) holds no thread while the person answers.
     * {@code cancel(true)} stops the provider's polling.
     *
     * @return the future profile
     */
    public CompletableFuture<Profile> confirmIdentityAsync(SignatureProvider provider, SignerIdentity signer,
                                                           SigningListener listener) {
        return identityConfirmation().runAsync(provider, signer, listener, null);
    }

    /**
     * {@link #confirmIdentityAsync(SignatureProvider, SignerIdentity, SigningListener)} with the
     * portal calls on {@code executor}; no thread of it waits for the person.
     *
     * @return the future profile
     */
    public CompletableFuture<Profile> confirmIdentityAsync(SignatureProvider provider, SignerIdentity signer,
                                                           SigningListener listener, Executor executor) {
        Objects.requireNonNull(executor, "executor");
        return identityConfirmation().runAsync(provider, signer, listener, executor);
    }

    /** Identity confirmation: a challenge from the portal, answered to bind the person to this account. */
    private EsignExchange<Profile> identityConfirmation() {
        String challenges = "/me/identity/challenges";
        return new EsignExchange<>(calls::send, challenges, () -> { }, calls.pipeline().clock()::instant, locale(),
                (challenge, auth) -> {
                    EsignExchange.sendProof(calls::send, EsignExchange.proofPath(challenges, challenge, "confirmation"),
                            auth, ResponseReader.json(WireMapping::identity));
                    identityConfirmed = true;
                    return me();
                });
    }

    /** The companies of the group ({@code GET /api/v1/companies}); a small set, so a list. */
    public List<GroupCompany> companies() {
        return calls.send(Operation.builder("GET", "/companies")
                .build(ResponseReader.json(o -> JsonFields.list(o, "items", WireMapping::company))));
    }

    /**
     * The (group company, represented party) pairs this person may act in, 50 per page, fetched
     * lazily. Iterating before the identity is confirmed throws
     * {@link IdentityNotConfirmedException}.
     */
    public PagedIterable<Representation> representations() {
        return representations(DEFAULT_PAGE_SIZE);
    }

    /**
     * As {@link #representations()} with the given page size.
     *
     * @param pageSize items per page, 1..200
     */
    public PagedIterable<Representation> representations(int pageSize) {
        if (pageSize < 1 || pageSize > 200) {
            throw new IllegalArgumentException("pageSize must be 1..200: " + pageSize);
        }
        return PagedIterable.of(cursor -> calls.send(Operation.builder("GET", "/me/representations")
                .query("limit", pageSize)
                .query("cursor", cursor)
                .build(ResponseReader.json(o -> Page.of(JsonFields.list(o, "items", WireMapping::representation),
                        JsonFields.string(o, "nextCursor"))))));
    }

    /**
     * The workspace of one group company and represented party; an immutable value, so two
     * threads can work in two workspaces of one session at once.
     */
    public Workspace workspace(String companyId, String partyId) {
        return new Workspace(this, companyId, partyId);
    }

    /** The workspace of a representation from {@link #representations()}. */
    public Workspace workspace(Representation representation) {
        Objects.requireNonNull(representation, "representation");
        return new Workspace(this, representation.companyId(), representation.partyId());
    }

    /**
     * Logs out ({@code POST /api/v1/auth/logout}), revoking both tokens. The session is closed
     * locally even if the call fails (the failure is then thrown); logging out again does nothing.
     */
    public void logout() {
        TokenSet last = calls.tokens().endForLogout();
        if (last == null) {
            return;
        }
        try {
            calls.tokens().logout(last);
        } catch (ApiException e) {
            if (e.status() != 401) {
                throw e;
            }
            // The portal no longer knows these tokens: the session is over either way.
        }
    }

    /** Same as {@link #logout()}. */
    @Override
    public void close() {
        logout();
    }

    /** Sends operations with this session's tokens; for the workspace services. */
    AuthorizedCaller calls() {
        return calls;
    }

    /** How the workspace services keep {@link #state()} in step with the portal's answers. */
    IdentityGate identityGate() {
        return identityGate;
    }

    /**
     * Workspace calls do not refuse themselves while the identity is known to be unconfirmed: it
     * may have been confirmed elsewhere (another session, the portal's web page), and the portal
     * decides. Its answers move the state: a scoped call it accepts means confirmed, its
     * {@code 403 IDENTITY_NOT_CONFIRMED} unconfirmed. Only uploads, which are costly to send in
     * vain, ask {@code GET /me} first when the state says unconfirmed.
     */
    private final class SessionIdentityGate implements IdentityGate {
        @Override
        public void confirmed() {
            identityConfirmed = true;
        }

        @Override
        public void notConfirmed() {
            identityConfirmed = false;
        }

        @Override
        public void requireConfirmed() {
            if (identityConfirmed || calls.tokens().isClosed()) {
                return; // a closed session fails on the call itself, with SessionExpiredException
            }
            if (!me().identity().confirmed()) {
                throw new IdentityNotConfirmedException(new Problem(null, null, 0, null, null,
                        ErrorCodes.IDENTITY_NOT_CONFIRMED, null, List.of()), calls.pipeline().locale());
            }
        }
    }

    /** Shows the account and the state, never a token. */
    @Override
    public String toString() {
        return "Session[accountId=" + accountId + ", state=" + state() + "]";
    }
}
