package lt.savitarna.sdk.internal.account;

import static lt.savitarna.sdk.internal.json.JsonFields.bool;
import static lt.savitarna.sdk.internal.json.JsonFields.instant;
import static lt.savitarna.sdk.internal.json.JsonFields.isTrue;
import static lt.savitarna.sdk.internal.json.JsonFields.object;
import static lt.savitarna.sdk.internal.json.JsonFields.requiredString;
import static lt.savitarna.sdk.internal.json.JsonFields.string;

import jakarta.json.JsonObject;
import lt.savitarna.sdk.account.Account;
import lt.savitarna.sdk.account.Consents;
import lt.savitarna.sdk.account.GroupCompany;
import lt.savitarna.sdk.account.Identity;
import lt.savitarna.sdk.account.IdentityMethod;
import lt.savitarna.sdk.account.Party;
import lt.savitarna.sdk.account.PartyKind;
import lt.savitarna.sdk.account.Profile;
import lt.savitarna.sdk.account.Representation;
import lt.savitarna.sdk.internal.json.MalformedJsonException;

/**
 * The account and session shapes of the wire contract, read into the public records. Required
 * values (ids, kinds) must be there; absent booleans read as {@code false}; unknown fields are
 * ignored; unknown enumeration values survive as forward-compatible values.
 *
 * <pre>{@code
 * Profile me = calls.send(Operation.builder("GET", "/me").build(ResponseReader.json(WireMapping::profile)));
 * }</pre>
 */
public final class WireMapping {

    private WireMapping() {
    }

    /** The registration answer. */
    public static Account account(JsonObject o) {
        return new Account(requiredString(o, "accountId"), string(o, "email"), instant(o, "createdAt"),
                isTrue(o, "identityConfirmed"), consents(object(o, "consents")));
    }

    /** A consents object; an absent one reads as "nothing accepted". */
    public static Consents consents(JsonObject o) {
        if (o == null) {
            return new Consents(false, false, false, null, null, null);
        }
        return new Consents(isTrue(o, "directMarketing"), isTrue(o, "zemynaClub"), isTrue(o, "privacyPolicyAndRules"),
                string(o, "privacyPolicyVersion"), string(o, "rulesVersion"), instant(o, "acceptedAt"));
    }

    /** The {@code GET /me} answer. */
    public static Profile profile(JsonObject o) {
        return new Profile(requiredString(o, "accountId"), string(o, "firstName"), string(o, "lastName"),
                string(o, "email"), instant(o, "createdAt"), identity(object(o, "identity")),
                consents(object(o, "consents")), isTrue(o, "zemynaMember"));
    }

    /** An identity; an absent or unconfirmed one reads as {@link Identity#unconfirmed()}. */
    public static Identity identity(JsonObject o) {
        if (o == null || !Boolean.TRUE.equals(bool(o, "confirmed"))) {
            return Identity.unconfirmed();
        }
        String method = string(o, "method");
        return new Identity(true, instant(o, "confirmedAt"), method == null ? null : IdentityMethod.of(method),
                string(o, "personalCodeMasked"), string(o, "givenName"), string(o, "surname"));
    }

    /** A group company. */
    public static GroupCompany company(JsonObject o) {
        return new GroupCompany(requiredString(o, "id"), string(o, "name"), string(o, "companyCode"));
    }

    /** One representation. */
    public static Representation representation(JsonObject o) {
        JsonObject company = object(o, "company");
        JsonObject party = object(o, "party");
        if (company == null || party == null) {
            throw new MalformedJsonException("representation without company or party");
        }
        return new Representation(company(company), new Party(requiredString(party, "id"),
                PartyKind.of(requiredString(party, "kind")), string(party, "name"), string(party, "code")));
    }
}
