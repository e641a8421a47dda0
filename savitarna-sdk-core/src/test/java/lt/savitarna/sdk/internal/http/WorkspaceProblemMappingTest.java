package lt.savitarna.sdk.internal.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import lt.savitarna.sdk.error.ApiException;
import lt.savitarna.sdk.error.ChecksumMismatchException;
import lt.savitarna.sdk.error.CursorExpiredException;
import lt.savitarna.sdk.error.FileTooLargeException;
import lt.savitarna.sdk.error.HelpRequestClosedException;
import lt.savitarna.sdk.error.LocalFileException;
import lt.savitarna.sdk.error.NotAMemberException;
import lt.savitarna.sdk.error.OfferExpiredException;
import lt.savitarna.sdk.error.OrderNotCancellableException;
import lt.savitarna.sdk.error.Problem;
import lt.savitarna.sdk.error.QuantityOutOfRangeException;
import lt.savitarna.sdk.error.ReadTimeoutException;
import lt.savitarna.sdk.error.SavitarnaException;
import lt.savitarna.sdk.error.UnsupportedMediaTypeException;
import lt.savitarna.sdk.error.ValidationException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class WorkspaceProblemMappingTest {

    private static final Locale LT = Locale.forLanguageTag("lt");

    @Test
    void everyWorkspaceCodeHasItsType() {
        Map<String, Class<?>> expected = Map.of(
                "NOT_A_MEMBER", NotAMemberException.class,
                "OFFER_EXPIRED", OfferExpiredException.class,
                "QUANTITY_OUT_OF_RANGE", QuantityOutOfRangeException.class,
                "ORDER_NOT_CANCELLABLE", OrderNotCancellableException.class,
                "REQUEST_CLOSED", HelpRequestClosedException.class,
                "CURSOR_EXPIRED", CursorExpiredException.class,
                "FILE_TOO_LARGE", FileTooLargeException.class,
                "UNSUPPORTED_MEDIA_TYPE", UnsupportedMediaTypeException.class,
                "RANGE_NOT_SATISFIABLE", ApiException.class);
        expected.forEach((code, type) -> {
            ApiException e = ProblemMapper.forProblem(Problem.of(400, code, "r"), null, Locale.ENGLISH);
            assertEquals(type, e.getClass(), code);
        });
        assertTrue(ProblemMapper.forProblem(Problem.of(413, "FILE_TOO_LARGE", "r"), null, Locale.ENGLISH)
                instanceof ValidationException);
    }

    @ParameterizedTest
    @ValueSource(strings = {"NOT_A_MEMBER", "OFFER_EXPIRED", "QUANTITY_OUT_OF_RANGE", "ORDER_NOT_CANCELLABLE",
        "REQUEST_CLOSED", "CURSOR_EXPIRED", "FILE_TOO_LARGE", "UNSUPPORTED_MEDIA_TYPE", "RANGE_NOT_SATISFIABLE"})
    void everyWorkspaceCodeHasItsOwnLithuanianAndEnglishText(String code) {
        ApiException e = ProblemMapper.forProblem(new Problem(null, "Title", 409, "Server detail", null, code, "r",
                List.of()), null, LT);
        String lt = e.getLocalizedMessage();
        String en = e.message(Locale.ENGLISH);
        assertNotEquals(lt, en);
        for (String text : List.of(lt, en)) {
            assertFalse(text.startsWith("error."), text);
            assertFalse(text.contains("Server detail"), text);
        }
    }

    @Test
    void theSdksOwnFailuresSpeakBothLanguages() {
        List<SavitarnaException> failures = List.of(
                new ChecksumMismatchException("doc_1", "a".repeat(64), "b".repeat(64), "r1", LT),
                new ReadTimeoutException("r2", 3, Duration.ofSeconds(30), LT, new IOException("stalled")),
                new LocalFileException(Path.of("/srv/inbox/x.pdf"), LT, new IOException("disk full")));
        for (SavitarnaException e : failures) {
            assertNotEquals(e.getLocalizedMessage(), e.message(Locale.ENGLISH));
            assertFalse(e.getLocalizedMessage().startsWith("error."), e.getLocalizedMessage());
        }
        assertTrue(failures.get(0).getMessage().contains("expected sha256 " + "a".repeat(64)), failures.get(0).getMessage());
        assertTrue(failures.get(1).getMessage().contains("idle timeout PT30S"), failures.get(1).getMessage());
        assertTrue(failures.get(1).getMessage().contains("attempts 3"), failures.get(1).getMessage());
        assertTrue(failures.get(2).getLocalizedMessage().contains("/srv/inbox/x.pdf"));
        assertEquals(Path.of("/srv/inbox/x.pdf"), ((LocalFileException) failures.get(2)).path());
    }
}
