package lt.savitarna.sdk.testkit.sandbox.internal.workspace;

import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import lt.savitarna.sdk.testkit.sandbox.internal.Access;
import lt.savitarna.sdk.testkit.sandbox.internal.Account;
import lt.savitarna.sdk.testkit.sandbox.internal.FieldReader;
import lt.savitarna.sdk.testkit.sandbox.internal.Idempotency;
import lt.savitarna.sdk.testkit.sandbox.internal.Json;
import lt.savitarna.sdk.testkit.sandbox.internal.Problem;
import lt.savitarna.sdk.testkit.sandbox.internal.ProblemException;
import lt.savitarna.sdk.testkit.sandbox.internal.RequestContext;
import lt.savitarna.sdk.testkit.sandbox.internal.Response;
import lt.savitarna.sdk.testkit.sandbox.internal.Router;
import lt.savitarna.sdk.testkit.sandbox.internal.Views;

/**
 * E-signature login ({@code /auth/esign/challenges}) and identity confirmation
 * ({@code /me/identity/challenges}): the portal issues a random SHA-256 challenge, the person
 * authenticates over it with Smart-ID or Mobile-ID, and the answer (certificate and signature) is
 * verified here as the real portal does: the signature over the challenge, the certificate's
 * validity, key usage and trust, and that it names the person the challenge was for.
 */
public final class EsignEndpoints {

    private static final String LOGIN = "/api/v1/auth/esign/challenges";
    private static final String IDENTITY = "/api/v1/me/identity/challenges";
    private static final Pattern PERSONAL_CODE = Pattern.compile("\\d{11}");
    private static final Pattern COUNTRY = Pattern.compile("[A-Z]{2}");
    private static final Pattern PHONE = Pattern.compile("\\+[1-9]\\d{6,14}");
    private static final Pattern LT_DOCUMENT = Pattern.compile("PNOLT-(\\d{11})(-.*)?");
    private static final SecureRandom RANDOM = new SecureRandom();

    private final WorkspaceStore store;
    private final Map<String, Challenge> challenges = new ConcurrentHashMap<>();

    private EsignEndpoints(WorkspaceStore store) {
        this.store = store;
    }

    public static void register(Router router, WorkspaceStore store) {
        EsignEndpoints endpoints = new EsignEndpoints(store);
        router.add("POST", LOGIN, Access.PUBLIC, Idempotency.OPTIONAL, c -> endpoints.create(c, null));
        router.add("POST", LOGIN + "/{challengeId}/completion", Access.PUBLIC, Idempotency.OPTIONAL,
                endpoints::completeLogin);
        router.add("POST", IDENTITY, Access.BEARER, Idempotency.REQUIRED,
                c -> endpoints.create(c, c.account().id()));
        router.add("POST", IDENTITY + "/{challengeId}/confirmation", Access.BEARER, Idempotency.REQUIRED,
                endpoints::confirm);
    }

    private Response create(RequestContext context, String accountId) {
        FieldReader fields = new FieldReader(context.jsonBody());
        String method = fields.requiredString("method").orElse(null);
        String personalCode = checked(fields, "personalCode", PERSONAL_CODE, "must be 11 digits");
        String country = checked(fields, "country", COUNTRY, "must be an ISO 3166-1 alpha-2 code");
        String documentNumber = fields.string("documentNumber").orElse(null);
        String phone = checked(fields, "phoneNumber", PHONE, "must be in E.164 form, e.g. +37060000666");
        if (documentNumber != null && (documentNumber.isEmpty() || documentNumber.length() > 100)) {
            fields.error("documentNumber", "INVALID", "must be 1 to 100 characters");
        }
        if (method != null) {
            switch (method) {
                case "SMART_ID" -> {
                    if (personalCode == null && documentNumber == null && !fields.has("personalCode")
                            && !fields.has("documentNumber")) {
                        fields.error("personalCode", "REQUIRED", "Smart-ID needs personalCode or documentNumber");
                    }
                }
                case "MOBILE_ID" -> {
                    if (!fields.has("personalCode")) {
                        fields.error("personalCode", "REQUIRED", "Mobile-ID needs personalCode and phoneNumber");
                    }
                    if (!fields.has("phoneNumber")) {
                        fields.error("phoneNumber", "REQUIRED", "Mobile-ID needs personalCode and phoneNumber");
                    }
                }
                default -> fields.error("method", "INVALID_VALUE", "must be SMART_ID or MOBILE_ID");
            }
        }
        fields.throwIfInvalid();
        String expected = personalCode;
        if (expected == null && documentNumber != null) {
            Matcher m = LT_DOCUMENT.matcher(documentNumber);
            expected = m.matches() ? m.group(1) : null;
        }
        if (country != null && !"LT".equals(country)) {
            // Only Lithuanian identities are bound to accounts; another country's code never matches.
            expected = country + ":" + expected;
        }
        byte[] hash = new byte[32];
        RANDOM.nextBytes(hash);
        Instant now = store.now();
        Challenge challenge = new Challenge(Ids.random("ch_"), method, hash, expected, accountId,
                now.plus(store.options().signatureTtl()));
        challenges.put(challenge.id, challenge);
        return Response.json(201, Json.object()
                .add("challengeId", challenge.id)
                .add("method", method)
                .add("hash", Base64.getEncoder().encodeToString(hash))
                .add("hashType", "SHA256")
                .add("expiresAt", Json.instant(challenge.expiresAt))
                .build());
    }

    private Response completeLogin(RequestContext context) {
        Challenge challenge = challenges.get(context.pathVariable("challengeId"));
        if (challenge == null || challenge.accountId != null) {
            throw new ProblemException(Problem.notFound("No such login challenge"));
        }
        Proof proof = verify(context, challenge);
        Account account = context.state().accountByPersonalCode(proof.personalCode).orElseThrow(() ->
                new ProblemException(Problem.of(401, "NO_ACCOUNT_FOR_IDENTITY",
                        "The e-signature is valid, but no account is bound to this person; register or log in"
                                + " with email and password and confirm your identity first")));
        return Response.json(200, Views.tokens(context.state().startSession(account.id())))
                .withHeader("Cache-Control", "no-store");
    }

    private Response confirm(RequestContext context) {
        Account caller = context.account();
        Challenge challenge = challenges.get(context.pathVariable("challengeId"));
        if (challenge == null || !caller.id().equals(challenge.accountId)) {
            throw new ProblemException(Problem.notFound("No such identity challenge of this account"));
        }
        Proof proof = verify(context, challenge);
        Account confirmed = context.state().bindIdentity(caller.id(), proof.personalCode, challenge.method,
                proof.givenName, proof.surname);
        return Response.json(200, Views.identity(confirmed.identity()));
    }

    /** Checks the answer and uses the challenge up; the problems in the contract's order. */
    private Proof verify(RequestContext context, Challenge challenge) {
        FieldReader fields = new FieldReader(context.jsonBody());
        byte[] der = base64(fields, "certificate");
        byte[] signature = base64(fields, "signature");
        String algorithm = fields.requiredString("signatureAlgorithm").orElse(null);
        if (algorithm != null && !SignatureVerifier.ALGORITHMS.contains(algorithm)) {
            fields.error("signatureAlgorithm", "INVALID_VALUE", "must be a JCA name such as SHA256withRSA");
        }
        Optional<String> documentNumber = fields.string("documentNumber");
        if (documentNumber.isPresent() && documentNumber.get().length() > 100) {
            fields.error("documentNumber", "TOO_LONG", "must be at most 100 characters");
        }
        X509Certificate certificate = null;
        if (der != null) {
            certificate = SigningCertificates.parse(der).orElse(null);
            if (certificate == null) {
                fields.error("certificate", "INVALID_CERTIFICATE", "is not an X.509 certificate (Base64 of DER)");
            }
        }
        fields.throwIfInvalid();
        Instant now = store.now();
        synchronized (challenge) {
            if (challenge.used) {
                throw new ProblemException(Problem.of(409, "CHALLENGE_ALREADY_USED",
                        "The challenge was completed before; start a new one"));
            }
            if (!now.isBefore(challenge.expiresAt)) {
                throw new ProblemException(Problem.of(409, "CHALLENGE_EXPIRED",
                        "The challenge expired; start a new one"));
            }
            String code = SigningCertificates.checkAuthentication(certificate, now,
                    store.options().signatureTrust(), challenge.expectedPersonalCode);
            if (!SignatureVerifier.verify(certificate.getPublicKey(), algorithm, challenge.hash, signature)) {
                throw new ProblemException(Problem.of(422, "SIGNATURE_INVALID",
                        "The signature does not verify over the challenge's hash with the certificate"
                                + " (RSA PKCS#1 v1.5 over DigestInfo, or ECDSA raw r||s)"));
            }
            challenge.used = true;
            return new Proof(code, SigningCertificates.subjectGivenName(certificate).orElse(""),
                    SigningCertificates.subjectSurname(certificate).orElse(""));
        }
    }

    private static String checked(FieldReader fields, String name, Pattern pattern, String message) {
        String value = fields.string(name).orElse(null);
        if (value != null && !pattern.matcher(value).matches()) {
            fields.error(name, "INVALID", message);
            return null;
        }
        return value;
    }

    private static byte[] base64(FieldReader fields, String name) {
        String text = fields.requiredString(name).orElse(null);
        if (text == null) {
            return null;
        }
        try {
            byte[] bytes = Base64.getDecoder().decode(text.replaceAll("\\s", ""));
            if (bytes.length == 0) {
                fields.error(name, "REQUIRED", "must not be empty");
                return null;
            }
            return bytes;
        } catch (IllegalArgumentException e) {
            fields.error(name, "INVALID_BASE64", "must be Base64");
            return null;
        }
    }

    private static final class Challenge {
        final String id;
        final String method;
        final byte[] hash;
        final String expectedPersonalCode;
        final String accountId;
        final Instant expiresAt;
        boolean used; // guarded by this

        Challenge(String id, String method, byte[] hash, String expectedPersonalCode, String accountId,
                  Instant expiresAt) {
            this.id = id;
            this.method = method;
            this.hash = hash;
            this.expectedPersonalCode = expectedPersonalCode;
            this.accountId = accountId;
            this.expiresAt = expiresAt;
        }
    }

    private record Proof(String personalCode, String givenName, String surname) {
    }
}
