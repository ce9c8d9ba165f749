package lanes.lesson;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Renders a lesson's Markdown for a terminal: headings, paragraphs and list items wrapped to the
 * width (Hangul and other wide characters count two columns), fenced code indented and, for Go,
 * highlighted; inline {@code `code`} and {@code **bold**} styled. Without colour (not a terminal)
 * the same layout comes out as plain text, so it can be piped, tested and read anywhere.
 */
public final class TermText {
    private static final String BOLD = "\u001b[1m";
    private static final String UNDERLINE = "\u001b[4m";
    private static final String CODE = "\u001b[36m";
    private static final String DIM = "\u001b[90m";
    private static final String RESET = GoHighlight.RESET;
    private static final String ITALIC = "\u001b[3m";
    private static final Pattern INLINE = Pattern.compile("`([^`]+)`|\\*\\*([^*]+)\\*\\*|\\*([^*\\s][^*]*)\\*");

    private final int width;
    private final boolean color;

    public TermText(int width, boolean color) {
        this.width = Math.max(30, width);
        this.color = color;
    }

    public boolean color() {
        return color;
    }

    /** The whole document, rendered; {@code programs} resolves {@code ```go run=FILE} blocks left empty. */
    public String render(String markdown, java.util.function.Function<String, String> programs) {
        List<String> out = new ArrayList<>();
        String[] lines = markdown.replace("\r\n", "\n").split("\n", -1);
        StringBuilder para = new StringBuilder();
        String paraIndent = "";
        String paraFirst = "";
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            String t = line.strip();
            boolean breaks = t.isEmpty() || t.startsWith("#") || t.startsWith("```") || t.startsWith("- ")
                    || t.startsWith("* ") || t.matches("\\d+\\. .*") || t.startsWith(">");
            if (breaks && para.length() > 0) {
                wrap(out, para.toString(), paraFirst, paraIndent);
                para.setLength(0);
            }
            if (t.startsWith("```")) {
                String info = t.substring(3).strip();
                List<String> body = new ArrayList<>();
                i++;
                while (i < lines.length && !lines[i].strip().startsWith("```")) body.add(lines[i++]);
                code(out, info, body, programs);
                continue;
            }
            if (t.isEmpty()) {
                if (!out.isEmpty() && !out.get(out.size() - 1).isEmpty()) out.add("");
                continue;
            }
            if (t.startsWith("#")) {
                int level = 0;
                while (level < t.length() && t.charAt(level) == '#') level++;
                heading(out, t.substring(level).strip(), level);
                continue;
            }
            if (t.startsWith("- ") || t.startsWith("* ")) {
                paraFirst = "  • ";
                paraIndent = "    ";
                para.append(t.substring(2));
                continue;
            }
            Matcher num = Pattern.compile("(\\d+)\\. (.*)").matcher(t);
            if (num.matches()) {
                paraFirst = "  " + num.group(1) + ". ";
                paraIndent = " ".repeat(paraFirst.length());
                para.append(num.group(2));
                continue;
            }
            if (t.startsWith(">")) {
                wrap(out, t.substring(1).strip(), "  │ ", "  │ ");
                continue;
            }
            if (para.length() == 0) {
                paraFirst = "";
                paraIndent = "";
            } else {
                para.append(' ');
            }
            para.append(t);
        }
        if (para.length() > 0) wrap(out, para.toString(), paraFirst, paraIndent);
        while (!out.isEmpty() && out.get(out.size() - 1).isEmpty()) out.remove(out.size() - 1);
        return String.join("\n", out) + "\n";
    }

    /** Go source, highlighted when colour is on, indented by {@code indent}. */
    public String goSource(String src, String indent) {
        GoHighlight h = new GoHighlight();
        StringBuilder sb = new StringBuilder();
        for (String l : src.stripTrailing().split("\n", -1)) {
            String x = l.replace("\t", "    ");
            sb.append(indent).append(color ? h.line(x) : x).append('\n');
        }
        return sb.toString();
    }

    /** A heading line of the runner's own (program names, "what happened"). */
    public String title(String s) {
        return color ? BOLD + s + RESET : s;
    }

    /** Secondary text (commands, statistics). */
    public String dim(String s) {
        return color ? DIM + s + RESET : s;
    }

    private void heading(List<String> out, String text, int level) {
        if (!out.isEmpty() && !out.get(out.size() - 1).isEmpty()) out.add("");
        String plain = INLINE.matcher(text).replaceAll(m -> Matcher.quoteReplacement(
                m.group(1) != null ? m.group(1) : m.group(2) != null ? m.group(2) : m.group(3)));
        if (color) {
            out.add((level == 1 ? BOLD + UNDERLINE : BOLD) + plain + RESET);
        } else {
            out.add(plain);
            if (level <= 2) out.add((level == 1 ? "=" : "-").repeat(Math.min(width, displayWidth(plain))));
        }
        out.add("");
    }

    private void code(List<String> out, String info, List<String> body, java.util.function.Function<String, String> programs) {
        String[] words = info.split("\\s+");
        String lang = words.length > 0 ? words[0] : "";
        String src = String.join("\n", body);
        if (lang.equals("go")) {
            for (String w : words) {
                if (w.startsWith("run=") && src.isBlank() && programs != null) {
                    String p = programs.apply(w.substring(4));
                    if (p != null) src = p;
                }
            }
            for (String l : goSource(src, "    ").split("\n")) out.add(l);
            return;
        }
        if (lang.equals("output")) {
            out.add(dim("    output:"));
            for (String l : body) out.add(color ? "    " + DIM + "│ " + RESET + l : "    │ " + l);
            return;
        }
        for (String l : body) out.add(color ? "    " + CODE + l + RESET : "    " + l);
    }

    private void wrap(List<String> out, String text, String first, String indent) {
        List<String> words = List.of(text.trim().split("\\s+"));
        StringBuilder line = new StringBuilder(first);
        int col = displayWidth(first);
        boolean empty = true;
        for (String w : words) {
            int ww = displayWidth(inlinePlain(w));
            if (!empty && col + 1 + ww > width) {
                out.add(styleInline(line.toString()));
                line = new StringBuilder(indent);
                col = displayWidth(indent);
                empty = true;
            }
            if (!empty) {
                line.append(' ');
                col++;
            }
            line.append(w);
            col += ww;
            empty = false;
        }
        out.add(styleInline(line.toString()));
    }

    /** A word as it will show (emphasis markers removed; backticks kept only without colour). */
    private String inlinePlain(String w) {
        String x = w.replace("**", "").replaceAll("^\\*|\\*$", "");
        return color ? x.replace("`", "") : x;
    }

    private String styleInline(String line) {
        Matcher m = INLINE.matcher(line);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            String rep;
            if (m.group(1) != null) rep = color ? CODE + m.group(1) + RESET : "`" + m.group(1) + "`";
            else if (m.group(2) != null) rep = color ? BOLD + m.group(2) + RESET : m.group(2);
            else rep = color ? ITALIC + m.group(3) + RESET : m.group(3);
            m.appendReplacement(sb, Matcher.quoteReplacement(rep));
        }
        m.appendTail(sb);
        // a code span or bold run cut by a line break keeps its markers' effect off
        String s = sb.toString();
        return color ? s.replace("`", "").replace("**", "") : s.replace("**", "");
    }

    /** Terminal columns of a string: East Asian wide characters (Hangul, CJK) take two. */
    public static int displayWidth(String s) {
        int w = 0;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            if (cp == 0x1b) continue;
            w += wide(cp) ? 2 : 1;
        }
        return w;
    }

    private static boolean wide(int cp) {
        return (cp >= 0x1100 && cp <= 0x115F) || (cp >= 0x2E80 && cp <= 0xA4CF) || (cp >= 0xAC00 && cp <= 0xD7A3)
                || (cp >= 0xF900 && cp <= 0xFAFF) || (cp >= 0xFE30 && cp <= 0xFE4F) || (cp >= 0xFF00 && cp <= 0xFF60)
                || (cp >= 0xFFE0 && cp <= 0xFFE6);
    }
}
