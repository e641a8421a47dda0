package lt.savitarna.sdk;

import java.util.Objects;
import lt.savitarna.sdk.document.Documents;
import lt.savitarna.sdk.help.Help;
import lt.savitarna.sdk.internal.document.DefaultDocuments;
import lt.savitarna.sdk.internal.help.DefaultHelp;
import lt.savitarna.sdk.internal.http.Paths;
import lt.savitarna.sdk.internal.loyalty.DefaultLoyalty;
import lt.savitarna.sdk.internal.workspace.ScopedCalls;
import lt.savitarna.sdk.loyalty.Loyalty;

/**
 * The scope of documents, loyalty and help: one group company and one represented party, within
 * one session. An immutable value: it holds no mutable state, so two threads of one session can
 * work for two represented companies at once.
 *
 * <p>Its services, {@link #documents()}, {@link #loyalty()} and {@link #help()}, need a confirmed
 * identity: until then the portal answers their calls with {@code 403 IDENTITY_NOT_CONFIRMED},
 * thrown as {@link lt.savitarna.sdk.error.IdentityNotConfirmedException}, and the session's
 * {@link Session#state() state} follows what the portal says.
 *
 * <!-- sample: WorkspaceTour#workspace -->
 * <pre>{@code
 * Workspace workspace = session.workspace(farm.orElseThrow());
 * Offer fertiliser = workspace.loyalty().offer(offerId);
 * out.println(workspace.documents().list().stream().count() + " documents; " + fertiliser.title() + " "
 *         + fertiliser.price() + " per " + fertiliser.unit());
 * }</pre>
 */
public final class Workspace {

    private final Session session;
    private final String companyId;
    private final String partyId;
    private final Documents documents;
    private final Loyalty loyalty;
    private final Help help;

    Workspace(Session session, String companyId, String partyId) {
        this.session = Objects.requireNonNull(session, "session");
        this.companyId = requireId(companyId, "companyId");
        this.partyId = requireId(partyId, "partyId");
        ScopedCalls calls = new ScopedCalls(session.calls(), scopePath(), session.identityGate());
        this.documents = new DefaultDocuments(calls);
        this.loyalty = new DefaultLoyalty(calls);
        this.help = new DefaultHelp(calls);
    }

    /** Contracts, annexes, invoices, receipts and other documents of this workspace. */
    public Documents documents() {
        return documents;
    }

    /** The Žemyna loyalty programme (farmers' club) of this workspace. */
    public Loyalty loyalty() {
        return loyalty;
    }

    /** Help requests ("Pagalba"), uploads of missing documents and the contacts. */
    public Help help() {
        return help;
    }

    /** The session this workspace belongs to. */
    public Session session() {
        return session;
    }

    /** The group company's id. */
    public String companyId() {
        return companyId;
    }

    /** The represented party's id. */
    public String partyId() {
        return partyId;
    }

    /** {@code /companies/{companyId}/parties/{partyId}}, ids encoded: the prefix of scoped paths. */
    String scopePath() {
        return "/companies/" + Paths.segment(companyId) + "/parties/" + Paths.segment(partyId);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Workspace w && w.session == session && w.companyId.equals(companyId)
                && w.partyId.equals(partyId);
    }

    @Override
    public int hashCode() {
        return Objects.hash(System.identityHashCode(session), companyId, partyId);
    }

    @Override
    public String toString() {
        return "Workspace[companyId=" + companyId + ", partyId=" + partyId + "]";
    }

    private static String requireId(String id, String name) {
        Objects.requireNonNull(id, name);
        if (id.isBlank()) {
            throw new IllegalArgumentException(name + " must not be blank");
        }
        return id;
    }
}
