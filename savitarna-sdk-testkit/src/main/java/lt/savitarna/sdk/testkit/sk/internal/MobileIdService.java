package lt.savitarna.sdk.testkit.sk.internal;

import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import lt.savitarna.sdk.signature.HashType;
import lt.savitarna.sdk.signing.MobileIdVerificationCode;
import lt.savitarna.sdk.testkit.sk.MobileIdTestUser;
import lt.savitarna.sdk.testkit.sk.SimulatorSession.Operation;

/**
 * The Mobile-ID REST API, as SK's service answers it for its demo test numbers: certificate
 * look-up, authentication and signing sessions, long-polled status (a newer poll of a session
 * releases the older one with {@code RUNNING}), EC signatures as raw {@code r || s}.
 */
public final class MobileIdService implements SimService {

    static final long MIN_POLL_MILLIS = 1_000;
    static final long MAX_POLL_MILLIS = 120_000;
    static final long DEFAULT_POLL_MILLIS = 10_000;
    private static final Pattern PHONE_NUMBER = Pattern.compile("\\+[0-9]{8,30}");
    private static final Pattern NATIONAL_IDENTITY_NUMBER = Pattern.compile("[0-9]{11}");
    private static final Set<String> LANGUAGES = Set.of("EST", "ENG", "RUS", "LIT");
    private static final String GSM_7 = "GSM-7";
    private static final String UCS_2 = "UCS-2";
    private static final int MAX_DISPLAY_TEXT_BYTES = 100;
    private static final String GSM_7_EXTENSION = "\f^{}\\[~]|€";
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss");

    private final String relyingPartyUuid;
    private final String relyingPartyName;
    private final Completions completions;
    private final Clock clock;
    private final PkiMaterial pki;
    private final SessionRegistry sessions = new SessionRegistry();
    private static final SecureRandom TRACE_IDS = new SecureRandom();

    /** @param completionDelay how long a person takes to answer; {@code null} to answer only when told */
    public MobileIdService(String relyingPartyUuid, String relyingPartyName, Duration completionDelay, Clock clock,
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
        if (segments.length == 1 && "certificate".equals(segments[0])) {
            requireMethod(call, "POST");
            certificate(call);
            return;
        }
        Optional<Operation> operation = segments.length == 0 ? Optional.empty() : operation(segments[0]);
        if (operation.isPresent() && segments.length == 1) {
            requireMethod(call, "POST");
            start(call, server, operation.get());
            return;
        }
        if (operation.isPresent() && segments.length == 3 && "session".equals(segments[1])) {
            requireMethod(call, "GET");
            status(call, server, operation.get(), segments[2]);
            return;
        }
        throw error(404, "Not Found");
    }

    private void certificate(Call call) {
        JsonObject body = parse(call);
        Person person = person(body);
        Optional<MobileIdTestUser> user = MobileIdTestUser.find(person.phoneNumber, person.nationalIdentityNumber)
                .filter(MobileIdTestUser::isMobileIdClient);
        JsonObjectBuilder answer = SimJson.object();
        if (user.isPresent()) {
            Credential signing = pki.person(TestPeople.of(user.get()), KeyPurpose.SIGNING);
            answer.add("result", "OK").add("cert", PkiMaterial.base64(signing.certificate()));
        } else {
            answer.add("result", "NOT_FOUND");
        }
        call.answer(200, stamped(answer).build());
    }

    private void start(Call call, SimHttpServer server, Operation operation) {
        JsonObject body = parse(call);
        Person person = person(body);
        HashType type = hashType(required(body, "hashType"));
        byte[] hash;
        try {
            hash = Base64.getDecoder().decode(required(body, "hash"));
        } catch (IllegalArgumentException e) {
            throw badRequest("Hash must be Base64 encoded");
        }
        if (hash.length != type.digestLength()) {
            throw badRequest("The length of the hash must match the type of hash");
        }
        String language = required(body, "language");
        if (!LANGUAGES.contains(language)) {
            throw badRequest("language must be one of EST, ENG, RUS, LIT");
        }
        String displayText = displayText(body);
        Instant now = clock.instant();
        sessions.purge(now);
        String sessionId = UUID.randomUUID().toString();
        SimSession session = new SimSession(sessionId, operation, person.phoneNumber,
                MobileIdVerificationCode.of(hash).digits(), displayText, now);
        sessions.add(session);
        Optional<MobileIdTestUser> user = MobileIdTestUser.find(person.phoneNumber, person.nationalIdentityNumber);
        completions.schedule(sessionId, () -> complete(session, user, type, hash, server), server);
        call.answer(200, SimJson.object().add("sessionID", sessionId).build());
    }

    private void status(Call call, SimHttpServer server, Operation operation, String sessionId) {
        long timeoutMillis = call.query("timeoutMs").map(MobileIdService::timeoutMillis).orElse(DEFAULT_POLL_MILLIS);
        SimSession session = sessions.find(sessionId, clock.instant())
                .filter(found -> found.operation() == operation)
                .orElseThrow(() -> error(404, "SessionID not found"));
        JsonObject running = stamped(SimJson.object().add("state", "RUNNING")).build();
        session.poll(call, Duration.ofMillis(timeoutMillis), running, true, server.scheduler(), server.workers());
    }

    private void complete(SimSession session, Optional<MobileIdTestUser> user, HashType type, byte[] hash,
                          SimHttpServer server) {
        String result = user.map(MobileIdTestUser::result).orElse("NOT_MID_CLIENT");
        JsonObjectBuilder answer = SimJson.object().add("state", "COMPLETE").add("result", result);
        if ("OK".equals(result)) {
            boolean authentication = session.operation() == Operation.AUTHENTICATION;
            Credential credential = pki.person(TestPeople.of(user.orElseThrow()),
                    authentication ? KeyPurpose.AUTHENTICATION : KeyPurpose.SIGNING);
            byte[] signature = DeviceSignatures.ecdsaP1363(credential.privateKey(), hash);
            answer.add("signature", SimJson.object()
                    .add("value", Base64.getEncoder().encodeToString(signature))
                    .add("algorithm", type.name() + "WithECEncryption"));
            if (authentication) {
                answer.add("cert", PkiMaterial.base64(credential.certificate()));
            }
        }
        session.complete(result, stamped(answer).build(), clock.instant(), server.workers());
    }

    private JsonObject parse(Call call) {
        return SimJson.parseObject(call.body(), badRequest("Request body must be a JSON object"));
    }

    /** Validates the fields every request has, then authorises the relying party. */
    private Person person(JsonObject body) {
        String uuid = required(body, "relyingPartyUUID");
        String name = required(body, "relyingPartyName");
        String phoneNumber = required(body, "phoneNumber");
        if (!PHONE_NUMBER.matcher(phoneNumber).matches()) {
            throw badRequest("phoneNumber must contain of + and numbers(8-30)");
        }
        String nationalIdentityNumber = required(body, "nationalIdentityNumber");
        if (!NATIONAL_IDENTITY_NUMBER.matcher(nationalIdentityNumber).matches()) {
            throw badRequest("nationalIdentityNumber must contain of 11 digits");
        }
        // The UUID is case-sensitive; the name is not.
        if (!relyingPartyUuid.equals(uuid) || !relyingPartyName.equalsIgnoreCase(name)) {
            throw error(401, "Failed to authorize user");
        }
        return new Person(phoneNumber, nationalIdentityNumber);
    }

    private static HashType hashType(String name) {
        try {
            return HashType.valueOf(name);
        } catch (IllegalArgumentException e) {
            throw badRequest("hashType must be one of SHA256, SHA384, SHA512");
        }
    }

    private static String displayText(JsonObject body) {
        Optional<String> text = optional(body, "displayText");
        String format = optional(body, "displayTextFormat").orElse(GSM_7);
        if (!GSM_7.equals(format) && !UCS_2.equals(format)) {
            throw badRequest("displayTextFormat must be GSM-7 or UCS-2");
        }
        if (text.isEmpty()) {
            return null;
        }
        int bytes = GSM_7.equals(format) ? gsm7Bytes(text.get()) : text.get().length() * 2;
        if (bytes > MAX_DISPLAY_TEXT_BYTES) {
            throw badRequest("displayText must not be longer than 100 bytes in " + format
                    + " (100 GSM-7 characters, 50 UCS-2 characters)");
        }
        return text.get();
    }

    /** GSM-7 length in septets: extension characters take two; characters GSM-7 lacks become spaces. */
    private static int gsm7Bytes(String text) {
        int bytes = 0;
        for (int i = 0; i < text.length(); i++) {
            bytes += GSM_7_EXTENSION.indexOf(text.charAt(i)) >= 0 ? 2 : 1;
        }
        return bytes;
    }

    /** Adds {@code time} and {@code traceId}, which SK's answers carry for its support staff. */
    private JsonObjectBuilder stamped(JsonObjectBuilder answer) {
        return stamped(answer, clock.instant());
    }

    private static JsonObjectBuilder stamped(JsonObjectBuilder answer, Instant now) {
        byte[] trace = new byte[8];
        TRACE_IDS.nextBytes(trace);
        return answer.add("time", TIME.format(LocalDateTime.ofInstant(now, ZoneOffset.UTC)))
                .add("traceId", HexFormat.of().formatHex(trace));
    }

    private static long timeoutMillis(String text) {
        long millis;
        try {
            millis = Long.parseLong(text);
        } catch (NumberFormatException e) {
            throw badRequest("timeoutMs must be a whole number of milliseconds");
        }
        // The service silently keeps the wait within its own bounds.
        return Math.max(MIN_POLL_MILLIS, Math.min(MAX_POLL_MILLIS, millis));
    }

    private static Optional<Operation> operation(String segment) {
        return switch (segment) {
            case "authentication" -> Optional.of(Operation.AUTHENTICATION);
            case "signature" -> Optional.of(Operation.SIGNATURE);
            default -> Optional.empty();
        };
    }

    private static void requireMethod(Call call, String method) {
        if (!method.equals(call.method())) {
            throw error(405, "Method Not Allowed");
        }
    }

    private static String required(JsonObject body, String name) {
        return optional(body, name).filter(value -> !value.isBlank())
                .orElseThrow(() -> badRequest(name + " cannot be null."));
    }

    private static Optional<String> optional(JsonObject body, String name) {
        return SimJson.string(body, name, badRequest(name + " must be a string"));
    }

    private static SimHttpException badRequest(String message) {
        return error(400, message);
    }

    private static SimHttpException error(int status, String message) {
        return new SimHttpException(status, stamped(SimJson.object().add("error", message), Instant.now()).build());
    }

    private record Person(String phoneNumber, String nationalIdentityNumber) {
    }
}
