package lanes.repl;

import java.util.List;

import org.jline.reader.CompletingParsedLine;
import org.jline.reader.EOFError;
import org.jline.reader.ParsedLine;
import org.jline.reader.Parser;

/**
 * JLine's view of the buffer. On Enter, the real Go parser decides whether the input is
 * complete ({@link Session#isComplete}); if not, JLine keeps the buffer and shows the
 * continuation prompt. Braces are never counted. For completion, the word under the cursor
 * is the identifier or selector chain ({@code fmt.Pri}) or command ({@code /go}) it ends.
 */
final class InputParser implements Parser {
    @Override
    public ParsedLine parse(String line, int cursor, ParseContext context) {
        if (context == ParseContext.ACCEPT_LINE && !Session.isComplete(line)) {
            throw new EOFError(-1, cursor, "incomplete input", "");
        }
        return new Word(line, Math.max(0, Math.min(cursor, line.length())));
    }

    static boolean wordChar(char c) {
        return Character.isLetterOrDigit(c) || c == '_' || c == '.';
    }

    /** The buffer as one completable word: the chain of name characters before the cursor. */
    record Word(String line, int cursor, int start) implements CompletingParsedLine {
        Word(String line, int cursor) {
            this(line, cursor, startOf(line, cursor));
        }

        private static int startOf(String line, int cursor) {
            int s = cursor;
            while (s > 0 && wordChar(line.charAt(s - 1))) s--;
            if (s > 0 && line.charAt(s - 1) == '/' && line.substring(0, s - 1).isBlank()) s--;
            return s;
        }

        @Override
        public String word() {
            int e = cursor;
            while (e < line.length() && wordChar(line.charAt(e))) e++;
            return line.substring(start, e);
        }

        @Override
        public int wordCursor() {
            return cursor - start;
        }

        @Override
        public int wordIndex() {
            return 0;
        }

        @Override
        public List<String> words() {
            return List.of(word());
        }

        @Override
        public CharSequence escape(CharSequence candidate, boolean complete) {
            return candidate;
        }

        @Override
        public int rawWordCursor() {
            return wordCursor();
        }

        @Override
        public int rawWordLength() {
            return word().length();
        }
    }
}
