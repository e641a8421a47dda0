package lt.savitarna.sdk.benchmarks;

/**
 * One line of the results table: what was measured, both sides' values, their ratio and the
 * target it is held to.
 *
 * @param section     the section letter and name
 * @param metric      what was measured, with its unit
 * @param ours        the SDK's value
 * @param theirs      the other side's value
 * @param ratio       ours / theirs
 * @param target      the target, as text, e.g. "≤ 1.05×"
 * @param met         whether the target was met
 */
record Row(String section, String metric, String ours, String theirs, double ratio, String target, boolean met) {

    static Row atMost(String section, String metric, double ours, double theirs, double limit, String unitFormat) {
        double ratio = ours / theirs;
        return new Row(section, metric, String.format(unitFormat, ours), String.format(unitFormat, theirs), ratio,
                "≤ " + limit + "×", ratio <= limit);
    }

    static Row atLeast(String section, String metric, double ours, double theirs, double limit, String unitFormat) {
        double ratio = ours / theirs;
        return new Row(section, metric, String.format(unitFormat, ours), String.format(unitFormat, theirs), ratio,
                "≥ " + limit + "×", ratio >= limit);
    }

    static Row info(String section, String metric, double ours, double theirs, String unitFormat) {
        return new Row(section, metric, String.format(unitFormat, ours), String.format(unitFormat, theirs),
                ours / theirs, "–", true);
    }

    static Row absolute(String section, String metric, double ours, String target, boolean met, String unitFormat) {
        return new Row(section, metric, String.format(unitFormat, ours), "–", Double.NaN, target, met);
    }
}
