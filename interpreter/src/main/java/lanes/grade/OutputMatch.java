package lanes.grade;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The {@code output} check: stdout against {@code expect} by one of the four match modes.
 * Returns null when the output matches, else a sentence saying where it differs.
 * {@code regex} is Java's syntax searched anywhere in the output (like Go's
 * {@code regexp.MatchString}); the common RE2 subset means the same in both.
 */
final class OutputMatch {
    private OutputMatch() {}

    static String mismatch(Check.Match match, String expect, String got) {
        return switch (match) {
            case EXACT -> exact(trimFinalNewline(expect), trimFinalNewline(got));
            case LINES_ANY_ORDER -> anyOrder(lines(expect), lines(got));
            case REGEX -> Pattern.compile(expect).matcher(got).find() ? null
                    : "the output does not match the regular expression " + quote(expect);
            case CONTAINS -> got.contains(expect) ? null : "the output does not contain " + quote(expect);
        };
    }

    static String trimFinalNewline(String s) {
        return s.endsWith("\n") ? s.substring(0, s.length() - 1) : s;
    }

    private static List<String> lines(String s) {
        s = trimFinalNewline(s);
        return s.isEmpty() ? List.of() : List.of(s.split("\n", -1));
    }

    private static String exact(String want, String got) {
        if (want.equals(got)) return null;
        List<String> w = lines(want), g = lines(got);
        for (int i = 0; i < Math.max(w.size(), g.size()); i++) {
            String a = i < w.size() ? w.get(i) : null, b = i < g.size() ? g.get(i) : null;
            if (a != null && a.equals(b)) continue;
            if (b == null) return "the output ends after line " + i + "; expected line " + (i + 1) + ": " + quote(a);
            if (a == null) return "unexpected extra output at line " + (i + 1) + ": " + quote(b);
            return "line " + (i + 1) + ": expected " + quote(a) + ", got " + quote(b);
        }
        return "the output differs from the expected output only in its final newlines";
    }

    private static String anyOrder(List<String> want, List<String> got) {
        Map<String, Integer> left = new HashMap<>();
        for (String l : want) left.merge(l, 1, Integer::sum);
        List<String> extra = new ArrayList<>();
        for (String l : got) {
            Integer n = left.get(l);
            if (n == null) extra.add(l);
            else if (n == 1) left.remove(l);
            else left.put(l, n - 1);
        }
        if (left.isEmpty() && extra.isEmpty()) return null;
        List<String> missing = new ArrayList<>();
        for (String l : want) {
            Integer n = left.get(l);
            if (n != null && n > 0) {
                missing.add(l);
                left.put(l, n - 1);
            }
        }
        StringBuilder sb = new StringBuilder();
        if (!missing.isEmpty()) sb.append("missing ").append(plural(missing.size(), "line")).append(": ").append(some(missing));
        if (!extra.isEmpty()) {
            if (sb.length() > 0) sb.append("; ");
            sb.append("unexpected ").append(plural(extra.size(), "line")).append(": ").append(some(extra));
        }
        return sb.toString();
    }

    private static String some(List<String> ls) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < Math.min(3, ls.size()); i++) sb.append(i > 0 ? ", " : "").append(quote(ls.get(i)));
        if (ls.size() > 3) sb.append(", …");
        return sb.toString();
    }

    static String plural(int n, String w) {
        return n + " " + w + (n == 1 ? "" : "s");
    }

    static String quote(String s) {
        StringBuilder sb = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            switch (c) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                case '\n' -> sb.append("\\n");
                case '\t' -> sb.append("\\t");
                default -> sb.append(c);
            }
        }
        return sb.append('"').toString();
    }
}
