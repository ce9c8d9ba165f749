package lanes.lesson;

import java.io.FileOutputStream;
import java.io.FileDescriptor;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code lanes lesson}: lists the lessons with the learner's progress; {@code lanes lesson N} shows
 * lesson N's narrative for the terminal (paged when long), then runs its programs and shows what
 * happened; {@code --edit} copies the programs to scratch files to change and rerun.
 */
@Command(name = "lesson", mixinStandardHelpOptions = true,
        description = "List the lessons, or show lesson N: its story, its programs, and what happens when they run.")
public final class LessonCommand implements Callable<Integer> {
    @Parameters(index = "0", arity = "0..1", paramLabel = "N", description = "the lesson's number (or folder name)")
    String which;

    @Option(names = "--lang", paramLabel = "en|ko", description = "language (default: from LC_ALL / LC_MESSAGES / LANG)")
    String lang;

    @Option(names = "--edit", description = "copy the lesson's programs (and its exercise's starter) to scratch files to change and rerun")
    boolean edit;

    @Option(names = "--no-run", description = "show the lesson without running its programs")
    boolean noRun;

    @Option(names = "--no-pager", description = "never page, even on a terminal")
    boolean noPager;

    @Spec
    CommandSpec spec;

    private final Path root;
    private final Path progressFile;
    private final Path scratch;
    private final PrintStream out;
    private final Map<String, String> env;
    private final Boolean terminal;

    /** The real command: lessons under lanes.home, progress and scratch files under ~/.lanes. */
    public LessonCommand() {
        this(LessonStore.defaultRoot(), Progress.defaultFile(),
                Path.of(System.getProperty("user.home"), ".lanes", "scratch"),
                new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8), System.getenv(), null);
    }

    /** For tests: every place the command reads or writes; {@code terminal} null means detect. */
    public LessonCommand(Path root, Path progressFile, Path scratch, PrintStream out, Map<String, String> env, Boolean terminal) {
        this.root = root;
        this.progressFile = progressFile;
        this.scratch = scratch;
        this.out = out;
        this.env = env;
        this.terminal = terminal;
    }

    @Override
    public Integer call() {
        String l = language();
        if (l == null) {
            out.println("lanes lesson: --lang takes en or ko, not " + lang);
            return 2;
        }
        LessonStore store = new LessonStore(root);
        try {
            if (which == null) {
                list(store.all(), l);
                return 0;
            }
            Lesson lesson = store.find(which);
            if (edit) return edit(lesson);
            show(lesson, l);
            Progress.load(progressFile).opened(lesson.id());
            return 0;
        } catch (LessonException e) {
            out.println("lanes lesson: " + e.getMessage());
            return 1;
        }
    }

    /** --lang, else the locale's language from the environment; null for an unknown --lang. */
    String language() {
        if (lang != null) {
            String x = lang.toLowerCase(Locale.ROOT);
            return x.equals("en") || x.equals("ko") ? x : null;
        }
        for (String v : new String[] {"LC_ALL", "LC_MESSAGES", "LANG"}) {
            String s = env.get(v);
            if (s != null && !s.isBlank()) return s.toLowerCase(Locale.ROOT).startsWith("ko") ? "ko" : "en";
        }
        return "en";
    }

    private boolean isTerminal() {
        return terminal != null ? terminal : Pager.stdoutIsTerminal();
    }

    private TermText text() {
        boolean tty = isTerminal();
        int width = tty ? Math.min(Pager.size()[0], 100) : 80;
        return new TermText(width, tty && !env.containsKey("NO_COLOR"));
    }

    private void list(List<Lesson> lessons, String l) {
        TermText t = text();
        Progress p = Progress.load(progressFile);
        boolean ko = l.equals("ko");
        out.println(t.title(ko ? "Lanes 강의 목록" : "Lanes lessons"));
        out.println();
        for (Lesson x : lessons) {
            Progress.Entry e = p.entry(x.id());
            String mark = e == null ? "    " : e.passed ? " ✓✓ " : " ✓  ";
            out.printf("%2d%s%s%n", x.number(), mark, x.title(l));
            out.println("      " + t.dim(x.summary(l)));
        }
        out.println();
        out.println(t.dim(ko ? "✓ 열어 본 강의, ✓✓ 연습 문제 통과. 진도: " + progressFile
                : "✓ opened, ✓✓ exercise passed. Progress: " + progressFile));
        out.println(ko ? "강의 보기: lanes lesson N   (영어: --lang en)" : "Open one: lanes lesson N   (Korean: --lang ko)");
    }

    private void show(Lesson lesson, String l) throws LessonException {
        TermText t = text();
        boolean ko = l.equals("ko");
        String md;
        try {
            md = Files.readString(lesson.narrative(l), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new LessonException(lesson.narrative(l) + ": cannot read");
        }
        StringBuilder page = new StringBuilder();
        page.append(t.dim((ko ? "강의 " : "Lesson ") + lesson.number() + " · " + lesson.dir())).append("\n\n");
        page.append(t.render(md, f -> source(lesson, f)));
        if (!lesson.tries().isEmpty()) {
            page.append('\n').append(t.title(ko ? "해 보기" : "Try this")).append("\n\n");
            for (Lesson.Try tr : lesson.tries()) page.append(t.render("- " + tr.text(l), null));
        }
        if (isTerminal() && !noPager) Pager.show(page.toString(), out, true);
        else out.print(page);
        if (!noRun) {
            out.println();
            out.println(t.title(ko ? "프로그램 실행" : "Running the programs") + t.dim("  (" + (ko ? "폴더 " : "in ") + lesson.dir() + ")"));
            for (Lesson.Program p : lesson.programs()) {
                out.println();
                out.println(t.title("$ " + p.commandLine()));
                if (!md.contains("run=" + p.file())) out.print(t.goSource(sourceOrEmpty(lesson, p.file()), "    "));
                RunReport.print(out, t, ProgramRun.run(lesson.dir(), p, p.events()), p.events(), ko);
            }
        }
        Path ex = lesson.dir().resolve("exercise");
        if (Files.isDirectory(ex)) {
            out.println();
            out.println(t.title(ko ? "연습 문제" : "Exercise"));
            out.println("  " + ex.resolve("statement." + l + ".md"));
            out.println("  " + (ko ? "시작 코드: " : "starter: ") + ex.resolve("starter.go"));
            boolean grade = spec != null && spec.parent() != null && spec.parent().subcommands().containsKey("grade");
            if (grade) out.println("  " + (ko ? "채점: " : "grade it: ") + "lanes grade " + ex + " YOUR.go");
            out.println("  " + (ko ? "편집용 사본: " : "scratch copies: ") + "lanes lesson " + lesson.number() + " --edit");
        }
    }

    private static String source(Lesson lesson, String file) {
        try {
            return Files.readString(lesson.dir().resolve(file), StandardCharsets.UTF_8);
        } catch (IOException e) {
            return null;
        }
    }

    private static String sourceOrEmpty(Lesson lesson, String file) {
        String s = source(lesson, file);
        return s == null ? "" : s;
    }

    private int edit(Lesson lesson) throws LessonException {
        Path dir = scratch.resolve(lesson.id());
        try {
            Files.createDirectories(dir);
            java.util.LinkedHashSet<Path> files = new java.util.LinkedHashSet<>();
            for (Lesson.Program p : lesson.programs()) files.add(lesson.dir().resolve(p.file()));
            Path starter = lesson.dir().resolve("exercise").resolve("starter.go");
            if (Files.exists(starter)) files.add(starter);
            for (Path src : files) {
                String name = src.equals(starter) ? "exercise.go" : src.getFileName().toString();
                Path dst = dir.resolve(name);
                if (Files.exists(dst) && Files.mismatch(src, dst) != -1) {
                    out.println(dst + "  (kept: it has your changes; delete it to start again)");
                } else {
                    Files.copy(src, dst, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
                    out.println(dst);
                }
            }
            Lesson.Program first = lesson.programs().isEmpty() ? null : lesson.programs().get(0);
            if (first != null) {
                out.println();
                out.println("Change it, then run: lanes run " + String.join(" ", first.flags())
                        + (first.flags().isEmpty() ? "" : " ") + dir.resolve(first.file()));
            }
            if (Files.exists(starter)) {
                out.println("Solve the exercise, then check it: lanes grade " + starter.getParent() + " " + dir.resolve("exercise.go"));
            }
            return 0;
        } catch (IOException e) {
            throw new LessonException("cannot copy to " + dir + ": " + e.getMessage());
        }
    }
}
