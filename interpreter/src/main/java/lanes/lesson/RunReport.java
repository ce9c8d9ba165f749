package lanes.lesson;

import java.io.PrintStream;
import java.util.List;
import java.util.Map;

import lanes.runtime.TraceEvent;

/** Prints what a lesson program's run did: its output, exit status, goroutines, and events. */
final class RunReport {
    static final int MAX_EVENTS = 80;

    private RunReport() {}

    static void print(PrintStream out, TermText t, ProgramRun.Result r, boolean events, boolean ko) {
        out.println(t.dim(ko ? "  출력:" : "  output:"));
        box(out, t, r.stdout());
        if (!r.stderr().isEmpty()) {
            out.println(t.dim(ko ? "  표준 오류:" : "  stderr:"));
            box(out, t, r.stderr());
        }
        out.println(t.dim((ko ? "  종료 상태 " : "  exit status ") + r.exitCode() + " · " + goroutines(r, ko)));
        if (!r.timeline().isEmpty() && r.created() > 0) {
            out.println(t.dim(ko ? "  타임라인 (lanes run --timeline):" : "  timeline (lanes run --timeline):"));
            for (String l : r.timeline().split("\n")) out.println("    " + l);
        }
        if (events) {
            out.println(t.dim(ko ? "  스케줄러 이벤트 (스텝, 가상 시각, 프로세서, 고루틴):"
                    : "  scheduler events (step, virtual time, processor, goroutine):"));
            List<TraceEvent> es = r.events();
            for (int i = 0; i < es.size() && i < MAX_EVENTS; i++) out.println("    " + describe(es.get(i)));
            if (es.size() > MAX_EVENTS) {
                out.println("    " + (ko ? "… 이벤트 " + (es.size() - MAX_EVENTS) + "개 생략"
                        : "… " + (es.size() - MAX_EVENTS) + " more events"));
            }
        }
    }

    private static void box(PrintStream out, TermText t, String s) {
        if (s.isEmpty()) {
            out.println("    " + t.dim("(nothing)"));
            return;
        }
        String body = s.endsWith("\n") ? s.substring(0, s.length() - 1) : s;
        for (String l : body.split("\n", -1)) out.println("    │ " + l);
        if (!s.endsWith("\n")) out.println("    " + t.dim("(no newline at the end)"));
    }

    static String goroutines(ProgramRun.Result r, boolean ko) {
        StringBuilder sb = new StringBuilder();
        sb.append(ko ? "고루틴 " + r.created() + "개 생성, 동시에 최대 " + r.maxAlive() + "개"
                : r.created() + (r.created() == 1 ? " goroutine" : " goroutines") + " made, at most " + r.maxAlive() + " alive");
        Map<Long, String> left = new java.util.TreeMap<>(r.aliveAtEnd());
        left.remove(1L);
        if (left.isEmpty()) {
            sb.append(ko ? ", 끝날 때 남은 고루틴 없음" : ", none left at the end");
        } else {
            sb.append(ko ? ", 끝날 때 " + left.size() + "개 남음 (" : ", " + left.size() + " left at the end (");
            boolean first = true;
            for (Map.Entry<String, Integer> e : ProgramRun.byState(left).entrySet()) {
                if (!first) sb.append(", ");
                sb.append(e.getKey()).append(": ").append(e.getValue());
                first = false;
            }
            sb.append(')');
        }
        sb.append(ko ? " · 시작 시 GOMAXPROCS " : " · GOMAXPROCS at start ").append(r.procs()).append(ko ? ", 시드 " : ", seed ").append(r.seed());
        return sb.toString();
    }

    /** One event as a line a learner can read. */
    static String describe(TraceEvent e) {
        String p = e.proc() < 0 ? "  " : "P" + e.proc();
        String g = "G" + e.goroutine();
        String what = switch (e.kind()) {
            case GO_CREATE -> e.peer() == 0 ? g + " starts: the main goroutine" : "G" + e.peer() + " creates " + g;
            case GO_RUN -> "runs " + g;
            case GO_BLOCK -> g + " blocks (" + (e.reason() == null ? "waiting" : e.reason().words()) + ")";
            case GO_UNBLOCK -> (e.peer() == 0 ? "" : "G" + e.peer() + " ") + "wakes " + g;
            case GO_PREEMPT -> g + " preempted after its time slice → global run queue";
            case GO_YIELD -> g + " yields (Gosched) → global run queue";
            case GO_END -> g + " ends";
            case PROC_WAKE -> "woken to look for work";
            case PROC_IDLE -> "idle: nothing to run";
            case STEAL -> "steals goroutines from P" + e.peer();
            case CLOCK_ADVANCE -> "nothing can run: the clock jumps to the next timer";
            case CHAN_SEND -> g + " sends on channel #" + e.peer();
            case CHAN_RECV -> g + " receives from channel #" + e.peer();
            case CHAN_CLOSE -> g + " closes channel #" + e.peer();
            case CHAN_RECV_CLOSED -> g + " receives from closed channel #" + e.peer() + " (zero value, ok false)";
            case LOCK -> g + (e.peer() == 1 ? " read-locks" : " locks") + " a mutex";
            case UNLOCK -> g + (e.peer() == 1 ? " read-unlocks" : " unlocks") + " a mutex";
        };
        return String.format("%8d %9s  %-3s %s", e.step(), millis(e.nanos()), p, what);
    }

    private static String millis(long nanos) {
        if (nanos % 1_000_000 == 0) return nanos / 1_000_000 + "ms";
        return String.format("%.3fms", nanos / 1e6);
    }
}
