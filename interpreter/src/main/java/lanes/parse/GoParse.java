package lanes.parse;

import java.util.ArrayList;
import java.util.List;

import lanes.ast.Pos;
import lanes.ast.SourceFile;
import lanes.diag.CompileError;
import lanes.diag.Diagnostic;
import lanes.grammar.GoLexer;
import lanes.grammar.GoParser;
import org.antlr.v4.runtime.BailErrorStrategy;
import org.antlr.v4.runtime.CharStreams;
import org.antlr.v4.runtime.CommonTokenStream;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.RecognitionException;
import org.antlr.v4.runtime.atn.PredictionMode;
import org.antlr.v4.runtime.misc.ParseCancellationException;

/**
 * The front end's only entry point: Go source text in, AST out, or a {@link CompileError}
 * carrying the first error worded as Go's compiler words it.
 *
 * <p>Parsing is two-stage: SLL prediction with a bail-out strategy first (fast, right for
 * virtually every program), then, only if SLL gave up, LL with {@link GoPrediction} and
 * {@link GoErrorStrategy}, which either succeeds or pins down the first syntax error.
 *
 * <p>Go's compiler reports errors in one pass and prints them sorted by position, so the
 * first error is chosen the same way: an error of the lexer ({@link LexicalCheck}) wins
 * over a syntax error that is not before it (a syntax error at an unterminated string's
 * first character comes before the "newline in string" at its end), and an error the AST
 * builder finds in a declaration before a syntax error wins over it.
 */
public final class GoParse {
    private GoParse() {}

    public static SourceFile parse(String fileName, String source) throws CompileError {
        try {
            return parseAndBuild(fileName, source);
        } catch (StackOverflowError tooDeep) {
            throw error(new Diagnostic(fileName, new Pos(1, 1), "program nested too deeply for Lanes"));
        }
    }

    private static SourceFile parseAndBuild(String fileName, String source) throws CompileError {
        SourceText text = new SourceText(source);
        GoLexer lexer = new GoLexer(CharStreams.fromString(text.lexerInput(), fileName));
        lexer.removeErrorListeners();
        CommonTokenStream tokens = new CommonTokenStream(lexer);
        tokens.fill();
        LexicalCheck.Problem lexical = LexicalCheck.firstProblem(tokens.getTokens(), text);
        AstBuilder builder = new AstBuilder(fileName, text, tokens);

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
            parser.setInterpreter(new GoPrediction(parser, parser.getInterpreter(), declStart(sllFailed)));
            try {
                tree = parser.sourceFile();
            } catch (GoErrorStrategy.Stop stop) {
                SyntaxProblem problem = strategy.problem();
                Diagnostic first = new SyntaxErrors(text, tokens).describe(fileName, problem);
                if (lexical != null && lexical.tokenIndex() <= problem.offending().getTokenIndex()
                        && lexical.pos().compareTo(first.pos()) <= 0) {
                    first = lexical.diagnostic(fileName);
                }
                Diagnostic earlier = builder.firstError(completeDecls(problem.ctx()));
                GoParser.TopLevelDeclContext partial = partialDecl(problem.ctx());
                if (earlier == null && partial != null) {
                    earlier = builder.genericHeader(partial, problem.offending().getTokenIndex());
                }
                throw error(earlier != null && earlier.pos().compareTo(first.pos()) < 0 ? earlier : first);
            }
        }
        try {
            SourceFile file = builder.sourceFile(tree);
            if (lexical != null) throw error(lexical.diagnostic(fileName));
            return file;
        } catch (CompileError e) {
            Diagnostic built = e.diagnostics().get(0);
            if (lexical != null && lexical.pos().compareTo(built.pos()) <= 0) throw error(lexical.diagnostic(fileName));
            throw e;
        }
    }

    /**
     * The first token of the top-level declaration in which the SLL parse gave up, or of
     * the last complete one if it gave up between declarations (a wrong guess inside it
     * may have ended it early); 0 if unknown.
     */
    private static int declStart(ParseCancellationException e) {
        if (!(e.getCause() instanceof RecognitionException re) || !(re.getCtx() instanceof ParserRuleContext ctx)) {
            return 0;
        }
        GoParser.TopLevelDeclContext d = partialDecl(ctx);
        if (d == null && ctx instanceof GoParser.SourceFileContext file && !file.topLevelDecl().isEmpty()) {
            d = file.topLevelDecl(file.topLevelDecl().size() - 1);
        }
        return d == null ? 0 : d.getStart().getTokenIndex();
    }

    /** The top-level declaration the parse stopped in, if it stopped inside one. */
    private static GoParser.TopLevelDeclContext partialDecl(ParserRuleContext at) {
        for (ParserRuleContext c = at; c != null; c = c.getParent()) {
            if (c instanceof GoParser.TopLevelDeclContext d) return d;
        }
        return null;
    }

    /** The top-level declarations that were complete when the parse stopped inside {@code at}. */
    private static List<GoParser.TopLevelDeclContext> completeDecls(ParserRuleContext at) {
        ParserRuleContext partial = partialDecl(at);
        ParserRuleContext c = at;
        while (c != null && !(c instanceof GoParser.SourceFileContext)) c = c.getParent();
        if (c == null) return List.of();
        List<GoParser.TopLevelDeclContext> out = new ArrayList<>();
        for (GoParser.TopLevelDeclContext d : ((GoParser.SourceFileContext) c).topLevelDecl()) {
            if (d != partial) out.add(d);
        }
        return out;
    }

    private static CompileError error(Diagnostic d) {
        return new CompileError(List.of(d));
    }
}
