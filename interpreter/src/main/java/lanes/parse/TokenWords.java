package lanes.parse;

import lanes.grammar.GoLexer;
import org.antlr.v4.runtime.Token;

/** Go's English for tokens in syntax errors: "name x", "literal 42", "keyword func", "newline". */
final class TokenWords {
    private TokenWords() {}

    /** How Go's parser names the token it did not expect. */
    static String describe(Token t, SourceText text) {
        int type = t.getType();
        if (type == Token.EOF) return "EOF";
        if (type == GoLexer.EOS) {
            if (text.atEof(t)) return "EOF";
            return ";".equals(t.getText()) ? "semicolon" : "newline";
        }
        if (type == GoLexer.IDENTIFIER) return "name " + t.getText();
        if (isLiteral(type)) return "literal " + t.getText();
        if (isKeyword(type)) return "keyword " + t.getText();
        if (type == GoLexer.COMMA) return "comma";
        return t.getText();
    }

    /** How Go names a token type it expected ({@code tokstring}). */
    static String expected(int type) {
        return switch (type) {
            case GoLexer.COMMA -> "comma";
            case GoLexer.EOS -> "semicolon or newline";
            case GoLexer.IDENTIFIER -> "name";
            case Token.EOF -> "EOF";
            case GoLexer.INT_LIT, GoLexer.FLOAT_LIT, GoLexer.IMAGINARY_LIT, GoLexer.RUNE_LIT, GoLexer.STRING_LIT,
                 GoLexer.RAW_STRING_LIT -> "literal";
            default -> {
                String lit = GoLexer.VOCABULARY.getLiteralName(type);
                String s = lit == null ? GoLexer.VOCABULARY.getSymbolicName(type) : lit.substring(1, lit.length() - 1);
                yield isKeyword(type) ? "keyword " + s : s;
            }
        };
    }

    static boolean isLiteral(int type) {
        return type == GoLexer.INT_LIT || type == GoLexer.FLOAT_LIT || type == GoLexer.IMAGINARY_LIT
                || type == GoLexer.RUNE_LIT || type == GoLexer.STRING_LIT || type == GoLexer.RAW_STRING_LIT;
    }

    static boolean isKeyword(int type) {
        return type >= GoLexer.BREAK && type <= GoLexer.VAR;
    }
}
