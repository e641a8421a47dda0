package lt.savitarna.sdk.internal.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpHeaders;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import lt.savitarna.sdk.error.ApiException;
import lt.savitarna.sdk.error.UnexpectedResponseException;
import lt.savitarna.sdk.internal.account.WireMapping;
import lt.savitarna.sdk.internal.auth.TokenAnswer;
import lt.savitarna.sdk.internal.document.DocumentMapping;
import lt.savitarna.sdk.internal.help.HelpMapping;
import lt.savitarna.sdk.internal.json.JsonCodec;
import lt.savitarna.sdk.internal.json.JsonFields;
import lt.savitarna.sdk.internal.loyalty.LoyaltyMapping;
import lt.savitarna.sdk.testing.Fuzz;
import lt.savitarna.sdk.testing.Mutator;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Mutated portal answers (recorded from the sandbox, see {@code fuzz/portal-answers.tsv}) through
 * the client's own reading path: {@link Response#json} with each answer's mapper, and
 * {@link ProblemMapper} with odd headers. The result is a value or an
 * {@link UnexpectedResponseException}/{@link ApiException}: never an NPE, ClassCastException,
 * NumberFormatException, DateTimeParseException or a hang. {@code -Dfuzz.iterations=100000} for
 * the full run, {@code -Dfuzz.seed=...} to replay one.
 */
class ResponseFuzzTest {

    static final Map<String, Function<JsonObject, ?>> MAPPERS = new LinkedHashMap<>();

    static {
        MAPPERS.put("token", TokenAnswer::read);
        MAPPERS.put("account", WireMapping::account);
        MAPPERS.put("profile", WireMapping::profile);
        MAPPERS.put("consents", WireMapping::consents);
        MAPPERS.put("companies", o -> JsonFields.list(o, "items", WireMapping::company));
        MAPPERS.put("representations", o -> JsonFields.list(o, "items", WireMapping::representation));
        MAPPERS.put("document", DocumentMapping::document);
        MAPPERS.put("changes", DocumentMapping::changePage);
        MAPPERS.put("membership", LoyaltyMapping::membership);
        MAPPERS.put("offer", LoyaltyMapping::offer);
        MAPPERS.put("order", LoyaltyMapping::order);
        MAPPERS.put("helpRequest", HelpMapping::request);
        MAPPERS.put("upload", HelpMapping::upload);
        MAPPERS.put("uploads", o -> JsonFields.list(o, "items", HelpMapping::upload));
        MAPPERS.put("contacts", HelpMapping::contacts);
    }

    record Answer(String kind, byte[] body) {
    }

    static final List<Answer> ANSWERS = new ArrayList<>();
    static final List<Answer> PROBLEMS = new ArrayList<>();
    static JsonCodec codec;
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-24T12:00:00Z"), ZoneOffset.UTC);

    @BeforeAll
    static void load() throws IOException {
        codec = JsonCodec.create();
        try (InputStream in = ResponseFuzzTest.class.getResourceAsStream("/fuzz/portal-answers.tsv")) {
            assertNotNull(in, "the recorded answers");
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.isBlank()) {
                    continue;
                }
                int tab = line.indexOf('\t');
                Answer answer = new Answer(line.substring(0, tab), line.substring(tab + 1).getBytes(StandardCharsets.UTF_8));
                (answer.kind().equals("problem") ? PROBLEMS : ANSWERS).add(answer);
            }
        }
        assertTrue(MAPPERS.keySet().containsAll(ANSWERS.stream().map(Answer::kind).toList()));
        assertEquals(MAPPERS.keySet(), new java.util.HashSet<>(ANSWERS.stream().map(Answer::kind).toList()),
                "every mapper has a recorded answer");
    }

    @AfterAll
    static void close() {
        codec.close();
    }

    @Test
    void theRecordedAnswersThemselvesMapCleanly() {
        for (Answer answer : ANSWERS) {
            assertNotNull(response(200, headers("application/json", null), answer.body())
                    .json(MAPPERS.get(answer.kind())), answer.kind());
        }
    }

    @Test
    void mutatedBodiesMapToAValueOrAnUnexpectedResponse() {
        Fuzz.run("core response bodies", random -> {
            Answer answer = ANSWERS.get(random.nextInt(ANSWERS.size()));
            byte[] body = Mutator.mutate(answer.body(), random);
            return response(200, headers("application/json", null), body).json(MAPPERS.get(answer.kind()));
        }, e -> e instanceof UnexpectedResponseException);
    }

    @Test
    void mutatedProblemsAndHeadersAlwaysMapToAnApiException() {
        Fuzz.run("core problem answers and headers", random -> {
            Answer answer = PROBLEMS.get(random.nextInt(PROBLEMS.size()));
            byte[] body = random.nextInt(5) == 0 ? answer.body() : Mutator.mutate(answer.body(), random);
            int status = 400 + random.nextInt(200);
            String retryAfterHeader = Mutator.oddHeader(random);
            Duration retryAfter = RetryAfter.parse(retryAfterHeader, CLOCK);
            assertTrue(retryAfter == null || !retryAfter.isNegative(), "never a negative wait: " + retryAfter);
            HttpHeaders headers = headers(random.nextBoolean() ? "application/problem+json" : Mutator.oddHeader(random),
                    retryAfterHeader);
            ApiException e = ProblemMapper.map(status, headers, body, "req-1", retryAfter, codec, Locale.ENGLISH);
            assertEquals(status, e.status());
            assertFalse(e.getMessage().isEmpty());
            String.valueOf(e.getLocalizedMessage());
            return e;
        }, e -> false);
    }

    @Test
    void retryAfterGarbageIsUnreadableNotAnException() {
        Fuzz.run("core Retry-After", random -> {
            String value = Mutator.oddHeader(random);
            Duration wait = RetryAfter.parse(value, CLOCK);
            assertTrue(wait == null || !wait.isNegative());
            return wait;
        }, e -> false);
    }

    static Response response(int status, HttpHeaders headers, byte[] body) {
        return new Response(status, headers, "req-1", body, null, codec, Locale.ENGLISH);
    }

    static HttpHeaders headers(String contentType, String retryAfter) {
        Map<String, List<String>> map = new LinkedHashMap<>();
        if (contentType != null) {
            map.put("Content-Type", List.of(contentType));
        }
        if (retryAfter != null) {
            map.put("Retry-After", List.of(retryAfter));
        }
        return HttpHeaders.of(map, (name, value) -> true);
    }

}
