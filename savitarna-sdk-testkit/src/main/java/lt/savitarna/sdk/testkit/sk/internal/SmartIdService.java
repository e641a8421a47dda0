package lt.savitarna.sdk.testkit.sk.internal;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import lt.savitarna.sdk.signature.HashType;
import lt.savitarna.sdk.signing.SmartIdVerificationCode;
import lt.savitarna.sdk.signature.identity.InvalidPersonalCodeException;
import lt.savitarna.sdk.signature.identity.NationalIdentity;
import lt.savitarna.sdk.testkit.sk.SimulatorSession.Operation;
import lt.savitarna.sdk.testkit.sk.SmartIdTestAccount;

/**
 * The Smart-ID relying-party API v2, as SK's service answers it for its demo accounts: session
 * creation with SK's request validation, idempotent repeats within 15 seconds, long-polled
 * session status, and results signed with the account's keys.
 */
public final class SmartIdService implements SimService {

    static final Duration IDEMPOTENCY_WINDOW = Duration.ofSeconds(15);
    static final long MIN_POLL_MILLIS = 1_000;
    static final long MAX_POLL_MILLIS = 120_000;
    static final long DEFAULT_POLL_MILLIS = (MIN_POLL_MILLIS + MAX_POLL_MILLIS) / 2;
    private static final int MAX_RELYING_PARTY_NAME_BYTES = 32;
    private static final int MAX_NONCE_LENGTH = 30;
    private static final Set<String> TEXT_60_INTERACTIONS = Set.of("displayTextAndPIN", "verificationCodeChoice");
    private static final Set<String> TEXT_200_INTERACTIONS =
            Set.of("confirmationMessage", "confirmationMessageAndVerificationCodeChoice");
    private static final Set<String> KNOWN_REQUEST_PROPERTIES = Set.of("shareMdClientIpAddress");
    private static final JsonObject RUNNING = SimJson.object().add("state", "RUNNING").build();

    private final String relyingPartyUuid;
    private final String relyingPartyName;
    private final Completions completions;
    private final Clock clock;
    private final PkiMaterial pki;
    private final SessionRegistry sessions = new SessionRegistry();
    private final Map<String, Recent> recentRequests = new HashMap<>();

    /** @param completionDelay how long a person takes to answer; {@code null} to answer only when told */
    public SmartIdService(String relyingPartyUuid, String relyingPartyName, Duration completionDelay, Clock clock,
                          PkiMaterial pki) {
        this.relyingPartyUuid = Objects.requireNonNull(relyingPartyUuid, "relyingPartyUuid");
        this.relyingPartyName = Objects.requireNonNull(relyingPartyName, "relyingPartyName");
        this.completions = new Completions(completionDelay);
        this.clock = Objects.requireNonNull(clock, "clock");
        this.pki = Objects.requireNonNull(pki, "pki");
    }

    @Override
    public SessionRegistry sessions() {
        return sessions;
    }

    @Override
    public Completions completions() {
        return completions;
    }

    @Override
    public void handle(Call call, SimHttpServer server) {
        String[] segments = call.path().isEmpty() ? new String[0] : call.path().split("/", -1);
        if (segments.length == 2 && "session".equals(segments[0])) {
            requireMethod(call, "GET");
            status(call, server, segments[1]);
            return;
        }
        if (segments.length == 3 && ("etsi".equals(segments[1]) || "document".equals(segments[1]))) {
            Optional<Operation> operation = operation(segments[0]);
            if (operation.isPresent()) {
                requireMethod(call, "POST");
                start(call, server, operation.get(), "etsi".equals(segments[1]), decode(segments[2]));
                return;
            }
        }
        throw error(404, "Not Found", "No such resource");
    }

    private void start(Call call, SimHttpServer server, Operation operation, boolean bySemanticsIdentifier,
                       String identifier) {
        JsonObject body = SimJson.parseObject(call.body(), badRequest("The request body must be a JSON object"));
        String uuid = required(body, "relyingPartyUUID");
        String name = required(body, "relyingPartyName");
        if (name.getBytes(StandardCharsets.UTF_8).length > MAX_RELYING_PARTY_NAME_BYTES) {
            throw badRequest("relyingPartyName must not be longer than 32 bytes in UTF-8");
        }
        if (!relyingPartyUuid.equals(uuid) || !relyingPartyName.equalsIgnoreCase(name)) {
            throw error(401, "Unauthorized", "Relying party authentication failed");
        }
        String requestedLevel = certificateLevel(body, operation);
        optional(body, "nonce").ifPresent(nonce -> {
            if (nonce.isEmpty() || nonce.length() > MAX_NONCE_LENGTH) {
                throw badRequest("nonce must be 1 to 30 characters long");
            }
        });
        List<String> ignoredProperties = requestProperties(body);
        capabilities(body);
        SignedHash signedHash = null;
        Interaction interaction = null;
        if (operation != Operation.CERTIFICATE_CHOICE) {
            signedHash = signedHash(body);
            interaction = interactions(body);
        }
        SmartIdTestAccount account = account(bySemanticsIdentifier, identifier);
        if ("QUALIFIED".equals(requestedLevel) && !"QUALIFIED".equals(account.certificateLevel())) {
            throw error(471, "No suitable account",
                    "No suitable account of requested type found, but user has some other accounts");
        }
        Instant now = clock.instant();
        sessions.purge(now);
        String requestKey = call.path() + '\n' + new String(call.body(), StandardCharsets.UTF_8);
        String sessionId;
        synchronized (recentRequests) {
            recentRequests.values().removeIf(recent -> recent.at.plus(IDEMPOTENCY_WINDOW).isBefore(now));
            Recent recent = recentRequests.get(requestKey);
            if (recent != null && sessions.find(recent.sessionId, now).isPresent()) {
                sessionId = recent.sessionId;
            } else {
                sessionId = UUID.randomUUID().toString();
                SimSession session = new SimSession(sessionId, operation, account.documentNumber(),
                        signedHash == null ? null : SmartIdVerificationCode.of(signedHash.hash).digits(),
                        interaction == null ? null : interaction.text, now);
                sessions.add(session);
                recentRequests.put(requestKey, new Recent(sessionId, now));
                Started started = new Started(session, account, signedHash, interaction, ignoredProperties);
                completions.schedule(sessionId, () -> complete(started, server), server);
            }
        }
        call.answer(200, sessionCreated(sessionId));
    }

    private void status(Call call, SimHttpServer server, String sessionId) {
        long timeoutMillis = call.query("timeoutMs").map(SmartIdService::timeoutMillis).orElse(DEFAULT_POLL_MILLIS);
        SimSession session = sessions.find(decode(sessionId), clock.instant())
                .orElseThrow(() -> error(404, "Not Found", "Session does not exist or has expired"));
        session.poll(call, Duration.ofMillis(timeoutMillis), RUNNING, false, server.scheduler(), server.workers());
    }

    private void complete(Started started, SimHttpServer server) {
        SmartIdTestAccount account = started.account;
        String endResult = account.endResult();
        JsonObjectBuilder result = SimJson.object().add("endResult", endResult);
        JsonObjectBuilder answer = SimJson.object().add("state", "COMPLETE");
        if ("OK".equals(endResult)) {
            result.add("documentNumber", account.documentNumber());
            answer.add("result", result);
            PersonSpec person = TestPeople.of(account);
            Operation operation = started.session.operation();
            if (operation == Operation.CERTIFICATE_CHOICE) {
                answer.add("cert", certificate(pki.person(person, KeyPurpose.SIGNING), account));
            } else {
                Credential credential = pki.person(person,
                        operation == Operation.AUTHENTICATION ? KeyPurpose.AUTHENTICATION : KeyPurpose.SIGNING);
                byte[] signature = DeviceSignatures.rsaOverDigestInfo(credential.privateKey(),
                        started.signedHash.type, started.signedHash.hash);
                answer.add("signature", SimJson.object()
                        .add("value", Base64.getEncoder().encodeToString(signature))
                        .add("algorithm", started.signedHash.type.name().toLowerCase(java.util.Locale.ROOT)
                                + "WithRSAEncryption"));
                if (operation == Operation.AUTHENTICATION) {
                    answer.add("cert", certificate(credential, account));
                }
                answer.add("interactionFlowUsed", started.interaction.type);
            }
        } else {
            answer.add("result", result);
        }
        if (!started.ignoredProperties.isEmpty()) {
            answer.add("ignoredProperties", SimJson.array(started.ignoredProperties));
        }
        started.session.complete(endResult, answer.build(), clock.instant(), server.workers());
    }

    private static JsonObjectBuilder certificate(Credential credential, SmartIdTestAccount account) {
        return SimJson.object()
                .add("value", PkiMaterial.base64(credential.certificate()))
                .add("certificateLevel", account.certificateLevel());
    }

    private static SmartIdTestAccount account(boolean bySemanticsIdentifier, String identifier) {
        if (bySemanticsIdentifier) {
            NationalIdentity identity;
            try {
                identity = NationalIdentity.parse(identifier);
            } catch (InvalidPersonalCodeException e) {
                throw badRequest("The semantics identifier must read TTTCC-identifier, e.g. PNOLT-30303039914");
            }
            return SmartIdTestAccount.bySemanticsIdentifier(identity.semanticsIdentifier())
                    .orElseThrow(() -> error(404, "Not Found", "No such account"));
        }
        return SmartIdTestAccount.byDocumentNumber(identifier)
                .orElseThrow(() -> error(404, "Not Found", "No such document"));
    }

    private static String certificateLevel(JsonObject body, Operation operation) {
        String level = optional(body, "certificateLevel").orElse("QUALIFIED");
        switch (level) {
            case "ADVANCED", "QUALIFIED" -> {
                return level;
            }
            case "QSCD" -> {
                // QSCD means a qualified certificate on a QSCD; only choosing a certificate and
                // signing accept it.
                if (operation == Operation.AUTHENTICATION) {
                    throw badRequest("certificateLevel QSCD is not accepted for authentication");
                }
                return "QUALIFIED";
            }
            default -> throw badRequest("certificateLevel must be ADVANCED, QUALIFIED or QSCD");
        }
    }

    private static SignedHash signedHash(JsonObject body) {
        String typeName = required(body, "hashType");
        HashType type;
        try {
            type = HashType.valueOf(typeName);
        } catch (IllegalArgumentException e) {
            throw badRequest("hashType must be SHA256, SHA384 or SHA512");
        }
        byte[] hash;
        try {
            hash = Base64.getDecoder().decode(required(body, "hash"));
        } catch (IllegalArgumentException e) {
            throw badRequest("hash must be Base64 encoded");
        }
        if (hash.length != type.digestLength()) {
            throw badRequest("The length of the hash must match hashType " + typeName);
        }
        return new SignedHash(type, hash);
    }

    /** Checks the allowed interactions and returns the one the simulated app uses: the first. */
    private static Interaction interactions(JsonObject body) {
        JsonValue value = body.get("allowedInteractionsOrder");
        if (value == null || value.getValueType() != JsonValue.ValueType.ARRAY || value.asJsonArray().isEmpty()) {
            throw badRequest("allowedInteractionsOrder must be a non-empty array");
        }
        List<Interaction> interactions = new ArrayList<>();
        for (JsonValue element : value.asJsonArray()) {
            if (element.getValueType() != JsonValue.ValueType.OBJECT) {
                throw badRequest("Each allowedInteractionsOrder element must be an object");
            }
            JsonObject interaction = element.asJsonObject();
            String type = required(interaction, "type");
            if (TEXT_60_INTERACTIONS.contains(type)) {
                interactions.add(new Interaction(type, text(interaction, "displayText60", 60, "displayText200", type)));
            } else if (TEXT_200_INTERACTIONS.contains(type)) {
                interactions.add(new Interaction(type, text(interaction, "displayText200", 200, "displayText60", type)));
            } else {
                throw badRequest("Unknown interaction type " + type);
            }
        }
        return interactions.get(0);
    }

    private static String text(JsonObject interaction, String name, int limit, String other, String type) {
        String text = optional(interaction, name)
                .orElseThrow(() -> badRequest(name + " is required for interaction " + type));
        if (text.isEmpty() || text.codePointCount(0, text.length()) > limit) {
            throw badRequest(name + " must be 1 to " + limit + " characters long");
        }
        if (optional(interaction, other).isPresent()) {
            throw badRequest(other + " is not allowed for interaction " + type);
        }
        return text;
    }

    /** Checks {@code requestProperties} and returns the names this service does not support. */
    private static List<String> requestProperties(JsonObject body) {
        JsonValue value = body.get("requestProperties");
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            return List.of();
        }
        if (value.getValueType() != JsonValue.ValueType.OBJECT) {
            throw badRequest("requestProperties must be an object");
        }
        List<String> ignored = new ArrayList<>();
        for (Map.Entry<String, JsonValue> property : value.asJsonObject().entrySet()) {
            if (!KNOWN_REQUEST_PROPERTIES.contains(property.getKey())) {
                ignored.add(property.getKey());
            } else if (property.getValue().getValueType() != JsonValue.ValueType.TRUE
                    && property.getValue().getValueType() != JsonValue.ValueType.FALSE) {
                throw badRequest("requestProperties." + property.getKey() + " must be true or false");
            }
        }
        return ignored;
    }

    private static void capabilities(JsonObject body) {
        JsonValue value = body.get("capabilities");
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            return;
        }
        if (value.getValueType() != JsonValue.ValueType.ARRAY) {
            throw badRequest("capabilities must be an array of strings");
        }
        JsonArray capabilities = value.asJsonArray();
        for (JsonValue capability : capabilities) {
            if (capability.getValueType() != JsonValue.ValueType.STRING) {
                throw badRequest("capabilities must be an array of strings");
            }
        }
    }

    private static long timeoutMillis(String text) {
        long millis;
        try {
            millis = Long.parseLong(text);
        } catch (NumberFormatException e) {
            throw badRequest("timeoutMs must be a whole number of milliseconds");
        }
        return Math.max(MIN_POLL_MILLIS, Math.min(MAX_POLL_MILLIS, millis));
    }

    private static Optional<Operation> operation(String segment) {
        return switch (segment) {
            case "certificatechoice" -> Optional.of(Operation.CERTIFICATE_CHOICE);
            case "authentication" -> Optional.of(Operation.AUTHENTICATION);
            case "signature" -> Optional.of(Operation.SIGNATURE);
            default -> Optional.empty();
        };
    }

    private static void requireMethod(Call call, String method) {
        if (!method.equals(call.method())) {
            throw error(405, "Method Not Allowed", "Use " + method);
        }
    }

    private static JsonObject sessionCreated(String sessionId) {
        return SimJson.object().add("sessionID", sessionId).build();
    }

    private static String required(JsonObject body, String name) {
        return optional(body, name).filter(value -> !value.isEmpty())
                .orElseThrow(() -> badRequest(name + " is required"));
    }

    private static Optional<String> optional(JsonObject body, String name) {
        return SimJson.string(body, name, badRequest(name + " must be a string"));
    }

    private static String decode(String segment) {
        return java.net.URLDecoder.decode(segment.replace("+", "%2B"), StandardCharsets.UTF_8);
    }

    private static SimHttpException badRequest(String detail) {
        return error(400, "Bad Request", detail);
    }

    private static SimHttpException error(int status, String title, String detail) {
        return new SimHttpException(status,
                SimJson.object().add("title", title).add("status", status).add("detail", detail).build());
    }

    private record SignedHash(HashType type, byte[] hash) {
    }

    private record Interaction(String type, String text) {
    }

    private record Recent(String sessionId, Instant at) {
    }

    private record Started(SimSession session, SmartIdTestAccount account, SignedHash signedHash,
                           Interaction interaction, List<String> ignoredProperties) {
    }
}
