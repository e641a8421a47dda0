package lt.savitarna.sdk.internal.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import jakarta.json.Json;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class IsoDateTimesTest {

    @ParameterizedTest
    @ValueSource(strings = {"2026-11-24T10:15:30Z", "2026-11-24T10:15:30.5Z", "2026-11-24T10:15:30.123456789Z",
            "2026-11-24T10:15:30.120Z", "2026-11-24T10:15:30+02:00", "2026-11-24T00:15:30.25+02:00",
            "2026-01-01T01:00:00-05:30", "1970-01-01T00:00:00Z", "1969-12-31T23:59:59.999999999Z",
            "2024-02-29T12:00:00Z", "0000-01-01T00:00:00Z", "9999-12-31T23:59:59+18:00",
            "2026-11-24T10:15:30-18:00", "2026-11-24T10:15:30-00:00"})
    void readsTheCommonShapeExactlyAsInstantParse(String text) {
        Instant fast = IsoDateTimes.parseCommon(text);
        assertNotNull(fast, text);
        assertEquals(Instant.parse(text), fast, text);
    }

    @ParameterizedTest
    @ValueSource(strings = {"2026-11-24T10:15:30", "2026-11-24 10:15:30Z", "2026-11-24t10:15:30Z",
            "2026-11-24T10:15:30z", "2026-11-24T10:15Z", "2026-11-24T10:15:30.Z", "2026-11-24T10:15:30.1234567890Z",
            "2026-11-24T24:00:00Z", "2026-11-24T23:59:60Z", "2026-02-29T10:15:30Z", "2026-04-31T10:15:30Z",
            "2026-13-01T10:15:30Z", "2026-11-24T10:15:30+18:01", "2026-11-24T10:15:30+0200", "2026-11-24T10:15:30+02",
            "+12026-11-24T10:15:30Z", "2026-11-24T10:15:30ZZ", "2026-11-2AT10:15:30Z", "2026-11-24T10:15:30+02:00:00",
            "２０２６-11-24T10:15:30Z"})
    void leavesEveryOtherShapeToTheGeneralParser(String text) {
        assertNull(IsoDateTimes.parseCommon(text), text);
    }

    @Test
    void agreesWithInstantParseOnRandomTimestamps() {
        Random random = new Random(20261124);
        for (int i = 0; i < 20_000; i++) {
            String text = randomTimestamp(random);
            Instant fast = IsoDateTimes.parseCommon(text);
            Instant general;
            try {
                general = Instant.parse(text);
            } catch (DateTimeParseException e) {
                assertNull(fast, text);
                continue;
            }
            if (fast != null) {
                assertEquals(general, fast, text);
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"2026-11-24", "2024-02-29", "0000-01-01", "9999-12-31", "1970-01-01"})
    void readsPlainDatesExactlyAsLocalDateParse(String text) {
        assertEquals(LocalDate.parse(text), IsoDateTimes.parseCommonDate(text), text);
    }

    @ParameterizedTest
    @ValueSource(strings = {"2026-02-29", "2026-04-31", "2026-13-01", "2026-00-10", "2026-01-00", "2026-1-01",
            "20261124", "+2026-11-24", "2026-11-24Z", "2026/11/24", "2026-11-2A"})
    void leavesOtherDatesToTheGeneralParser(String text) {
        assertNull(IsoDateTimes.parseCommonDate(text), text);
    }

    @Test
    void fieldsOfOtherShapesStillParseOrAreMalformed() {
        var o = Json.createObjectBuilder().add("a", "2016-12-31T23:59:60Z").add("b", "2026-04-31T10:15:30Z")
                .add("c", "2026-11-24T10:15:30.5+02:00").build();
        assertEquals(Instant.parse("2016-12-31T23:59:59Z"), JsonFields.instant(o, "a"));
        assertThrows(MalformedJsonException.class, () -> JsonFields.instant(o, "b"));
        assertEquals(Instant.parse("2026-11-24T08:15:30.5Z"), JsonFields.instant(o, "c"));
        var d = Json.createObjectBuilder().add("ok", "2026-11-24").add("bad", "2026-02-30").add("long", "+12026-01-01")
                .build();
        assertEquals(LocalDate.of(2026, 11, 24), JsonFields.date(d, "ok"));
        assertThrows(MalformedJsonException.class, () -> JsonFields.date(d, "bad"));
        assertEquals(LocalDate.of(12026, 1, 1), JsonFields.date(d, "long"));
    }

    private static String randomTimestamp(Random r) {
        StringBuilder b = new StringBuilder();
        b.append(String.format("%04d-%02d-%02dT%02d:%02d:%02d", r.nextInt(10000), r.nextInt(14), r.nextInt(33),
                r.nextInt(26), r.nextInt(61), r.nextInt(62)));
        if (r.nextBoolean()) {
            b.append('.');
            int digits = r.nextInt(11);
            for (int i = 0; i < digits; i++) {
                b.append((char) ('0' + r.nextInt(10)));
            }
        }
        switch (r.nextInt(3)) {
            case 0 -> b.append('Z');
            case 1 -> b.append(String.format("%c%02d:%02d", r.nextBoolean() ? '+' : '-', r.nextInt(20), r.nextInt(61)));
            default -> { }
        }
        return b.toString();
    }
}
