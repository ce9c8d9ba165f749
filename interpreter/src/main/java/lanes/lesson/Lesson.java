package lanes.lesson;

import java.nio.file.Path;
import java.util.List;

/**
 * One lesson folder ({@code lessons/NN-slug}) as its {@code lesson.toml} describes it: titles and
 * one-line summaries in English and Korean, the runnable programs in order, and the "try this"
 * steps. The narratives are {@code en.md} and {@code ko.md} beside it.
 */
public record Lesson(int number, String slug, Path dir, String titleEn, String titleKo, String summaryEn,
                     String summaryKo, List<Program> programs, List<Try> tries) {

    /**
     * A program of the lesson: {@code file} run with {@code flags} (lanes run flags) and {@code args}
     * (os.Args). Its expected stdout is {@code <out>.out}, its exit status {@code <out>.code} when
     * not 0, and fragments of its stderr {@code <out>.err}; {@code out} defaults to the file's name
     * without {@code .go}, and names the expectation when one file runs under several flag sets.
     * {@code events}: show the scheduler's events of the run.
     */
    public record Program(String file, List<String> flags, List<String> args, String out, boolean events) {
        public String stem() {
            return out;
        }

        /** The command a learner types to run it from the lesson's folder. */
        public String commandLine() {
            StringBuilder sb = new StringBuilder("lanes run");
            for (String f : flags) sb.append(' ').append(f);
            sb.append(' ').append(file);
            for (String a : args) sb.append(' ').append(a);
            return sb.toString();
        }
    }

    /** A "try this" step. */
    public record Try(String en, String ko) {
        public String text(String lang) {
            return "ko".equals(lang) && ko != null && !ko.isBlank() ? ko : en;
        }
    }

    /** The title in {@code lang}, else in English, else the slug. */
    public String title(String lang) {
        String t = "ko".equals(lang) && titleKo != null ? titleKo : titleEn;
        return t != null ? t : slug;
    }

    /** The one-line summary in {@code lang}, else in English, else empty. */
    public String summary(String lang) {
        String s = "ko".equals(lang) && summaryKo != null ? summaryKo : summaryEn;
        return s != null ? s : "";
    }

    /** The narrative in {@code lang}, falling back to English when that file is missing. */
    public Path narrative(String lang) {
        Path p = dir.resolve(lang + ".md");
        return java.nio.file.Files.exists(p) ? p : dir.resolve("en.md");
    }

    /** The folder name, {@code NN-slug}. */
    public String id() {
        return dir.getFileName().toString();
    }
}
