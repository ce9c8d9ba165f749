package lanes.lib.conc;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;

/** time.Time.Format with Go's reference-time layouts (UTC only: the virtual machine's zone). */
final class TimeFormat {
    private TimeFormat() {}

    static final String[] MONTHS = {"January", "February", "March", "April", "May", "June", "July", "August",
        "September", "October", "November", "December"};
    static final String[] DAYS = {"Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"};

    static ZonedDateTime zdt(long unixNanos) {
        return Instant.ofEpochSecond(Math.floorDiv(unixNanos, 1_000_000_000L), Math.floorMod(unixNanos, 1_000_000_000L))
                .atZone(ZoneOffset.UTC);
    }

    static String format(long unixNanos, String layout) {
        ZonedDateTime t = zdt(unixNanos);
        StringBuilder sb = new StringBuilder();
        int i = 0;
        while (i < layout.length()) {
            String rest = layout.substring(i);
            if (rest.startsWith("January")) {
                sb.append(MONTHS[t.getMonthValue() - 1]);
                i += 7;
            } else if (rest.startsWith("Jan")) {
                sb.append(MONTHS[t.getMonthValue() - 1], 0, 3);
                i += 3;
            } else if (rest.startsWith("Monday")) {
                sb.append(DAYS[t.getDayOfWeek().getValue() % 7]);
                i += 6;
            } else if (rest.startsWith("Mon")) {
                sb.append(DAYS[t.getDayOfWeek().getValue() % 7], 0, 3);
                i += 3;
            } else if (rest.startsWith("MST")) {
                sb.append("UTC");
                i += 3;
            } else if (rest.startsWith("2006")) {
                sb.append(String.format("%04d", t.getYear()));
                i += 4;
            } else if (rest.startsWith("Z07:00")) {
                sb.append('Z');
                i += 6;
            } else if (rest.startsWith("-07:00")) {
                sb.append("+00:00");
                i += 6;
            } else if (rest.startsWith("-0700")) {
                sb.append("+0000");
                i += 5;
            } else if (rest.startsWith("01")) {
                sb.append(String.format("%02d", t.getMonthValue()));
                i += 2;
            } else if (rest.startsWith("02")) {
                sb.append(String.format("%02d", t.getDayOfMonth()));
                i += 2;
            } else if (rest.startsWith("_2")) {
                sb.append(String.format("%2d", t.getDayOfMonth()));
                i += 2;
            } else if (rest.startsWith("06")) {
                sb.append(String.format("%02d", t.getYear() % 100));
                i += 2;
            } else if (rest.startsWith("15")) {
                sb.append(String.format("%02d", t.getHour()));
                i += 2;
            } else if (rest.startsWith("03")) {
                sb.append(String.format("%02d", (t.getHour() + 11) % 12 + 1));
                i += 2;
            } else if (rest.startsWith("04")) {
                sb.append(String.format("%02d", t.getMinute()));
                i += 2;
            } else if (rest.startsWith("05")) {
                sb.append(String.format("%02d", t.getSecond()));
                i += 2;
            } else if (rest.startsWith("PM")) {
                sb.append(t.getHour() >= 12 ? "PM" : "AM");
                i += 2;
            } else if (rest.startsWith("pm")) {
                sb.append(t.getHour() >= 12 ? "pm" : "am");
                i += 2;
            } else if ((rest.startsWith(".0") || rest.startsWith(".9") || rest.startsWith(",0") || rest.startsWith(",9"))) {
                char d = rest.charAt(1);
                int n = 1;
                while (n < rest.length() && rest.charAt(n) == d) n++;
                int digits = n - 1;
                String ns = String.format("%09d", t.getNano()).substring(0, digits);
                if (d == '9') {
                    ns = ns.replaceAll("0+$", "");
                    if (!ns.isEmpty()) sb.append(rest.charAt(0)).append(ns);
                } else {
                    sb.append(rest.charAt(0)).append(ns);
                }
                i += n;
            } else if (rest.startsWith("1")) {
                sb.append(t.getMonthValue());
                i += 1;
            } else if (rest.startsWith("2")) {
                sb.append(t.getDayOfMonth());
                i += 1;
            } else if (rest.startsWith("3")) {
                sb.append((t.getHour() + 11) % 12 + 1);
                i += 1;
            } else if (rest.startsWith("4")) {
                sb.append(t.getMinute());
                i += 1;
            } else if (rest.startsWith("5")) {
                sb.append(t.getSecond());
                i += 1;
            } else {
                sb.append(layout.charAt(i));
                i++;
            }
        }
        return sb.toString();
    }

    /** Go's Time.String: {@code 2009-11-10 23:00:00 +0000 UTC m=+0.000000001}. */
    static String string(long unixNanos, long mono, boolean hasMono) {
        String s = format(unixNanos, "2006-01-02 15:04:05.999999999 -0700 MST");
        if (!hasMono) return s;
        String sign = mono < 0 ? "-" : "+";
        long m = Math.abs(mono);
        return s + " m=" + sign + (m / 1_000_000_000L) + "." + String.format("%09d", m % 1_000_000_000L);
    }
}
