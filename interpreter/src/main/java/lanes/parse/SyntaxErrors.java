package lanes.parse;

import lanes.diag.Diagnostic;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.TokenStream;
import org.antlr.v4.runtime.tree.ParseTree;

import static lanes.grammar.GoParser.*;

/**
 * Words the first syntax error the way cmd/compile's parser does. The grammar follows the
 * shape of Go's hand-written parser closely enough that the rule being parsed and the
 * tokens it would have accepted identify which of Go's checks would have failed:
 * "unexpected X in argument list; possibly missing comma or )", "unexpected X at end of
 * statement", "unexpected X, expected expression", and so on.
 */
final class SyntaxErrors {
    private final SourceText text;
    private final TokenStream tokens;
    /** Where Go reports the error when that is not at the offending token. */
    private Token at;

    SyntaxErrors(SourceText text, TokenStream tokens) {
        this.text = text;
        this.tokens = tokens;
    }

    Diagnostic describe(String file, SyntaxProblem p) {
        String message = message(p);
        return new Diagnostic(file, text.pos(at != null ? at : p.offending()), message);
    }

    /** Go reports a bad receiver list with a plain error; everything else here is a syntax error. */
    private String message(SyntaxProblem p) {
        String m = syntaxMessage(p);
        return m.equals("method has no receiver") || m.equals("method has multiple receivers") ? m : "syntax error: " + m;
    }

    private String syntaxMessage(SyntaxProblem p) {
        Token t = p.offending();
        String u = "unexpected " + TokenWords.describe(t, text);
        ParserRuleContext ctx = p.ctx();
        Token prev = previous(t);
        int prevType = prev == null ? -1 : prev.getType();
        boolean exprStart = p.expected().contains(INT_LIT);

        if (t.getType() == L_BRACKET && prevType == IDENTIFIER && methodName(ctx) == prev) {
            return "method must have no type parameters";
        }

        // Statement headers and the blocks that follow them.
        if (ctx instanceof BlockContext b && b.getChildCount() == 0 && b.getParent() != null) {
            String header = headerMessage(b.getParent(), t, u);
            if (header != null) return header;
        }
        String header = headerMessage(ctx, t, u);
        if (header != null) return header;

        switch (p.rule()) {
            case RULE_sourceFile -> {
                if (p.expected().contains(PACKAGE)) return "package statement must be first";
                if (p.expected().contains(EOS) && !p.expected().contains(FUNC)) {
                    ParseTree last = ctx.getChild(ctx.getChildCount() - 1);
                    if (last instanceof PackageClauseContext) return u + ", expected semicolon or newline";
                    return u + " after top level declaration";
                }
                if (t.getType() == L_CURLY && lastDeclIsBodylessFunc(ctx)) {
                    return "unexpected semicolon or newline before {";
                }
                return "non-declaration statement outside function body";
            }
            case RULE_packageClause -> {
                if (p.expected().contains(PACKAGE)) return "package statement must be first";
                return u + ", expected name";
            }
            case RULE_topLevelDecl -> {
                if (prevType == FUNC) return u + ", expected name or (";
            }
            case RULE_methodDecl -> {
                if (ctx instanceof MethodDeclContext m && m.IDENTIFIER() == null && m.receiver != null) {
                    int n = m.receiver.parameterDecl().size();
                    if (n == 0) return "method has no receiver";
                    if (n > 1) return "method has multiple receivers";
                    return u + ", expected name";
                }
            }
            case RULE_functionDecl -> {
                if (prevType == FUNC) return u + ", expected name or (";
                if (p.expected().contains(L_PAREN)) return u + ", expected (";
            }
            case RULE_varSpec, RULE_constSpec -> {
                if (t.getType() == DECLARE_ASSIGN) return u + ", expected =";
            }
            case RULE_typeSpec -> {
                return u + " in type declaration";
            }
            case RULE_block -> {
                if (p.expected().contains(R_CURLY)) return endOfStatement(u, b(ctx), prevType, ", expected }");
            }
            case RULE_arguments -> {
                if (ctx instanceof ArgumentsContext a && a.ELLIPSIS() != null) return u + ", expected )";
                return list(u, t, exprStart || prevType == COMMA, "argument list", "comma", ")", ", expected expression");
            }
            case RULE_literalValue -> {
                return list(u, t, exprStart || prevType == COMMA, "composite literal", "comma", "}",
                        ", expected expression");
            }
            case RULE_parameters -> {
                boolean atOpen = ctx instanceof ParametersContext pc ? pc.L_PAREN() == null
                        : prevType != L_PAREN && prevType != COMMA;
                if (atOpen && p.expected().contains(L_PAREN)) return u + ", expected (";
                return list(u, t, p.expected().contains(IDENTIFIER) || prevType == COMMA, "parameter list", "comma", ")",
                        ", expected )");
            }
            case RULE_structType -> {
                if (prevType == STRUCT) return u + ", expected {";
                return list(u, t, p.expected().contains(IDENTIFIER), "struct type", "semicolon or newline", "}",
                        ", expected field name or embedded type");
            }
            case RULE_interfaceType -> {
                if (prevType == INTERFACE) return u + ", expected {";
                return list(u, t, p.expected().contains(IDENTIFIER), "interface type", "semicolon or newline", "}",
                        ", expected ~ term or type");
            }
            case RULE_constDecl, RULE_varDecl, RULE_typeDecl -> {
                return list(u, t, p.expected().contains(IDENTIFIER), "grouped declaration", "semicolon or newline", ")",
                        ", expected name");
            }
            case RULE_importDecl -> {
                if (p.expected().contains(STRING_LIT) && !p.expected().contains(R_PAREN) || prevType == IMPORT
                        || prevType == L_PAREN) {
                    if (t.getType() == INT_LIT || t.getType() == FLOAT_LIT || t.getType() == RUNE_LIT
                            || t.getType() == IMAGINARY_LIT) return "import path must be a string";
                    return "missing import path";
                }
                return list(u, t, p.expected().contains(STRING_LIT), "grouped declaration", "semicolon or newline", ")",
                        ", expected name");
            }
            case RULE_importSpec -> {
                return "missing import path";
            }
            case RULE_statement -> {
                if (ctx instanceof SwitchStmtContext || ctx instanceof SelectStmtContext) {
                    if (p.expected().contains(CASE)) {
                        // Go's clause loop stops at the end of the file and then wants the '}'.
                        String closing = t.getType() == Token.EOF ? ", expected }" : ", expected case or default or }";
                        return endOfStatement(u, lastClauseStatements(ctx), prevType, closing);
                    }
                }
            }
            case RULE_exprCaseClause, RULE_commClause -> {
                if (p.expected().contains(COLON) && !exprStart) return u + ", expected :";
            }
            case RULE_simpleStmt, RULE_simpleStmtNoLit -> {
                if (p.expected().contains(DECLARE_ASSIGN) && !exprStart) return u + ", expected := or = or comma";
            }
            case RULE_primaryNoLit -> {
                // A type literal in a header that is neither converted nor a composite
                // literal's type: Go's parser takes the type as the whole operand and
                // then wants the block.
                if (p.expected().contains(L_CURLY) && p.expected().contains(L_PAREN) && !exprStart) {
                    String header2 = afterHeaderOperand(ctx, t, u);
                    if (header2 != null) return header2;
                }
            }
            case RULE_postfix, RULE_primaryExpr, RULE_primaryExprNoLit -> {
                if (prevType == DOT) return u + ", expected name or (";
                if (prevType == L_BRACKET && t.getType() == R_BRACKET) return u + ", expected operand";
                if (p.expected().contains(R_BRACKET) && p.expected().contains(COLON) && !exprStart) {
                    return u + ", expected comma, : or ]";
                }
            }
            case RULE_mapType -> {
                if (prevType == MAP) return u + ", expected [";
            }
            case RULE_chanType, RULE_typeLitOperand -> {
                if (prevType == CHAN || prevType == RECEIVE && !p.expected().contains(CHAN)) {
                    return "missing channel element type";
                }
            }
            case RULE_signature -> {
                if (p.expected().contains(L_PAREN)) return u + ", expected (";
            }
            default -> { }
        }
        if (prevType == ELLIPSIS && p.expected().contains(IDENTIFIER) && !exprStart) return "... is missing type";
        if (exprStart) return u + ", expected expression";
        if (p.expected().contains(IDENTIFIER) && (p.expected().contains(L_BRACKET) || p.expected().contains(STAR))) {
            return u + ", expected type";
        }
        if (p.expected().contains(IDENTIFIER) && p.expected().size() == 1) return u + ", expected name";
        int only = single(p);
        if (only != Token.INVALID_TYPE) return u + ", expected " + TokenWords.expected(only);
        return u;
    }

    /**
     * Errors in an if, for, switch or select header, or at the '{' that should follow it;
     * {@code ctx} is the statement being parsed. Null if the error is elsewhere.
     */
    private String headerMessage(ParserRuleContext ctx, Token t, String u) {
        boolean brace = t.getType() == L_CURLY;
        if (ctx instanceof IfStmtContext c && (c.block().isEmpty() || c.block(0).getChildCount() == 0)) {
            if (t.getType() == VAR && c.head == null && c.semi == null) {
                at = next(t);
                return "var declaration not allowed in if initializer";
            }
            if (c.semi == null && c.head == null || c.semi != null && c.cond == null && !brace) return null;
            return u + (c.semi != null ? ", expected { after if clause" : ", expected {");
        }
        if (ctx instanceof IfStmtContext c && c.ELSE() != null && c.ifStmt() == null && c.block().size() == 1) {
            return "else must be followed by if or statement block";
        }
        if (ctx instanceof ForStmtContext c && (c.block() == null || c.block().getChildCount() == 0)) {
            if (t.getType() == VAR && c.head == null && c.semi1 == null) {
                at = next(t);
                return "var declaration not allowed in for initializer";
            }
            if (c.semi1 == null) {
                if (c.head == null) return null;
                return u + (c.head.range != null ? ", expected { after for clause" : ", expected {");
            }
            if (c.semi2 == null) {
                if (c.cond == null) return brace ? u + ", expected for loop condition" : null;
                return u + ", expected semicolon or newline";
            }
            return c.post == null && !brace ? null : u + ", expected { after for clause";
        }
        if (ctx instanceof SwitchStmtContext c && c.L_CURLY() == null) {
            if (t.getType() == VAR && c.head == null && c.semi == null) {
                at = next(t);
                return "var declaration not allowed in switch initializer";
            }
            if (c.semi == null) return c.head == null ? null : u + ", expected {";
            return c.tag == null && !brace ? null : "missing { after switch clause";
        }
        if (ctx instanceof SelectStmtContext c && c.L_CURLY() == null) {
            return "missing { after select clause";
        }
        return null;
    }

    /** What Go says when a header's expression has ended inside {@code ctx} and no '{' follows. */
    private String afterHeaderOperand(ParserRuleContext ctx, Token t, String u) {
        for (ParserRuleContext c = ctx; c != null; c = c.getParent()) {
            if (c instanceof ForStmtContext f) {
                boolean range = false;
                for (int i = f.getStart().getTokenIndex(); i < t.getTokenIndex(); i++) {
                    if (tokens.get(i).getType() == RANGE) range = true;
                }
                return u + (range || f.semi2 != null ? ", expected { after for clause" : ", expected {");
            }
            if (c instanceof IfStmtContext i) return u + (i.semi != null ? ", expected { after if clause" : ", expected {");
            if (c instanceof SwitchStmtContext sw) return sw.semi != null ? "missing { after switch clause" : u + ", expected {";
            if (c instanceof BlockContext) return null;
        }
        return null;
    }

    /** Go's list(): an element is complete but neither the separator nor the closing token follows. */
    private String list(String u, Token t, boolean atElement, String context, String sep, String close,
                        String elementError) {
        if (atElement) {
            if (t.getType() == Token.EOF) return u + ", expected " + close;
            return u + elementError;
        }
        return u + " in " + context + "; possibly missing " + sep + " or " + close;
    }

    /**
     * After a statement list: "at end of statement" if the token follows a statement, or
     * the closing expectation if it is where a statement should have started.
     */
    private String endOfStatement(String u, StatementListContext list, int prevType, String closing) {
        if (list != null && !list.statement().isEmpty()
                && list.statement(list.statement().size() - 1) instanceof LabeledStmtContext l
                && l.statement() == null && prevType == COLON) {
            at = l.COLON().getSymbol();
            return "missing statement after label";
        }
        if (prevType == EOS || prevType == L_CURLY || prevType == COLON || prevType == -1) return u + closing;
        return u + " at end of statement";
    }

    /** The name token of the method declaration {@code ctx} lies in, if any. */
    private static Token methodName(ParserRuleContext ctx) {
        for (ParserRuleContext c = ctx; c != null; c = c.getParent()) {
            if (c instanceof MethodDeclContext m) return m.IDENTIFIER() == null ? null : m.IDENTIFIER().getSymbol();
            if (c instanceof BlockContext) return null;
        }
        return null;
    }

    private static StatementListContext b(ParserRuleContext ctx) {
        return ctx instanceof BlockContext block ? block.statementList() : null;
    }

    private static StatementListContext lastClauseStatements(ParserRuleContext ctx) {
        if (ctx instanceof SwitchStmtContext s && !s.exprCaseClause().isEmpty()) {
            return s.exprCaseClause(s.exprCaseClause().size() - 1).statementList();
        }
        if (ctx instanceof SelectStmtContext s && !s.commClause().isEmpty()) {
            return s.commClause(s.commClause().size() - 1).statementList();
        }
        return null;
    }

    private static boolean lastDeclIsBodylessFunc(ParserRuleContext file) {
        for (int i = file.getChildCount() - 1; i >= 0; i--) {
            if (file.getChild(i) instanceof TopLevelDeclContext d) {
                if (d.functionDecl() != null) return d.functionDecl().block() == null;
                if (d.methodDecl() != null) return d.methodDecl().block() == null;
                return false;
            }
        }
        return false;
    }

    /** The one token type expected, ignoring the possibility of the rule ending; else INVALID_TYPE. */
    private static int single(SyntaxProblem p) {
        int found = Token.INVALID_TYPE;
        for (int type : p.expected().toArray()) {
            if (type == Token.EPSILON) continue;
            if (found != Token.INVALID_TYPE) return Token.INVALID_TYPE;
            found = type;
        }
        return found;
    }

    private Token next(Token t) {
        for (int i = t.getTokenIndex() + 1; i < tokens.size(); i++) {
            Token n = tokens.get(i);
            if (n.getChannel() == Token.DEFAULT_CHANNEL) return n;
        }
        return t;
    }

    private Token previous(Token t) {
        for (int i = t.getTokenIndex() - 1; i >= 0; i--) {
            Token p = tokens.get(i);
            if (p.getChannel() == Token.DEFAULT_CHANNEL) return p;
        }
        return null;
    }
}
