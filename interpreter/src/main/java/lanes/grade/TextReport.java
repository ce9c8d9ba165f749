package lanes.grade;

/**
 * The readable report: one block per submission, one line per check, and for each failure
 * the reason, the first failing schedule and the command that replays it. Colour only when
 * asked (a terminal without NO_COLOR).
 */
final class TextReport {
    private final boolean colour;

    TextReport(boolean colour) {
        this.colour = colour;
    }

    static String num(double d) {
        return d == Math.rint(d) ? String.valueOf((long) d) : String.valueOf(d);
    }

    /** The check as the spec states it (Exercism's test_code). */
    static String describe(Exercise ex, Check c) {
        String sched = " under " + OutputMatch.plural(ex.schedules(), "schedule");
        return switch (c.kind()) {
            case OUTPUT -> "output " + c.match().name().toLowerCase(java.util.Locale.ROOT) + " " + OutputMatch.quote(c.expect()) + sched;
            case EXIT -> "exit status " + c.code() + sched;
            case USES, NOT_USES -> c.kind().word() + " " + c.what() + " (checked on the source)";
            default -> c.kind().word() + sched;
        };
    }

    /** Why a check did not pass, with the replay command when a schedule shows it. */
    static String explain(CheckResult c) {
        if (c.message() == null) return "";
        return c.replay() == null ? c.message() : c.message() + "\nreplay: " + c.replay();
    }

    private String paint(String code, String s) {
        return colour ? "\u001b[" + code + "m" + s + "\u001b[0m" : s;
    }

    private String status(Status s) {
        return switch (s) {
            case PASS -> paint("32", "PASS");
            case FAIL -> paint("31", "FAIL");
            case ERROR -> paint("33", "ERROR");
        };
    }

    String header(Exercise ex) {
        return paint("1", ex.id() + ": " + ex.title()) + " — " + OutputMatch.plural(ex.checks().size(), "check") + ", "
                + ex.seeds().size() + " seeds × procs " + ex.procs() + " = " + OutputMatch.plural(ex.schedules(), "schedule") + "\n";
    }

    String submission(SubmissionResult r) {
        StringBuilder sb = new StringBuilder("\n");
        sb.append(status(r.status())).append("  ").append(r.file()).append("  ")
                .append(num(r.score())).append('/').append(num(r.maxScore()))
                .append("  (").append(OutputMatch.plural(r.schedules(), "schedule")).append(" run)\n");
        if (r.status() == Status.ERROR) {
            for (String l : r.message().split("\n")) sb.append("    ").append(l).append('\n');
            return sb.toString();
        }
        for (CheckResult c : r.checks()) {
            String mark = switch (c.status()) {
                case PASS -> paint("32", "ok  ");
                case FAIL -> paint("31", "FAIL");
                case ERROR -> paint("33", "ERR ");
            };
            sb.append("  ").append(mark).append(' ').append(c.check().name())
                    .append(" [").append(num(c.score())).append('/').append(num(c.check().weight())).append("]\n");
            if (c.status() == Status.PASS) continue;
            for (String l : c.message().split("\n")) sb.append("         ").append(l).append('\n');
            if (c.replay() != null) sb.append("         replay: ").append(paint("36", c.replay())).append('\n');
        }
        return sb.toString();
    }

    String summary(java.util.List<SubmissionResult> rs) {
        long pass = rs.stream().filter(r -> r.status() == Status.PASS).count();
        long fail = rs.stream().filter(r -> r.status() == Status.FAIL).count();
        long err = rs.size() - pass - fail;
        return "\n" + OutputMatch.plural(rs.size(), "submission") + ": " + pass + " passed, " + fail + " failed, " + err + (err == 1 ? " error\n" : " errors\n");
    }
}
