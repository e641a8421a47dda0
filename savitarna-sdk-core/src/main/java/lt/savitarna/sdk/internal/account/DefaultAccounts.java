package lt.savitarna.sdk.internal.account;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import lt.savitarna.sdk.account.Account;
import lt.savitarna.sdk.account.Accounts;
import lt.savitarna.sdk.account.Registration;
import lt.savitarna.sdk.error.FieldError;
import lt.savitarna.sdk.error.ValidationException;
import lt.savitarna.sdk.internal.auth.TokenAnswer;
import lt.savitarna.sdk.internal.http.BodySource;
import lt.savitarna.sdk.internal.http.HttpPipeline;
import lt.savitarna.sdk.internal.http.Operation;
import lt.savitarna.sdk.internal.http.ResponseReader;
import lt.savitarna.sdk.internal.json.SecretJsonWriter;

/** Registration and password login: the two calls whose bodies carry a password. */
public final class DefaultAccounts implements Accounts {

    private final HttpPipeline pipeline;

    /** Sends through the client's pipeline. */
    public DefaultAccounts(HttpPipeline pipeline) {
        this.pipeline = pipeline;
    }

    @Override
    public Account register(Registration registration) {
        char[] password = RegistrationAccess.get().takePassword(registration);
        byte[] body = null;
        try {
            Locale locale = pipeline.locale();
            List<FieldError> errors = RegistrationValidator.validate(registration, password, locale);
            if (!errors.isEmpty()) {
                throw ValidationException.beforeWire(errors, locale);
            }
            body = new SecretJsonWriter().beginObject()
                    .field("firstName", RegistrationValidator.trimmed(registration.firstName()))
                    .field("lastName", RegistrationValidator.trimmed(registration.lastName()))
                    .field("email", RegistrationValidator.trimmed(registration.email()))
                    .field("password", password)
                    .beginObject("consents")
                    .field("directMarketing", registration.directMarketing())
                    .field("zemynaClub", registration.zemynaClub())
                    .field("privacyPolicyAndRules", registration.privacyPolicyAndRulesAccepted())
                    .endObject()
                    .endObject()
                    .toBytes();
            Arrays.fill(password, '\0');
            return pipeline.send(Operation.builder("POST", "/registrations")
                    .body(BodySource.secretJson(body))
                    .idempotent()
                    .build(ResponseReader.json(WireMapping::account)));
        } finally {
            if (password != null) {
                Arrays.fill(password, '\0');
            }
            if (body != null) {
                Arrays.fill(body, (byte) 0);
            }
        }
    }

    /**
     * Password login ({@code POST /api/v1/auth/password}). The caller's password array is read,
     * not kept and not cleared: it belongs to the caller.
     */
    public TokenAnswer login(String email, char[] password) {
        Locale locale = pipeline.locale();
        List<FieldError> errors = RegistrationValidator.validateLogin(email, password, locale);
        if (!errors.isEmpty()) {
            throw ValidationException.beforeWire(errors, locale);
        }
        byte[] body = new SecretJsonWriter().beginObject()
                .field("email", email.strip())
                .field("password", password)
                .endObject()
                .toBytes();
        try {
            return pipeline.send(Operation.builder("POST", "/auth/password")
                    .body(BodySource.secretJson(body))
                    .idempotent()
                    .build(ResponseReader.json(TokenAnswer::read)));
        } finally {
            Arrays.fill(body, (byte) 0);
        }
    }
}
