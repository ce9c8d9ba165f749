package lanes.gotest;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * {@code go test -run REGEXP}: which tests and subtests run. As in Go's testing package the
 * pattern splits at each {@code /} outside brackets and parentheses, element i matching (not
 * anchored) the i-th element of a test's name ({@code TestAdd/big}); a top-level {@code |}
 * outside them separates alternatives, each split the same way. A name with more elements
 * than the pattern matches on its first ones. Also counts the top-level tests that ran.
 */
final class RunFilter {
    private final List<List<Pattern>> alternatives = new ArrayList<>();
    /** Top-level tests run so far. */
    int ran;

    /** Throws IllegalArgumentException with the testing package's message for a bad element. */
    RunFilter(String pattern) {
        for (String alt : split(pattern, '|')) {
            List<Pattern> elems = new ArrayList<>();
            List<String> parts = split(alt, '/');
            for (int i = 0; i < parts.size(); i++) {
                try {
                    elems.add(Pattern.compile(parts.get(i)));
                } catch (PatternSyntaxException e) {
                    throw new IllegalArgumentException("testing: invalid regexp for element " + i + " of -test.run ("
                            + quote(parts.get(i)) + "): error parsing regexp: " + re2Words(e.getDescription()) + ": `" + parts.get(i) + "`");
                }
            }
            alternatives.add(elems);
        }
    }

    /** Whether the test or subtest named by these elements runs. */
    boolean matches(List<String> name) {
        for (List<Pattern> m : alternatives) {
            boolean ok = true;
            for (int i = 0; i < name.size() && i < m.size(); i++) {
                if (!m.get(i).matcher(name.get(i)).find()) {
                    ok = false;
                    break;
                }
            }
            if (ok) return true;
        }
        return false;
    }

    /** Splits at {@code sep} outside [...] and (...), skipping backslash escapes (Go's splitRegexp). */
    static List<String> split(String s, char sep) {
        List<String> out = new ArrayList<>();
        int brackets = 0, parens = 0, start = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '[' -> brackets++;
                case ']' -> brackets = Math.max(0, brackets - 1); // an unmatched ] is legal
                case '(' -> {
                    if (brackets == 0) parens++;
                }
                case ')' -> {
                    if (brackets == 0) parens--;
                }
                case '\\' -> i++;
                default -> {
                    if (c == sep && brackets == 0 && parens == 0) {
                        out.add(s.substring(start, i));
                        start = i + 1;
                    }
                }
            }
        }
        out.add(s.substring(start));
        return out;
    }

    /** Go's regexp words for the usual mistakes; Java's description otherwise. */
    private static String re2Words(String javaDescription) {
        return switch (javaDescription) {
            case "Unclosed group" -> "missing closing )";
            case "Unmatched closing ')'" -> "unexpected )";
            case "Unclosed character class" -> "missing closing ]";
            default -> javaDescription.startsWith("Dangling meta character")
                    ? "missing argument to repetition operator" : javaDescription.toLowerCase(java.util.Locale.ROOT);
        };
    }

    private static String quote(String s) {
        return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
}
