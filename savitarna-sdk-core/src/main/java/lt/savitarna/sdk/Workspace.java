package lt.savitarna.sdk;

import java.util.Objects;
import lt.savitarna.sdk.internal.http.Paths;

/**
 * The scope of documents, loyalty and help: one group company and one represented party, within
 * one session. An immutable value: it holds no mutable state, so two threads of one session can
 * work for two represented companies at once.
 *
 * <pre>{@code
 * Workspace ws = session.workspace("agrokoncernas", partyId);
 * Workspace other = session.workspace(representation);
 * }</pre>
 */
public final class Workspace {

    private final Session session;
    private final String companyId;
    private final String partyId;

    Workspace(Session session, String companyId, String partyId) {
        this.session = Objects.requireNonNull(session, "session");
        this.companyId = requireId(companyId, "companyId");
        this.partyId = requireId(partyId, "partyId");
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
