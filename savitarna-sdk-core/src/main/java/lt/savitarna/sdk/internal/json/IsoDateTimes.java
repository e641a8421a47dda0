package lt.savitarna.sdk.internal.json;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;

/**
 * Reads the shapes of timestamp and date the portal sends, {@code 2026-11-24T10:15:30Z} (with an
 * optional fraction of up to nine digits and a {@code Z} or {@code ±hh:mm} offset) and
 * {@code 2026-11-24}, without a {@code DateTimeFormatter}: a document page has three such fields
 * per document, and the general parser was a quarter of the time spent reading a page. Anything
 * else (or anything out of range) is left to {@link Instant#parse} and {@link LocalDate#parse},
 * which give the same result for every string read here.
 *
 * <pre>{@code
 * Instant t = IsoDateTimes.parseCommon("2026-11-24T10:15:30.25+02:00"); // null if not this shape
 * LocalDate d = IsoDateTimes.parseCommonDate("2026-11-24");
 * }</pre>
 */
final class IsoDateTimes {

    private static final int SECONDS_PER_DAY = 86_400;
    private static final int MAX_OFFSET_HOURS = 18;

    private IsoDateTimes() {
    }

    /** The instant, or {@code null} when {@code s} is not of the common shape or not a valid date and time. */
    static Instant parseCommon(String s) {
        int n = s.length();
        if (n < 20 || s.charAt(4) != '-' || s.charAt(7) != '-' || s.charAt(10) != 'T' || s.charAt(13) != ':'
                || s.charAt(16) != ':') {
            return null;
        }
        int year = digits(s, 0, 4);
        int month = digits(s, 5, 2);
        int day = digits(s, 8, 2);
        int hour = digits(s, 11, 2);
        int minute = digits(s, 14, 2);
        int second = digits(s, 17, 2);
        if ((year | month | day | hour | minute | second) < 0 || hour > 23 || minute > 59 || second > 59) {
            return null;
        }
        int i = 19;
        int nanos = 0;
        if (s.charAt(i) == '.') {
            int start = ++i;
            while (i < n && i - start < 10 && isDigit(s.charAt(i))) {
                nanos = nanos * 10 + (s.charAt(i) - '0');
                i++;
            }
            int count = i - start;
            if (count == 0 || count > 9) {
                return null;
            }
            for (int k = count; k < 9; k++) {
                nanos *= 10;
            }
        }
        int offsetSeconds;
        if (i == n - 1 && s.charAt(i) == 'Z') {
            offsetSeconds = 0;
        } else if (i == n - 6 && (s.charAt(i) == '+' || s.charAt(i) == '-') && s.charAt(i + 3) == ':') {
            int offsetHours = digits(s, i + 1, 2);
            int offsetMinutes = digits(s, i + 4, 2);
            if ((offsetHours | offsetMinutes) < 0 || offsetHours > MAX_OFFSET_HOURS || offsetMinutes > 59
                    || offsetHours == MAX_OFFSET_HOURS && offsetMinutes > 0) {
                return null;
            }
            offsetSeconds = (offsetHours * 3600 + offsetMinutes * 60) * (s.charAt(i) == '-' ? -1 : 1);
        } else {
            return null;
        }
        long epochDay;
        try {
            epochDay = LocalDate.of(year, month, day).toEpochDay();
        } catch (DateTimeException e) {
            return null; // e.g. 31 April: the general parser says why
        }
        long epochSecond = epochDay * SECONDS_PER_DAY + hour * 3600L + minute * 60L + second - offsetSeconds;
        return Instant.ofEpochSecond(epochSecond, nanos);
    }

    /**
     * The date of a plain {@code yyyy-mm-dd}, or {@code null} when {@code s} is not of that shape
     * or not a valid date; {@link LocalDate#parse} gives the same result for every string read here.
     */
    static LocalDate parseCommonDate(String s) {
        if (s.length() != 10 || s.charAt(4) != '-' || s.charAt(7) != '-') {
            return null;
        }
        int year = digits(s, 0, 4);
        int month = digits(s, 5, 2);
        int day = digits(s, 8, 2);
        if ((year | month | day) < 0) {
            return null;
        }
        try {
            return LocalDate.of(year, month, day);
        } catch (DateTimeException e) {
            return null;
        }
    }

    /** The decimal value of {@code count} ASCII digits at {@code from}, or -1 if one is not a digit. */
    private static int digits(String s, int from, int count) {
        int value = 0;
        for (int i = from; i < from + count; i++) {
            char c = s.charAt(i);
            if (!isDigit(c)) {
                return -1;
            }
            value = value * 10 + (c - '0');
        }
        return value;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
