package org.openropa.retention;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A retention period: an ISO 8601 duration of years, months, weeks and days (P6Y, P30D, P1Y6M), or PERMANENT. */
public final class RetentionPeriod {

    public static final String PERMANENT = "PERMANENT";
    public static final String PATTERN = "^(PERMANENT|P(?=\\d)(\\d{1,4}Y)?(\\d{1,4}M)?(\\d{1,4}W)?(\\d{1,5}D)?)$";
    private static final Pattern PARTS = Pattern.compile("^P(?:(\\d+)Y)?(?:(\\d+)M)?(?:(\\d+)W)?(?:(\\d+)D)?$");

    private RetentionPeriod() {
    }

    public static boolean isPermanent(String period) {
        return PERMANENT.equals(period);
    }

    /** "6 years", "1 year 6 months", "30 days". */
    public static String words(String period) {
        if (isPermanent(period)) {
            return "permanently";
        }
        Matcher m = PARTS.matcher(period);
        if (!m.matches()) {
            return period;
        }
        String[] units = {"year", "month", "week", "day"};
        List<String> parts = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            if (m.group(i + 1) != null) {
                int n = Integer.parseInt(m.group(i + 1));
                parts.add(n + " " + units[i] + (n == 1 ? "" : "s"));
            }
        }
        return String.join(" ", parts);
    }
}
