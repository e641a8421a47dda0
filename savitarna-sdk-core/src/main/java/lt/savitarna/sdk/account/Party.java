package lt.savitarna.sdk.account;

import java.util.Objects;

/**
 * Whom a person acts for: themselves ({@link PartyKind#PERSON}) or a company they are authorised to
 * represent ({@link PartyKind#COMPANY}).
 *
 * <pre>{@code
 * Party p = representation.party();
 * String label = PartyKind.COMPANY.equals(p.kind()) ? p.name() + " (" + p.code() + ")" : p.name();
 * }</pre>
 *
 * @param id   the opaque party id
 * @param kind person or company (forward compatible)
 * @param name the name
 * @param code the company code, or {@code null} for a person
 */
public record Party(String id, PartyKind kind, String name, String code) {

    /** Requires the id and the kind. */
    public Party {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(kind, "kind");
    }
}
