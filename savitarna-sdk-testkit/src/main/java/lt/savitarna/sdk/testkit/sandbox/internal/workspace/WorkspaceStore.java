package lt.savitarna.sdk.testkit.sandbox.internal.workspace;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.function.Predicate;
import lt.savitarna.sdk.testkit.sandbox.DemoData;
import lt.savitarna.sdk.testkit.sandbox.internal.Account;
import lt.savitarna.sdk.testkit.sandbox.internal.GroupCompany;
import lt.savitarna.sdk.testkit.sandbox.internal.Party;
import lt.savitarna.sdk.testkit.sandbox.internal.Representation;
import lt.savitarna.sdk.testkit.sandbox.internal.SandboxState;

/**
 * All workspaces of a sandbox, each created and seeded the first time it is used, plus what is
 * shared across workspaces: the group companies' Žemyna offers (with what is left of them) and
 * memberships. A company's membership is the party's across the group; a person's own is the
 * account's ({@code zemynaClub} consent).
 */
public final class WorkspaceStore {

    private final SandboxState state;
    private final WorkspaceOptions options;
    private final Map<String, Workspace> workspaces = new ConcurrentHashMap<>();
    private final Object loyalty = new Object();
    private final Map<String, Map<String, OfferRecord>> offersByCompany = new LinkedHashMap<>();
    private final Map<String, MembershipRecord> companyMemberships = new LinkedHashMap<>();
    private final Map<String, MembershipRecord> accountMemberships = new LinkedHashMap<>();
    private int nextCardNumber;

    public WorkspaceStore(SandboxState state, WorkspaceOptions options) {
        this.state = Objects.requireNonNull(state, "state");
        this.options = Objects.requireNonNull(options, "options");
        seedMemberships();
    }

    public SandboxState state() {
        return state;
    }

    public WorkspaceOptions options() {
        return options;
    }

    public Instant now() {
        return state.now();
    }

    /** The workspace of a scope, seeded on first use. */
    public Workspace workspace(Representation scope) {
        String key = Workspace.key(scope.company().id(), scope.party().id());
        // A plain read first: computeIfAbsent may lock a bin that a seeding workspace holds.
        Workspace existing = workspaces.get(key);
        if (existing != null) {
            return existing;
        }
        return workspaces.computeIfAbsent(key, k -> {
            Workspace created = new Workspace(scope);
            WorkspaceSeed.seed(created, now(), this);
            return created;
        });
    }

    /** The scope of a group company and a party that exist (whoever represents them), for test hooks. */
    public Optional<Representation> scope(String companyId, String partyId) {
        Optional<GroupCompany> company = state.company(companyId);
        Optional<Party> party = state.party(partyId);
        if (company.isEmpty() || party.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Representation(company.get(), party.get()));
    }

    /** Back to nothing: workspaces are seeded again when next used. */
    public void clear() {
        workspaces.clear();
        synchronized (loyalty) {
            offersByCompany.clear();
            companyMemberships.clear();
            accountMemberships.clear();
            seedMemberships();
        }
    }

    /** Every workspace that exists now. */
    public List<Workspace> workspaces() {
        return List.copyOf(workspaces.values());
    }

    /** How many records of some kind all workspaces hold. */
    public <T> long count(Function<Workspace, List<T>> records, Predicate<T> filter) {
        return workspaces.values().stream().flatMap(w -> records.apply(w).stream()).filter(filter).count();
    }

    // ---- Žemyna loyalty ----

    /** The object that guards offers, memberships and order placement. */
    public Object loyaltyLock() {
        return loyalty;
    }

    /** Every offer of a group company, expired ones included, soonest ending first. */
    public List<OfferRecord> offers(String companyId) {
        synchronized (loyalty) {
            List<OfferRecord> all = new ArrayList<>(companyOffers(companyId).values());
            all.sort(Comparator.comparing(OfferRecord::validTo).thenComparing(OfferRecord::id));
            return all;
        }
    }

    public Optional<OfferRecord> offer(String companyId, String offerId) {
        synchronized (loyalty) {
            return Optional.ofNullable(companyOffers(companyId).get(offerId));
        }
    }

    /** Replaces an offer (its remaining quantity); callers hold {@link #loyaltyLock()}. */
    public void putOffer(OfferRecord offer) {
        synchronized (loyalty) {
            companyOffers(offer.companyId()).put(offer.id(), offer);
        }
    }

    /** The membership of a workspace, if it is a member; {@code account} is the caller. */
    public Optional<MembershipRecord> membership(Representation scope, Account account) {
        synchronized (loyalty) {
            if (Party.PERSON.equals(scope.party().kind())) {
                if (!account.zemynaMember()) {
                    return Optional.empty();
                }
                return Optional.of(accountMemberships.computeIfAbsent(account.id(), id -> newMembership(
                        LocalDate.ofInstant(account.createdAt(), ZoneOffset.UTC))));
            }
            return Optional.ofNullable(companyMemberships.get(scope.party().id()));
        }
    }

    /** Joins the club; the flag says whether the workspace was a member already. */
    public record Joined(MembershipRecord membership, boolean already) {
    }

    public Joined join(Representation scope, Account account) {
        synchronized (loyalty) {
            Optional<MembershipRecord> existing = membership(scope, account);
            if (existing.isPresent()) {
                return new Joined(existing.get(), true);
            }
            MembershipRecord joined = newMembership(LocalDate.ofInstant(now(), ZoneOffset.UTC));
            if (Party.PERSON.equals(scope.party().kind())) {
                state.updateConsents(account.id(), null, true);
                accountMemberships.put(account.id(), joined);
            } else {
                companyMemberships.put(scope.party().id(), joined);
            }
            return new Joined(joined, false);
        }
    }

    private MembershipRecord newMembership(LocalDate since) {
        return new MembershipRecord(since, String.format("ZEM-%06d", nextCardNumber++), DemoData.RULES_VERSION);
    }

    private void seedMemberships() {
        LocalDate today = LocalDate.ofInstant(now(), ZoneOffset.UTC);
        companyMemberships.put(DemoData.JAVU_LAUKAS_PARTY_ID,
                new MembershipRecord(today.minusDays(800), DemoData.JAVU_LAUKAS_CARD_NUMBER, DemoData.RULES_VERSION));
        companyMemberships.put(DemoData.ZALIOJI_DIRVA_PARTY_ID,
                new MembershipRecord(today.minusDays(300), DemoData.ZALIOJI_DIRVA_CARD_NUMBER, DemoData.RULES_VERSION));
        nextCardNumber = 200;
    }

    private Map<String, OfferRecord> companyOffers(String companyId) {
        return offersByCompany.computeIfAbsent(companyId, this::seedOffers);
    }

    private Map<String, OfferRecord> seedOffers(String companyId) {
        Instant now = now();
        Map<String, OfferRecord> offers = new LinkedHashMap<>();
        if (companyId.equals(DemoData.AGROKONCERNAS_ID)) {
            offer(offers, companyId, DemoData.FERTILISER_OFFER_ID, "Amonio salietra su nuolaida",
                    "Žemyna nariams, pristatymas į ūkį.", now, -10, 30, "289.00", "t", "1", "25", "140.5");
            offer(offers, companyId, "off_agk_kviesciai", "Žieminių kviečių sėkla „Skagen“",
                    "Sertifikuota sėkla, C1 kategorija.", now, -20, 12, "0.62", "kg", "500", "20000", "50000");
            offer(offers, companyId, "off_agk_herbicidas", "Herbicidas „Lauko švara“, 5 l",
                    "Nariams – 8 % pigiau.", now, -3, 5, "84.90", "vnt", "1", "40", "120");
            offer(offers, companyId, "off_agk_dyzelinas", "Žemės ūkio dyzelinas",
                    "Pristatoma nuo 500 l.", now, -1, 2, "1.08", "l", "500", "10000", "30000");
            offer(offers, companyId, DemoData.LOW_STOCK_OFFER_ID, "Kalio trąšos (likutis)",
                    "Paskutinės tonos sandėlyje.", now, -15, 60, "341.00", "t", "1", "10", "3");
            offer(offers, companyId, DemoData.EXPIRED_OFFER_ID, "Rapsų sėkla rudens sėjai",
                    "Akcija baigėsi.", now, -90, -20, "7.90", "kg", "50", "2000", "1200");
            offer(offers, companyId, DemoData.UPCOMING_OFFER_ID, "Pavasario trąšų išankstinis užsakymas",
                    "Užsakymai priimami nuo akcijos pradžios.", now, 14, 75, "275.00", "t", "5", "100", "900");
        } else if (companyId.equals(DemoData.GRUDAI_ID)) {
            offer(offers, companyId, DemoData.GRAIN_DRYING_OFFER_ID, "Grūdų džiovinimo paslauga",
                    "Žemyna nariams – fiksuota kaina visą sezoną.", now, -30, 45, "18.50", "t", "10", "500", "5000");
            offer(offers, companyId, "off_grd_sandeliavimas", "Grūdų sandėliavimas iki pavasario",
                    "Sandėliavimas elevatoriuje.", now, -5, 20, "4.20", "t", "20", "1000", "8000");
            offer(offers, companyId, "off_grd_valymas", "Grūdų valymas",
                    "Akcija baigėsi.", now, -60, -10, "6.00", "t", "10", "300", "0");
        } else {
            offer(offers, companyId, "off_" + Ids.stable(companyId) + "_1", "Žemyna nario nuolaida",
                    "Nuolaida nariams.", now, -7, 30, "10.00", "vnt", "1", "100", "1000");
        }
        return offers;
    }

    private static void offer(Map<String, OfferRecord> offers, String companyId, String id, String title,
                              String description, Instant now, int fromDays, int toDays, String price, String unit,
                              String min, String max, String remaining) {
        Instant from = now.plus(Duration.ofDays(fromDays)).truncatedTo(java.time.temporal.ChronoUnit.DAYS);
        Instant to = now.plus(Duration.ofDays(toDays)).truncatedTo(java.time.temporal.ChronoUnit.DAYS)
                .plus(Duration.ofHours(21)).minusSeconds(1);
        offers.put(id, new OfferRecord(id, companyId, title, description, from, to, Money.eur(price), unit,
                new BigDecimal(min), max == null ? null : new BigDecimal(max), new BigDecimal(remaining)));
    }
}
