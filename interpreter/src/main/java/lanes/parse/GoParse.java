package lanes.parse;

import java.util.List;

import lanes.ast.SourceFile;
import lanes.diag.CompileError;
import lanes.diag.Diagnostic;
import lanes.grammar.GoLexer;
import lanes.grammar.GoParser;
import org.antlr.v4.runtime.BailErrorStrategy;
import org.antlr.v4.runtime.CharStreams;
import org.antlr.v4.runtime.CommonTokenStream;
import org.antlr.v4.runtime.atn.PredictionMode;
import org.antlr.v4.runtime.misc.ParseCancellationException;

/**
 * The front end's only entry point: Go source text in, AST out, or a {@link CompileError}
 * carrying the first error worded as Go's compiler words it.
 *
 * <p>Parsing is two-stage: SLL prediction with a bail-out strategy first (fast, right for
 * virtually every program), then full LL with {@link GoErrorStrategy} only if SLL gave
 * up, which either succeeds or pins down the first syntax error. Errors found by the
 * lexer ({@link LexicalCheck}) win over a syntax error at or after the bad token, since
 * Go's scanner reports them when it reads that token.
 */
public final class GoParse {
    private GoParse() {}

    public static SourceFile parse(String fileName, String source) throws CompileError {
        SourceText text = new SourceText(source);
        GoLexer lexer = new GoLexer(CharStreams.fromString(text.lexerInput(), fileName));
        lexer.removeErrorListeners();
        CommonTokenStream tokens = new CommonTokenStream(lexer);
        tokens.fill();
        LexicalCheck.Problem lexical = LexicalCheck.firstProblem(tokens.getTokens(), text);

        GoParser parser = new GoParser(tokens);
        parser.removeErrorListeners();
        parser.setErrorHandler(new BailErrorStrategy());
        parser.getInterpreter().setPredictionMode(PredictionMode.SLL);
        GoParser.SourceFileContext tree;
        try {
            tree = parser.sourceFile();
        } catch (ParseCancellationException sllFailed) {
            tokens.seek(0);
            parser.reset();
            GoErrorStrategy strategy = new GoErrorStrategy();
            parser.setErrorHandler(strategy);
            parser.getInterpreter().setPredictionMode(PredictionMode.LL);
            try {
                tree = parser.sourceFile();
            } catch (GoErrorStrategy.Stop stop) {
                SyntaxProblem problem = strategy.problem();
                if (lexical != null && lexical.tokenIndex() <= problem.offending().getTokenIndex()) {
                    throw error(fileName, lexical.diagnostic(fileName));
                }
                throw error(fileName, new SyntaxErrors(text, tokens, parser).describe(fileName, problem));
            }
        }
        if (lexical != null) {
            throw error(fileName, lexical.diagnostic(fileName));
        }
        return new AstBuilder(fileName, text, tokens).sourceFile(tree);
    }

    private static CompileError error(String fileName, Diagnostic d) {
        return new CompileError(List.of(d));
    }
}
