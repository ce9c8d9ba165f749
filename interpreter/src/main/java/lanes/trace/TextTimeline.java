package lanes.trace;

import java.util.ArrayList;
import java.util.List;

/**
 * The terminal picture of a {@link Timeline}: one row per goroutine, one character per slice
 * of time. Time runs along the moments at which something changed (compressed: long stretches
 * of computing and the jumps of virtual time take no room), so that short exchanges between
 * goroutines stay visible; the header gives the step clock at both ends. In each slice a goroutine shows {@code =} if it ran at all, else {@code -}
 * if it was runnable (waiting for a processor), else {@code .} if blocked, blank when not
 * alive; an event in the slice shows instead (panics and deadlocks first, then close, go,
 * locks, channel operations): {@code g} go statement,
 * {@code s} send, {@code r} receive, {@code c} close, {@code L}/{@code U} lock/unlock,
 * {@code !} panic or fatal error, {@code X} deadlocked. After the rows: how each goroutine
 * ended, with its source line, and the channel communications in order. Up to
 * {@link #MAX_ROWS} goroutines get a row; the rest are summed up in one line.
 */
public final class TextTimeline {
    public static final int MAX_ROWS = 12;
    public static final int MAX_MESSAGES = 12;

    private TextTimeline() {}

    public static String render(Timeline t, int width) {
        StringBuilder sb = new StringBuilder();
        long end = Math.max(1, t.endStep);
        long[] moments = moments(t);
        int slots = Math.max(1, moments.length - 1);
        int mult = Math.max(1, Math.min(4, width / slots));
        int cols = Math.max(1, Math.min(width, slots * mult));
        Axis per = new Axis(moments, cols);
        sb.append("timeline: ").append(t.lanes.size()).append(t.lanes.size() == 1 ? " goroutine, " : " goroutines, ")
                .append(end).append(" steps, ").append(virtual(t.endNanos)).append(" virtual time");
        if (!t.ending.isEmpty()) sb.append("; ").append(t.ending);
        sb.append('\n');
        if (t.truncated) sb.append("(only the first ").append(Timeline.MAX_EVENTS).append(" events are drawn)\n");
        String pad = " ".repeat(6);
        sb.append(pad).append('|').append(scale(cols, end)).append("|\n");
        List<Timeline.Lane> lanes = new ArrayList<>(t.lanes.values());
        int shown = lanes.size() <= MAX_ROWS ? lanes.size() : MAX_ROWS - 1;
        for (int i = 0; i < shown; i++) {
            Timeline.Lane l = lanes.get(i);
            char[] row = new char[cols];
            int[] rank = new int[cols];
            for (int c = 0; c < cols; c++) row[c] = ' ';
            for (Timeline.Span s : l.spans) {
                int a = per.col(s.from());
                int b = Math.max(a, per.colEnd(s.to()) - 1);
                char ch = s.state() == Timeline.State.RUNNING ? '=' : s.state() == Timeline.State.RUNNABLE ? '-' : '.';
                int r = s.state() == Timeline.State.RUNNING ? 3 : s.state() == Timeline.State.RUNNABLE ? 2 : 1;
                for (int c = a; c <= b; c++) {
                    if (r > rank[c]) {
                        rank[c] = r;
                        row[c] = ch;
                    }
                }
            }
            for (Timeline.Mark m : t.marks) {
                if (m.g() != l.id) continue;
                char ch = markChar(m.kind());
                if (ch == 0) continue;
                int c = per.col(m.step());
                int r = markRank(ch);
                if (r > rank[c]) {
                    rank[c] = r;
                    row[c] = ch;
                }
            }
            sb.append(String.format("%-6s", "g" + l.id)).append('|').append(row).append("|\n");
        }
        if (shown < lanes.size()) {
            int ret = 0, blocked = 0, other = 0;
            for (int i = shown; i < lanes.size(); i++) {
                Timeline.Lane l = lanes.get(i);
                if (l.ended >= 0) ret++;
                else if (l.state == Timeline.State.BLOCKED) blocked++;
                else other++;
            }
            sb.append(String.format("%-6s", "+" + (lanes.size() - shown))).append("more goroutines: ").append(ret)
                    .append(" returned, ").append(blocked).append(" blocked, ").append(other).append(" running or runnable at the end\n");
        }
        sb.append("legend: = running  - runnable  . blocked  g go  s send  r receive  c close  L lock  U unlock  ! panic  X deadlocked\n");
        for (int i = 0; i < shown; i++) {
            Timeline.Lane l = lanes.get(i);
            sb.append("  g").append(l.id).append(": ").append(t.finalWords(l));
            String w = t.finalWhere(l);
            if (w != null && l.ended < 0) sb.append(" at ").append(w);
            if (l.createdAt != null) sb.append(" (created at ").append(l.createdAt).append(')');
            sb.append('\n');
        }
        List<Timeline.Arrow> msgs = new ArrayList<>();
        for (Timeline.Arrow a : t.arrows) if (a.kind().equals("chan")) msgs.add(a);
        if (!msgs.isEmpty()) {
            sb.append("messages:");
            int n = Math.min(msgs.size(), MAX_MESSAGES);
            for (int i = 0; i < n; i++) {
                Timeline.Arrow a = msgs.get(i);
                sb.append(i == 0 ? " " : ", ").append('g').append(a.fromG()).append("->g").append(a.toG());
            }
            if (msgs.size() > n) sb.append(", ... (").append(msgs.size() - n).append(" more)");
            sb.append('\n');
        }
        return sb.toString();
    }

    /** Every step at which something starts, ends or happens, sorted, distinct. */
    static long[] moments(Timeline t) {
        java.util.TreeSet<Long> set = new java.util.TreeSet<>();
        set.add(0L);
        for (Timeline.Lane l : t.lanes.values()) {
            for (Timeline.Span s : l.spans) {
                set.add(s.from());
                set.add(s.to());
            }
        }
        for (Timeline.Mark m : t.marks) set.add(m.step());
        long[] a = new long[set.size()];
        int i = 0;
        for (long v : set) a[i++] = v;
        return a;
    }

    /** Maps a step to a column through its rank among the moments. */
    private record Axis(long[] moments, int cols) {
        int col(long step) {
            return Math.max(0, Math.min(cols - 1, colEnd(step)));
        }

        /** The column where a moment begins; the end of time maps to {@code cols}. */
        int colEnd(long step) {
            int r = java.util.Arrays.binarySearch(moments, step);
            if (r < 0) r = -r - 2;
            if (r < 0) r = 0;
            return moments.length <= 1 ? 0 : (int) ((long) r * cols / (moments.length - 1));
        }
    }

    private static String scale(int cols, long end) {
        char[] s = new char[cols];
        java.util.Arrays.fill(s, '-');
        String l = "0";
        String r = "step " + end;
        if (cols >= l.length() + r.length() + 2) {
            s[0] = '0';
            for (int i = 0; i < r.length(); i++) s[cols - r.length() + i] = r.charAt(i);
        }
        return new String(s);
    }

    static String virtual(long ns) {
        if (ns == 0) return "0s";
        if (ns % 1_000_000_000L == 0) return ns / 1_000_000_000L + "s";
        if (ns % 1_000_000L == 0) return ns / 1_000_000L + "ms";
        if (ns % 1_000L == 0) return ns / 1_000L + "µs";
        return ns + "ns";
    }

    private static char markChar(String kind) {
        return switch (kind) {
            case "go" -> 'g';
            case "send" -> 's';
            case "recv" -> 'r';
            case "close" -> 'c';
            case "lock", "rlock" -> 'L';
            case "unlock", "runlock" -> 'U';
            case "panic", "fatal" -> '!';
            case "deadlock" -> 'X';
            default -> 0;
        };
    }

    private static int markRank(char c) {
        return switch (c) {
            case '!', 'X' -> 20;
            case 'c' -> 12;
            case 'g' -> 11;
            case 'L', 'U' -> 9;
            case 's', 'r' -> 8;
            default -> 4;
        };
    }
}
