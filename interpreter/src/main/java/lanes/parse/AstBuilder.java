package lanes.parse;

import java.util.ArrayList;
import java.util.List;

import lanes.ast.Decl;
import lanes.ast.Expr;
import lanes.ast.Expr.Ident;
import lanes.ast.Pos;
import lanes.ast.SourceFile;
import lanes.ast.Stmt;
import lanes.diag.CompileError;
import lanes.diag.Diagnostic;
import lanes.grammar.GoParser.*;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.TokenStream;
import org.antlr.v4.runtime.tree.TerminalNode;

import static lanes.grammar.GoParser.EOS;
import static lanes.grammar.GoParser.R_CURLY;

/**
 * Turns a parse tree into the AST: declarations and statements here, expressions and types
 * in {@link ExprBuilder}. It also makes the syntax checks Go's parser makes but the grammar
 * leaves open (which part of an if/for/switch header is which, parameter naming, lists on
 * the left of a non-assignment, generics), with Go's wording.
 */
final class AstBuilder {
    /** Unwinds the builder with the first error it finds. */
    static final class Reject extends RuntimeException {
        final Diagnostic diagnostic;

        Reject(Diagnostic diagnostic) {
            super(diagnostic.message(), null, false, false);
            this.diagnostic = diagnostic;
        }
    }

    static final String GENERIC = "generic functions/types are not supported by Lanes";

    private final String file;
    private final SourceText text;
    private final TokenStream tokens;
    private final ExprBuilder x;
    private final Headers headers;

    AstBuilder(String file, SourceText text, TokenStream tokens) {
        this.file = file;
        this.text = text;
        this.tokens = tokens;
        this.x = new ExprBuilder(this);
        this.headers = new Headers(this, x);
    }

    SourceFile sourceFile(SourceFileContext c) throws CompileError {
        try {
            List<Decl.Import> imports = new ArrayList<>();
            List<Decl> decls = new ArrayList<>();
            for (TopLevelDeclContext d : c.topLevelDecl()) topLevelDecl(d, imports, decls);
            PackageClauseContext p = c.packageClause();
            return new SourceFile(file, pos(p.PACKAGE()), p.IDENTIFIER().getText(), imports, decls);
        } catch (Reject r) {
            throw new CompileError(List.of(r.diagnostic));
        }
    }

    /**
     * The first error among the given declarations, which are complete although the parse
     * as a whole failed later on: Go's single pass would report such an error first.
     */
    Diagnostic firstError(List<TopLevelDeclContext> complete) {
        List<Decl.Import> imports = new ArrayList<>();
        List<Decl> decls = new ArrayList<>();
        try {
            for (TopLevelDeclContext d : complete) topLevelDecl(d, imports, decls);
            return null;
        } catch (Reject r) {
            return r.diagnostic;
        }
    }

    private void topLevelDecl(TopLevelDeclContext d, List<Decl.Import> imports, List<Decl> decls) {
        if (d.importDecl() != null) {
            if (!decls.isEmpty()) {
                throw reject(pos(d.importDecl().IMPORT()), "syntax error: imports must appear before other declarations");
            }
            importDecl(d.importDecl(), imports);
        } else if (d.declaration() != null) {
            declaration(d.declaration(), decls);
        } else if (d.functionDecl() != null) {
            decls.add(functionDecl(d.functionDecl()));
        } else {
            decls.add(methodDecl(d.methodDecl()));
        }
    }

    // ---- positions and errors ----

    Pos pos(Token t) {
        return text.pos(t);
    }

    Pos pos(TerminalNode n) {
        return text.pos(n.getSymbol());
    }

    Reject reject(Pos pos, String message) {
        return new Reject(new Diagnostic(file, pos, message));
    }

    /**
     * The generic-declaration error if the declaration the parse stopped in had already
     * shown type parameters before the syntax error (using a generic is often what fails).
     */
    Diagnostic genericHeader(TopLevelDeclContext d, int errorTokenIndex) {
        ParserRuleContext params = null;
        if (d.functionDecl() != null) params = d.functionDecl().typeParameters();
        else if (d.declaration() != null && d.declaration().typeDecl() != null) {
            for (TypeSpecContext s : d.declaration().typeDecl().typeSpec()) {
                if (s instanceof GenericTypeSpecContext g) params = g.typeParameters();
            }
        }
        if (params == null || params.getStop() == null || params.getStop().getTokenIndex() >= errorTokenIndex) return null;
        return generic(params).diagnostic;
    }

    Reject generic(ParserRuleContext c) {
        return generic(c.getStart());
    }

    Reject generic(Token t) {
        return reject(pos(t), GENERIC);
    }

    /** The token after a rule's last token, as Go's parser would see it next. */
    Token after(ParserRuleContext c) {
        return tokens.get(c.getStop().getTokenIndex() + 1);
    }

    String describe(Token t) {
        return TokenWords.describe(t, text);
    }

    // ---- declarations ----

    private void importDecl(ImportDeclContext c, List<Decl.Import> out) {
        for (ImportSpecContext s : c.importSpec()) {
            Ident alias = s.alias == null ? null : x.ident(s.alias);
            Token path = s.STRING_LIT() != null ? s.STRING_LIT().getSymbol() : s.RAW_STRING_LIT().getSymbol();
            out.add(new Decl.Import(pos(s.getStart()), alias, importPath(path.getText())));
        }
    }

    /** The path's value; a malformed literal (already reported by the lexical check) is left raw. */
    private static String importPath(String literal) {
        char q = literal.charAt(0);
        if (literal.length() < 2 || literal.charAt(literal.length() - 1) != q) return literal;
        try {
            return Literals.parseString(literal);
        } catch (RuntimeException malformed) {
            return literal;
        }
    }

    /** Adds one Decl per spec; const specs get iota and inherit omitted type and values. */
    void declaration(DeclarationContext c, List<Decl> out) {
        if (c.constDecl() != null) {
            Expr prevType = null;
            List<Expr> prevValues = List.of();
            int iota = 0;
            for (ConstSpecContext s : c.constDecl().constSpec()) {
                List<Ident> names = x.identList(s.identifierList());
                Expr type = s.type_() == null ? null : x.type(s.type_());
                List<Expr> values = s.expressionList() == null ? List.of() : x.exprs(s.expressionList());
                if (s.ASSIGN() != null) {
                    prevType = type;
                    prevValues = values;
                } else if (type == null) {
                    type = prevType;
                    values = prevValues;
                }
                out.add(new Decl.Const(names.get(0).pos(), names, type, values, iota++));
            }
        } else if (c.varDecl() != null) {
            for (VarSpecContext s : c.varDecl().varSpec()) {
                List<Ident> names = x.identList(s.identifierList());
                Expr type = s.type_() == null ? null : x.type(s.type_());
                List<Expr> values = s.expressionList() == null ? List.of() : x.exprs(s.expressionList());
                out.add(new Decl.Var(names.get(0).pos(), names, type, values));
            }
        } else {
            for (TypeSpecContext s : c.typeDecl().typeSpec()) {
                if (s instanceof GenericTypeSpecContext g) throw generic(g.typeParameters());
                PlainTypeSpecContext p = (PlainTypeSpecContext) s;
                Ident name = x.ident(p.IDENTIFIER());
                out.add(new Decl.Type(name.pos(), name, p.ASSIGN() != null, x.type(p.type_())));
            }
        }
    }

    private Decl functionDecl(FunctionDeclContext c) {
        if (c.typeParameters() != null) throw generic(c.typeParameters());
        Pos pos = pos(c.FUNC());
        Expr.FuncType type = x.funcType(pos, c.signature());
        return new Decl.Func(pos, null, x.ident(c.IDENTIFIER()), type, c.block() == null ? null : block(c.block()));
    }

    private Decl methodDecl(MethodDeclContext c) {
        Pos pos = pos(c.FUNC());
        List<Expr.Field> recv = x.params(c.receiver);
        int count = 0;
        for (Expr.Field f : recv) count += Math.max(1, f.names().size());
        if (count == 0) throw reject(pos(c.IDENTIFIER()), "method has no receiver");
        if (count > 1) throw reject(pos(c.IDENTIFIER()), "method has multiple receivers");
        Expr.FuncType type = x.funcType(pos, c.signature());
        return new Decl.Func(pos, recv.get(0), x.ident(c.IDENTIFIER()), type,
                c.block() == null ? null : block(c.block()));
    }

    // ---- statements ----

    Stmt.Block block(BlockContext c) {
        return new Stmt.Block(pos(c.L_CURLY()), statements(c.statementList()), pos(c.R_CURLY()));
    }

    List<Stmt> statements(StatementListContext c) {
        List<Stmt> out = new ArrayList<>(c.statement().size());
        for (StatementContext s : c.statement()) out.add(statement(s));
        return out;
    }

    // An instanceof chain, not a pattern switch: see ExprBuilder.
    private Stmt statement(StatementContext c) {
        Pos pos = pos(c.getStart());
        if (c instanceof SimpleStatementContext s) return simple(s.simpleStmt());
        if (c instanceof IfStatementContext i) return headers.ifStmt(i.ifStmt());
        if (c instanceof ForStmtContext f) return headers.forStmt(f);
        if (c instanceof ReturnStmtContext r) {
            return new Stmt.Return(pos, r.expressionList() == null ? List.of() : x.exprs(r.expressionList()));
        }
        if (c instanceof DeclStmtContext d) {
            List<Decl> specs = new ArrayList<>();
            declaration(d.declaration(), specs);
            return new Stmt.DeclStmt(pos, specs);
        }
        if (c instanceof SwitchStmtContext s) return headers.switchStmt(s);
        if (c instanceof SelectStmtContext s) return select(s);
        if (c instanceof GoStmtContext g) return new Stmt.Go(pos, callOf("go", x.expr(g.expression())));
        if (c instanceof DeferStmtContext d) return new Stmt.Defer(pos, callOf("defer", x.expr(d.expression())));
        if (c instanceof BlockStmtContext b) return block(b.block());
        if (c instanceof BreakStmtContext br) return new Stmt.Branch(pos, "break", label(br.IDENTIFIER()));
        if (c instanceof ContinueStmtContext co) return new Stmt.Branch(pos, "continue", label(co.IDENTIFIER()));
        if (c instanceof GotoStmtContext g) return new Stmt.Branch(pos, "goto", label(g.IDENTIFIER()));
        if (c instanceof FallthroughStmtContext) return new Stmt.Branch(pos, "fallthrough", null);
        if (c instanceof LabeledStmtContext l) return new Stmt.Labeled(pos, x.ident(l.IDENTIFIER()), labeled(l));
        throw new IllegalStateException("unknown statement " + c.getClass());
    }

    /** The statement after a label; only a closing brace may stand for an empty one. */
    private Stmt labeled(LabeledStmtContext l) {
        if (l.statement() != null) return statement(l.statement());
        Token next = after(l);
        if (next.getType() != R_CURLY && next.getType() != EOS) {
            throw reject(pos(l.COLON()), "syntax error: missing statement after label");
        }
        return new Stmt.Empty(pos(next));
    }

    private Ident label(TerminalNode n) {
        return n == null ? null : x.ident(n);
    }

    /** The operand of go/defer: Go rejects parentheses around it and anything but a call. */
    private Expr callOf(String keyword, Expr e) {
        if (e instanceof Expr.Paren) {
            throw reject(e.pos(), "expression in " + keyword + " must not be parenthesized");
        }
        if (!(e instanceof Expr.Call)) throw reject(e.pos(), "expression in " + keyword + " must be function call");
        return e;
    }

    /** A simple statement outside a header; Go's simpleStmt() decides what the list is. */
    Stmt simple(SimpleStmtContext c) {
        Expr e = x.expr(c.first);
        if (c.op != null) {
            List<Expr> lhs = new ArrayList<>(1 + c.more.size());
            lhs.add(e);
            for (ExpressionContext m : c.more) lhs.add(x.expr(m));
            return assign(lhs, c.op.getStart(), c.rhs, x.exprs(c.rhs));
        }
        if (c.incDec != null) return new Stmt.IncDec(e.pos(), e, c.incDec.getText().equals("++"), pos(c.incDec));
        if (c.arrow != null) return new Stmt.Send(e.pos(), e, x.expr(c.value), pos(c.arrow));
        return new Stmt.ExprStmt(e.pos(), e);
    }

    /** An assignment; an operator like {@code +=} takes exactly one expression on each side in Go. */
    Stmt assign(List<Expr> lhs, Token op, ParserRuleContext rhsCtx, List<Expr> rhs) {
        String o = op.getText();
        boolean plain = o.equals("=") || o.equals(":=");
        if (!plain && lhs.size() > 1) {
            throw reject(pos(op), "syntax error: unexpected " + o + ", expected := or = or comma");
        }
        if (!plain && rhs.size() > 1) {
            Token comma = after(firstChild(rhsCtx));
            throw reject(pos(comma), "syntax error: unexpected comma at end of statement");
        }
        return new Stmt.Assign(lhs.get(0).pos(), lhs, o, rhs, pos(op));
    }

    private static ParserRuleContext firstChild(ParserRuleContext c) {
        return (ParserRuleContext) c.getChild(0);
    }

    /**
     * Checks that a case's statements end in a semicolon or newline when another case
     * follows: the grammar lets the last statement of any list go unterminated, but Go
     * allows that only before a closing brace.
     */
    void terminated(StatementListContext list, Token nextCase) {
        if (list.getChildCount() > 0 && list.getChild(list.getChildCount() - 1) instanceof StatementContext last) {
            if (last instanceof LabeledStmtContext l && l.statement() == null) labeled(l);
            throw reject(pos(nextCase), "syntax error: unexpected " + describe(nextCase) + " at end of statement");
        }
    }

    private Stmt select(SelectStmtContext c) {
        List<CommClauseContext> cases = c.commClause();
        List<Stmt.CommClause> clauses = new ArrayList<>(cases.size());
        for (int i = 0; i < cases.size(); i++) {
            CommClauseContext cc = cases.get(i);
            Stmt comm = cc.simpleStmt() == null ? null : simple(cc.simpleStmt());
            if (comm != null && !isComm(comm)) {
                throw reject(comm.pos(), "select case must be send or receive (possibly with assignment)");
            }
            clauses.add(new Stmt.CommClause(pos(cc.getStart()), comm, statements(cc.statementList())));
            if (i + 1 < cases.size()) terminated(cc.statementList(), cases.get(i + 1).getStart());
        }
        return new Stmt.Select(pos(c.SELECT()), clauses);
    }

    /** The forms Go allows in a select case: a send, a receive, or an assignment of a receive. */
    private static boolean isComm(Stmt s) {
        if (s instanceof Stmt.Send) return true;
        if (s instanceof Stmt.ExprStmt e) return isReceive(e.x());
        return s instanceof Stmt.Assign a && (a.op().equals("=") || a.op().equals(":=")) && a.rhs().size() == 1
                && a.lhs().size() <= 2 && isReceive(a.rhs().get(0));
    }

    private static boolean isReceive(Expr e) {
        while (e instanceof Expr.Paren p) e = p.x();
        return e instanceof Expr.Unary u && u.op().equals("<-");
    }
}
