package lt.savitarna.sdk.testkit.sandbox.internal;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import lt.savitarna.sdk.testkit.sandbox.SandboxFault;
import lt.savitarna.sdk.testkit.sandbox.internal.workspace.HelpRecords;
import lt.savitarna.sdk.testkit.sandbox.internal.workspace.OrderRecord;
import lt.savitarna.sdk.testkit.sandbox.internal.workspace.Workspace;

/**
 * The test hooks under {@code /_sandbox} (never part of the portal contract): identity
 * confirmation, extra representations, faults, counters and reset.
 */
public final class SandboxEndpoints {

    private static final Pattern PERSONAL_CODE = Pattern.compile("\\d{11}");
    private static final Pattern METHOD = Pattern.compile("[A-Z][A-Z_]{0,39}");

    private SandboxEndpoints() {
    }

    static void register(Router router, SandboxEngine engine) {
        router.add("POST", "/_sandbox/accounts/{email}/confirm-identity", Access.PUBLIC, Idempotency.NONE,
                context -> confirmIdentity(context, engine));
        router.add("POST", "/_sandbox/representations", Access.PUBLIC, Idempotency.NONE,
                SandboxEndpoints::grantRepresentation);
        router.add("GET", "/_sandbox/faults", Access.PUBLIC, Idempotency.NONE,
                context -> Response.json(200, faults(engine.faults())));
        router.add("POST", "/_sandbox/faults", Access.PUBLIC, Idempotency.NONE, context -> {
            SandboxFault fault = parseFault(context.jsonBody());
            engine.faults().add(fault);
            return Response.json(201, fault(fault, fault.times()));
        });
        router.add("DELETE", "/_sandbox/faults", Access.PUBLIC, Idempotency.NONE, context -> {
            engine.faults().clear();
            return Response.noContent();
        });
        router.add("GET", "/_sandbox/counters", Access.PUBLIC, Idempotency.NONE,
                context -> Response.json(200, counters(engine)));
        router.add("DELETE", "/_sandbox/counters", Access.PUBLIC, Idempotency.NONE, context -> {
            engine.resetCounters();
            return Response.noContent();
        });
        router.add("POST", "/_sandbox/reset", Access.PUBLIC, Idempotency.NONE, context -> {
            engine.reset();
            return Response.noContent();
        });
    }

    static Response confirmIdentity(RequestContext context, SandboxEngine engine) {
        FieldReader fields = new FieldReader(context.jsonBody());
        String personalCode = fields.requiredString("personalCode").orElse(null);
        if (personalCode != null && !PERSONAL_CODE.matcher(personalCode).matches()) {
            fields.error("personalCode", "INVALID_PERSONAL_CODE", "must be 11 digits");
        }
        String method = fields.string("method").orElse("SMART_ID");
        if (!METHOD.matcher(method).matches()) {
            fields.error("method", "INVALID_VALUE", "must be SMART_ID, MOBILE_ID or OTHER");
        }
        String givenName = fields.string("givenName").filter(s -> !s.isBlank()).orElse(null);
        String surname = fields.string("surname").filter(s -> !s.isBlank()).orElse(null);
        fields.throwIfInvalid();
        Account account = engine.confirmIdentity(context.pathVariable("email"), personalCode, method, givenName,
                surname);
        return Response.json(200, Views.me(account));
    }

    static Response grantRepresentation(RequestContext context) {
        FieldReader fields = new FieldReader(context.jsonBody());
        String personalCode = fields.requiredString("personalCode").orElse(null);
        String companyId = fields.requiredString("companyId").orElse(null);
        String partyName = fields.requiredString("partyName").orElse(null);
        String partyCode = fields.requiredString("partyCode").orElse(null);
        fields.throwIfInvalid();
        if (context.state().companies().stream().noneMatch(c -> c.id().equals(companyId))) {
            throw new ProblemException(Problem.notFound("No group company " + companyId));
        }
        String partyId = context.state().grantRepresentation(personalCode, companyId, partyName, partyCode, null);
        return Response.json(201, Json.object().add("partyId", partyId).build());
    }

    static SandboxFault parseFault(JsonObject body) {
        FieldReader fields = new FieldReader(body);
        String method = fields.string("method").orElse("*");
        String path = fields.requiredString("path").orElse(null);
        long times = fields.integer("times").orElse(1L);
        String action = fields.requiredString("action").orElse(null);
        long status = fields.integer("status").orElse(0L);
        String code = fields.string("code").orElse(null);
        Long retryAfterSeconds = fields.integer("retryAfterSeconds").orElse(null);
        long delayMillis = fields.integer("delayMillis").orElse(0L);
        fields.throwIfInvalid();
        try {
            SandboxFault.Builder builder = SandboxFault.on(method, path).times(Math.toIntExact(times));
            Duration retryAfter = retryAfterSeconds == null ? null : Duration.ofSeconds(retryAfterSeconds);
            return switch (SandboxFault.Action.valueOf(action)) {
                case STATUS -> builder.status(Math.toIntExact(status), code, retryAfter);
                case DROP_BEFORE_PROCESSING -> builder.dropBeforeProcessing();
                case DROP_AFTER_COMMIT -> builder.dropAfterCommit();
                case TRUNCATE_BODY -> builder.truncateBody();
                case DELAY -> builder.delay(Duration.ofMillis(delayMillis));
                case MALFORMED_JSON -> status == 0 ? builder.malformedJson() : builder.malformedJson(Math.toIntExact(status));
            };
        } catch (IllegalArgumentException | ArithmeticException e) {
            throw new ProblemException(Problem.validation(List.of(
                    new FieldError("body", "INVALID_VALUE", String.valueOf(e.getMessage())))));
        }
    }

    static JsonObject faults(FaultPlan plan) {
        JsonArrayBuilder items = Json.array();
        plan.waiting().forEach(waiting -> items.add(fault(waiting.fault(), waiting.remaining())));
        return Json.object().add("items", items).build();
    }

    static JsonObject fault(SandboxFault fault, int remaining) {
        JsonObjectBuilder body = Json.object()
                .add("method", fault.method())
                .add("path", fault.pathRegex())
                .add("action", fault.action().name())
                .add("remaining", remaining);
        if (fault.status() != 0) {
            body.add("status", fault.status());
        }
        if (fault.code() != null) {
            body.add("code", fault.code());
        }
        fault.retryAfter().ifPresent(d -> body.add("retryAfterSeconds", d.toSeconds()));
        fault.delay().ifPresent(d -> body.add("delayMillis", d.toMillis()));
        return body.build();
    }

    static JsonObject counters(SandboxEngine engine) {
        JsonObjectBuilder requests = Json.object();
        engine.counters().snapshot().forEach(requests::add);
        Map<String, Long> byEmail = new TreeMap<>();
        engine.state().accounts().forEach(a -> byEmail.merge(Account.emailKey(a.email()), 1L, Long::sum));
        JsonObjectBuilder accounts = Json.object();
        byEmail.forEach(accounts::add);
        Map<String, Long> ordersByKey = new TreeMap<>();
        Map<String, Long> ordersByOffer = new TreeMap<>();
        Map<String, Long> uploadsByKey = new TreeMap<>();
        long orders = 0;
        long uploads = 0;
        long signatures = 0;
        for (Workspace workspace : engine.workspaces().workspaces()) {
            for (OrderRecord order : workspace.orders()) {
                orders++;
                ordersByOffer.merge(order.offerId(), 1L, Long::sum);
                if (order.idempotencyKey() != null) {
                    ordersByKey.merge(order.idempotencyKey(), 1L, Long::sum);
                }
            }
            for (HelpRecords.Upload upload : workspace.uploads()) {
                uploads++;
                if (upload.idempotencyKey() != null) {
                    uploadsByKey.merge(upload.idempotencyKey(), 1L, Long::sum);
                }
            }
            signatures += workspace.count(signature -> signature.completion() != null && !signature.seeded());
        }
        JsonObjectBuilder byKey = Json.object();
        ordersByKey.forEach(byKey::add);
        JsonObjectBuilder byOffer = Json.object();
        ordersByOffer.forEach(byOffer::add);
        JsonObjectBuilder uploadKeys = Json.object();
        uploadsByKey.forEach(uploadKeys::add);
        return Json.object()
                .add("requests", requests)
                .add("successfulRefreshes", engine.state().successfulRefreshes())
                .add("accounts", accounts)
                .add("orders", Json.object().add("total", orders).add("byIdempotencyKey", byKey)
                        .add("byOffer", byOffer))
                .add("uploads", Json.object().add("total", uploads).add("byIdempotencyKey", uploadKeys))
                .add("completedSignatures", signatures)
                .build();
    }
}
