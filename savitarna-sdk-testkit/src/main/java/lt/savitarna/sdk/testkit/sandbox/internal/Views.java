package lt.savitarna.sdk.testkit.sandbox.internal;

import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;

/**
 * The contract's JSON shapes for accounts, sessions and workspaces, written by hand from the
 * API document: the sandbox shares no model classes with the client on purpose.
 */
public final class Views {

    private Views() {
    }

    public static JsonObject consents(Consents consents) {
        return Json.object()
                .add("directMarketing", consents.directMarketing())
                .add("zemynaClub", consents.zemynaClub())
                .add("privacyPolicyAndRules", consents.privacyPolicyAndRules())
                .add("privacyPolicyVersion", consents.privacyPolicyVersion())
                .add("rulesVersion", consents.rulesVersion())
                .add("acceptedAt", Json.instant(consents.acceptedAt()))
                .build();
    }

    /** The {@code 201} body of a registration. */
    public static JsonObject registration(Account account) {
        return Json.object()
                .add("accountId", account.id())
                .add("email", account.email())
                .add("createdAt", Json.instant(account.createdAt()))
                .add("identityConfirmed", account.identityConfirmed())
                .add("consents", consents(account.consents()))
                .build();
    }

    /** {@code GET /api/v1/me}. */
    public static JsonObject me(Account account) {
        return Json.object()
                .add("accountId", account.id())
                .add("firstName", account.firstName())
                .add("lastName", account.lastName())
                .add("email", account.email())
                .add("createdAt", Json.instant(account.createdAt()))
                .add("identity", identity(account.identity()))
                .add("consents", consents(account.consents()))
                .add("zemynaMember", account.zemynaMember())
                .build();
    }

    public static JsonObject identity(ConfirmedIdentity identity) {
        JsonObjectBuilder body = Json.object().add("confirmed", identity != null);
        if (identity != null) {
            body.add("confirmedAt", Json.instant(identity.confirmedAt()))
                    .add("method", identity.method())
                    .add("personalCodeMasked", identity.personalCodeMasked())
                    .add("givenName", identity.givenName())
                    .add("surname", identity.surname());
        }
        return body.build();
    }

    /** The token body of login and refresh. */
    public static JsonObject tokens(TokenPair tokens) {
        return Json.object()
                .add("tokenType", "Bearer")
                .add("accessToken", tokens.accessToken())
                .add("expiresIn", tokens.expiresInSeconds())
                .add("refreshToken", tokens.refreshToken())
                .add("refreshExpiresIn", tokens.refreshExpiresInSeconds())
                .add("accountId", tokens.accountId())
                .add("identityConfirmed", tokens.identityConfirmed())
                .build();
    }

    public static JsonObject company(GroupCompany company) {
        return Json.object()
                .add("id", company.id())
                .add("name", company.name())
                .add("companyCode", company.companyCode())
                .build();
    }

    public static JsonObject representation(Representation representation) {
        Party party = representation.party();
        return Json.object()
                .add("company", Json.object()
                        .add("id", representation.company().id())
                        .add("name", representation.company().name()))
                .add("party", Json.object()
                        .add("id", party.id())
                        .add("kind", party.kind())
                        .add("name", party.name())
                        .add("code", Json.stringOrNull(party.code())))
                .build();
    }
}
