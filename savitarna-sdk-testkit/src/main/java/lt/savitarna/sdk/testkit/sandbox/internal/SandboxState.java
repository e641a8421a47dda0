package lt.savitarna.sdk.testkit.sandbox.internal;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import lt.savitarna.sdk.testkit.sandbox.DemoData;

/**
 * The sandbox's data: group companies, accounts, sessions with their tokens, and who may
 * represent whom. One lock guards everything: this is a test server, and simple is what makes
 * it obviously right under concurrent tests. Password hashing runs outside the lock.
 */
public final class SandboxState {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final Clock clock;
    private final Duration accessTokenTtl;
    private final Duration refreshTokenTtl;
    private final AtomicLong successfulRefreshes = new AtomicLong();

    private final Object lock = new Object();
    private final Map<String, GroupCompany> companies = new LinkedHashMap<>();
    private final Map<String, Account> accounts = new LinkedHashMap<>();
    private final Map<String, String> accountIdsByEmail = new HashMap<>();
    private final Map<String, Person> people = new HashMap<>();
    private final Map<String, Party> companyPartiesByCode = new HashMap<>();
    private final Map<String, Session> sessions = new HashMap<>();
    private final Map<String, AccessGrant> accessTokens = new HashMap<>();
    private final Map<String, RefreshGrant> refreshTokens = new HashMap<>();

    public SandboxState(Clock clock, Duration accessTokenTtl, Duration refreshTokenTtl) {
        this.clock = Objects.requireNonNull(clock, "clock");
        this.accessTokenTtl = Objects.requireNonNull(accessTokenTtl, "accessTokenTtl");
        this.refreshTokenTtl = Objects.requireNonNull(refreshTokenTtl, "refreshTokenTtl");
    }

    /** Now, to the second: the contract's instants carry no fractions. */
    public Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.SECONDS);
    }

    /** Forgets everything; the caller seeds again. */
    public void clear() {
        synchronized (lock) {
            companies.clear();
            accounts.clear();
            accountIdsByEmail.clear();
            people.clear();
            companyPartiesByCode.clear();
            sessions.clear();
            accessTokens.clear();
            refreshTokens.clear();
        }
        successfulRefreshes.set(0);
    }

    // ---- group companies ----

    public void addCompany(GroupCompany company) {
        synchronized (lock) {
            companies.put(company.id(), company);
        }
    }

    public List<GroupCompany> companies() {
        synchronized (lock) {
            return List.copyOf(companies.values());
        }
    }

    // ---- accounts ----

    /** Creates an account; {@code 409 EMAIL_ALREADY_REGISTERED} when the email (any case) is taken. */
    public Account register(NewAccount registration) {
        PasswordHash hash = PasswordHash.of(registration.password());
        Instant now = now();
        synchronized (lock) {
            String key = Account.emailKey(registration.email());
            if (accountIdsByEmail.containsKey(key)) {
                throw new ProblemException(Problem.emailAlreadyRegistered());
            }
            String id = registration.id() != null ? registration.id() : newId("acc_", 12);
            Consents consents = new Consents(registration.directMarketing(), registration.zemynaClub(), true,
                    DemoData.PRIVACY_POLICY_VERSION, DemoData.RULES_VERSION, now);
            Account account = new Account(id, registration.firstName(), registration.lastName(), registration.email(),
                    hash, now, consents, registration.zemynaClub(), null);
            accounts.put(id, account);
            accountIdsByEmail.put(key, id);
            return account;
        }
    }

    public Optional<Account> account(String accountId) {
        synchronized (lock) {
            return Optional.ofNullable(accounts.get(accountId));
        }
    }

    public Optional<Account> accountByEmail(String email) {
        synchronized (lock) {
            return Optional.ofNullable(accountIdsByEmail.get(Account.emailKey(email))).map(accounts::get);
        }
    }

    public List<Account> accounts() {
        synchronized (lock) {
            return List.copyOf(accounts.values());
        }
    }

    /** How many accounts have this email, compared case-insensitively; counted, not looked up. */
    public long accountsWithEmail(String email) {
        String key = Account.emailKey(email);
        synchronized (lock) {
            return accounts.values().stream().filter(a -> Account.emailKey(a.email()).equals(key)).count();
        }
    }

    /** Changes the optional consents; withdrawing {@code zemynaClub} leaves the club. */
    public Consents updateConsents(String accountId, Boolean directMarketing, Boolean zemynaClub) {
        synchronized (lock) {
            Account account = existing(accountId);
            Consents consents = account.consents().with(directMarketing, zemynaClub);
            boolean member = zemynaClub == null ? account.zemynaMember() : zemynaClub;
            accounts.put(accountId, account.withConsents(consents, member));
            return consents;
        }
    }

    // ---- identity and representations ----

    /**
     * Binds the account to a person. Confirming again with the same personal code changes
     * nothing; another person's code is {@code 409 IDENTITY_MISMATCH}.
     */
    public Account confirmIdentity(String accountId, String personalCode, String method, String givenName,
                                   String surname) {
        synchronized (lock) {
            Account account = existing(accountId);
            if (account.identity() != null) {
                if (!account.identity().personalCode().equals(personalCode)) {
                    throw new ProblemException(Problem.identityMismatch());
                }
                return account;
            }
            Person person = people.computeIfAbsent(personalCode, code -> new Person(newId("p_self_", 9)));
            if (person.name == null) {
                person.name = account.fullName();
            }
            Account confirmed = account.withIdentity(
                    new ConfirmedIdentity(personalCode, method, givenName, surname, now()));
            accounts.put(accountId, confirmed);
            return confirmed;
        }
    }

    /** Fixes the person party of a personal code ahead of confirmation, so demo ids are stable. */
    /**
     * Binds an identity proven by an e-signature to an account: as {@link #confirmIdentity}, and
     * refused with {@code 409 IDENTITY_BOUND_TO_OTHER_ACCOUNT} when another account holds it.
     */
    public Account bindIdentity(String accountId, String personalCode, String method, String givenName,
                                String surname) {
        synchronized (lock) {
            for (Account other : accounts.values()) {
                if (!other.id().equals(accountId) && other.identity() != null
                        && other.identity().personalCode().equals(personalCode)) {
                    throw new ProblemException(Problem.of(409, "IDENTITY_BOUND_TO_OTHER_ACCOUNT",
                            "This person's identity is bound to another account; log in to that account"));
                }
            }
            return confirmIdentity(accountId, personalCode, method, givenName, surname);
        }
    }

    /** The account whose confirmed identity is this personal code. */
    public Optional<Account> accountByPersonalCode(String personalCode) {
        synchronized (lock) {
            return accounts.values().stream()
                    .filter(a -> a.identity() != null && a.identity().personalCode().equals(personalCode))
                    .findFirst();
        }
    }

    public void registerPerson(String personalCode, String selfPartyId, String name) {
        synchronized (lock) {
            Person person = people.computeIfAbsent(personalCode, code -> new Person(selfPartyId));
            person.name = name;
        }
    }

    /**
     * Authorises the person with {@code personalCode} to represent a company in a group company.
     * A company known by its code keeps its party id. Returns the party id.
     */
    public String grantRepresentation(String personalCode, String companyId, String partyName, String partyCode,
                                      String partyId) {
        synchronized (lock) {
            if (!companies.containsKey(companyId)) {
                throw new IllegalArgumentException("no group company " + companyId);
            }
            Party party = companyPartiesByCode.computeIfAbsent(partyCode, code ->
                    new Party(partyId != null ? partyId : newId("p_", 9), Party.COMPANY, partyName, code));
            Person person = people.computeIfAbsent(personalCode, code -> new Person(newId("p_self_", 9)));
            Grant grant = new Grant(companyId, party);
            if (!person.grants.contains(grant)) {
                person.grants.add(grant);
            }
            return party.id();
        }
    }

    /**
     * The workspaces of an account: the person themselves in every group company, then the
     * companies they represent there, group company by group company. Empty before confirmation.
     */
    public List<Representation> representations(String accountId) {
        synchronized (lock) {
            Account account = existing(accountId);
            if (account.identity() == null) {
                return List.of();
            }
            Person person = people.get(account.identity().personalCode());
            Party self = new Party(person.selfPartyId, Party.PERSON,
                    person.name != null ? person.name : account.fullName(), null);
            List<Representation> result = new ArrayList<>();
            for (GroupCompany company : companies.values()) {
                result.add(new Representation(company, self));
                for (Grant grant : person.grants) {
                    if (grant.companyId().equals(company.id())) {
                        result.add(new Representation(company, grant.party()));
                    }
                }
            }
            return List.copyOf(result);
        }
    }

    /** A group company by id. */
    public Optional<GroupCompany> company(String companyId) {
        synchronized (lock) {
            return Optional.ofNullable(companies.get(companyId));
        }
    }

    /** A party by id: a person's own party (named as the person) or a represented company. */
    public Optional<Party> party(String partyId) {
        synchronized (lock) {
            for (Person person : people.values()) {
                if (person.selfPartyId.equals(partyId)) {
                    return Optional.of(new Party(partyId, Party.PERSON, person.name != null ? person.name : partyId,
                            null));
                }
            }
            return companyPartiesByCode.values().stream().filter(p -> p.id().equals(partyId)).findFirst();
        }
    }

    public Optional<Representation> representation(String accountId, String companyId, String partyId) {
        return representations(accountId).stream()
                .filter(r -> r.company().id().equals(companyId) && r.party().id().equals(partyId))
                .findFirst();
    }

    // ---- sessions and tokens ----

    /** Starts a session: a new access and refresh token. */
    public TokenPair startSession(String accountId) {
        synchronized (lock) {
            Account account = existing(accountId);
            String sessionId = newId("s_", 12);
            sessions.put(sessionId, new Session(accountId));
            return issue(sessionId, account);
        }
    }

    /**
     * Rotates a refresh token: the old one stops working, a new pair is issued in the same
     * session. {@code 401 INVALID_REFRESH_TOKEN} for an unknown, used, revoked or expired one.
     */
    public TokenPair refresh(String refreshToken) {
        synchronized (lock) {
            RefreshGrant grant = refreshTokens.get(refreshToken);
            if (grant == null || grant.used || sessions.get(grant.sessionId).revoked
                    || !now().isBefore(grant.expiresAt)) {
                throw new ProblemException(Problem.invalidRefreshToken());
            }
            grant.used = true;
            TokenPair pair = issue(grant.sessionId, existing(grant.accountId));
            successfulRefreshes.incrementAndGet();
            return pair;
        }
    }

    public AccessCheck checkAccess(String accessToken) {
        synchronized (lock) {
            AccessGrant grant = accessTokens.get(accessToken);
            if (grant == null) {
                return new AccessCheck(AccessCheck.Status.UNKNOWN, null);
            }
            if (sessions.get(grant.sessionId).revoked) {
                return new AccessCheck(AccessCheck.Status.REVOKED, grant.accountId);
            }
            if (!now().isBefore(grant.expiresAt)) {
                return new AccessCheck(AccessCheck.Status.EXPIRED, grant.accountId);
            }
            return new AccessCheck(AccessCheck.Status.VALID, grant.accountId);
        }
    }

    /**
     * Ends the sessions of the access token and of the refresh token (when that belongs to the
     * same account). Repeating it is harmless.
     */
    public void logout(String accessToken, String refreshToken) {
        synchronized (lock) {
            AccessGrant access = accessTokens.get(accessToken);
            if (access == null) {
                return;
            }
            sessions.get(access.sessionId).revoked = true;
            RefreshGrant refresh = refreshTokens.get(refreshToken);
            if (refresh != null && refresh.accountId.equals(access.accountId)) {
                sessions.get(refresh.sessionId).revoked = true;
            }
        }
    }

    public long successfulRefreshes() {
        return successfulRefreshes.get();
    }

    public void resetRefreshCount() {
        successfulRefreshes.set(0);
    }

    private TokenPair issue(String sessionId, Account account) {
        Instant now = now();
        String access = newId("at_", 32);
        String refresh = newId("rt_", 32);
        accessTokens.put(access, new AccessGrant(sessionId, account.id(), now.plus(accessTokenTtl)));
        refreshTokens.put(refresh, new RefreshGrant(sessionId, account.id(), now.plus(refreshTokenTtl)));
        return new TokenPair(access, accessTokenTtl.toSeconds(), refresh, refreshTokenTtl.toSeconds(),
                account.id(), account.identityConfirmed());
    }

    private Account existing(String accountId) {
        Account account = accounts.get(accountId);
        if (account == null) {
            throw new IllegalArgumentException("no account " + accountId);
        }
        return account;
    }

    /** A random, URL-safe id or token with a readable prefix. */
    static String newId(String prefix, int randomBytes) {
        byte[] bytes = new byte[randomBytes];
        RANDOM.nextBytes(bytes);
        return prefix + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private static final class Person {
        final String selfPartyId;
        final List<Grant> grants = new ArrayList<>();
        String name;

        Person(String selfPartyId) {
            this.selfPartyId = selfPartyId;
        }
    }

    private record Grant(String companyId, Party party) {
    }

    private static final class Session {
        final String accountId;
        boolean revoked;

        Session(String accountId) {
            this.accountId = accountId;
        }
    }

    private record AccessGrant(String sessionId, String accountId, Instant expiresAt) {
    }

    private static final class RefreshGrant {
        final String sessionId;
        final String accountId;
        final Instant expiresAt;
        boolean used;

        RefreshGrant(String sessionId, String accountId, Instant expiresAt) {
            this.sessionId = sessionId;
            this.accountId = accountId;
            this.expiresAt = expiresAt;
        }
    }
}
