package lanes.grade;

/** Go's duration syntax ({@code time.ParseDuration}): "10s", "1m30s", "1.5h", "250ms", "-" not allowed here. */
final class GoDuration {
    private GoDuration() {}

    /** Nanoseconds, or -1 when the text is not a positive Go duration. */
    static long parse(String s) {
        if (s.isEmpty()) return -1;
        if (s.equals("0")) return 0;
        double total = 0;
        int i = 0;
        while (i < s.length()) {
            int start = i;
            while (i < s.length() && (Character.isDigit(s.charAt(i)) || s.charAt(i) == '.')) i++;
            if (i == start) return -1;
            double v;
            try {
                v = Double.parseDouble(s.substring(start, i));
            } catch (NumberFormatException e) {
                return -1;
            }
            int u = i;
            while (i < s.length() && !Character.isDigit(s.charAt(i)) && s.charAt(i) != '.') i++;
            double unit = switch (s.substring(u, i)) {
                case "ns" -> 1;
                case "us", "µs", "μs" -> 1e3;
                case "ms" -> 1e6;
                case "s" -> 1e9;
                case "m" -> 60e9;
                case "h" -> 3600e9;
                default -> -1;
            };
            if (unit < 0) return -1;
            total += v * unit;
        }
        return total > Long.MAX_VALUE / 2 ? -1 : (long) total;
    }
}
