package lt.savitarna.sdk.testkit.sandbox.internal;

import java.util.List;

/** Registration, the caller's account ({@code /me}) and consents. */
public final class AccountEndpoints {

    /** The field named by every {@code CONSENT_REQUIRED} problem. */
    public static final String PRIVACY_FIELD = "consents.privacyPolicyAndRules";

    private AccountEndpoints() {
    }

    public static void register(Router router) {
        router.add("POST", "/api/v1/registrations", Access.PUBLIC, Idempotency.REQUIRED, AccountEndpoints::registerAccount);
        router.add("GET", "/api/v1/me", Access.BEARER, Idempotency.NONE, AccountEndpoints::me);
        router.add("PATCH", "/api/v1/me/consents", Access.BEARER, Idempotency.REQUIRED, AccountEndpoints::updateConsents);
    }

    // Order of checks: malformed fields (400), then the acknowledgement (422), then the password
    // policy (422), then the email's uniqueness (409), so each answer names the first thing to fix.
    static Response registerAccount(RequestContext context) {
        FieldReader fields = new FieldReader(context.jsonBody());
        String firstName = Policies.name(fields, "firstName");
        String lastName = Policies.name(fields, "lastName");
        String email = Policies.email(fields, "email");
        String password = fields.requiredString("password").orElse(null);
        FieldReader consents = fields.nested("consents");
        boolean directMarketing = consents.bool("directMarketing").orElse(false);
        boolean zemynaClub = consents.bool("zemynaClub").orElse(false);
        boolean privacyPolicyAndRules = consents.bool("privacyPolicyAndRules").orElse(false);
        fields.throwIfInvalid();
        if (!privacyPolicyAndRules) {
            throw new ProblemException(Problem.consentRequired(PRIVACY_FIELD));
        }
        List<FieldError> weak = Policies.passwordViolations(password);
        if (!weak.isEmpty()) {
            throw new ProblemException(Problem.passwordPolicy(weak));
        }
        Account account = context.state().register(
                new NewAccount(null, firstName, lastName, email, password, directMarketing, zemynaClub));
        return Response.json(201, Views.registration(account)).withHeader("Location", "/api/v1/me");
    }

    static Response me(RequestContext context) {
        return Response.json(200, Views.me(context.account()));
    }

    static Response updateConsents(RequestContext context) {
        Account account = context.account();
        FieldReader fields = new FieldReader(context.jsonBody());
        Boolean directMarketing = fields.bool("directMarketing").orElse(null);
        Boolean zemynaClub = fields.bool("zemynaClub").orElse(null);
        Boolean privacyPolicyAndRules = fields.bool("privacyPolicyAndRules").orElse(null);
        fields.throwIfInvalid();
        if (Boolean.FALSE.equals(privacyPolicyAndRules)) {
            throw new ProblemException(Problem.consentRequired(PRIVACY_FIELD));
        }
        Consents consents = context.state().updateConsents(account.id(), directMarketing, zemynaClub);
        return Response.json(200, Views.consents(consents));
    }
}
