package lanes.parse;

import java.util.ArrayList;
import java.util.List;

import lanes.ast.Expr;
import lanes.ast.Expr.ChanDir;
import lanes.ast.Expr.Field;
import lanes.ast.Expr.Ident;
import lanes.ast.Pos;
import lanes.grammar.GoParser.*;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.tree.TerminalNode;

/**
 * Builds expressions and types. The header rules (…NoLit) have their own context classes
 * but the same shapes, so each pair of cases funnels into one shared method.
 */
final class ExprBuilder {
    private final AstBuilder b;

    ExprBuilder(AstBuilder b) {
        this.b = b;
    }

    // ---- expressions ----

    Expr expr(ExpressionContext c) {
        List<UnaryExprContext> operands = c.unaryExpr();
        if (operands.size() == 1) return unary(operands.get(0));
        List<Expr> xs = new ArrayList<>(operands.size());
        for (UnaryExprContext u : operands) xs.add(unary(u));
        return binary(xs, c.binaryOp());
    }

    Expr exprNL(ExprNoLitContext c) {
        List<UnaryExprNoLitContext> operands = c.unaryExprNoLit();
        if (operands.size() == 1) return unaryNL(operands.get(0));
        List<Expr> xs = new ArrayList<>(operands.size());
        for (UnaryExprNoLitContext u : operands) xs.add(unaryNL(u));
        return binary(xs, c.binaryOp());
    }

    List<Expr> exprs(ExpressionListContext c) {
        List<Expr> out = new ArrayList<>(c.expression().size());
        for (ExpressionContext e : c.expression()) out.add(expr(e));
        return out;
    }

    List<Expr> exprsNL(ExpressionListNoLitContext c) {
        List<Expr> out = new ArrayList<>(c.exprNoLit().size());
        for (ExprNoLitContext e : c.exprNoLit()) out.add(exprNL(e));
        return out;
    }

    /**
     * Gives a flat operand/operator list Go's precedence (all binary operators are left
     * associative): operator-precedence parsing with an explicit stack.
     */
    private Expr binary(List<Expr> xs, List<BinaryOpContext> ops) {
        List<Expr> operands = new ArrayList<>();
        List<Token> pending = new ArrayList<>();
        operands.add(xs.get(0));
        for (int i = 0; i < ops.size(); i++) {
            Token op = ops.get(i).getStart();
            while (!pending.isEmpty() && precedence(pending.get(pending.size() - 1)) >= precedence(op)) {
                reduce(operands, pending);
            }
            pending.add(op);
            operands.add(xs.get(i + 1));
        }
        while (!pending.isEmpty()) reduce(operands, pending);
        return operands.get(0);
    }

    private void reduce(List<Expr> operands, List<Token> pending) {
        Token op = pending.remove(pending.size() - 1);
        Expr y = operands.remove(operands.size() - 1);
        Expr x = operands.remove(operands.size() - 1);
        operands.add(new Expr.Binary(x.pos(), op.getText(), x, y, b.pos(op)));
    }

    private static int precedence(Token op) {
        return switch (op.getText()) {
            case "||" -> 1;
            case "&&" -> 2;
            case "==", "!=", "<", "<=", ">", ">=" -> 3;
            case "+", "-", "|", "^" -> 4;
            default -> 5; // * / % << >> & &^
        };
    }

    // The dispatches in this class are instanceof chains rather than pattern switches: a pattern
    // switch costs tens of milliseconds to bootstrap in a fresh JVM, paid on the first parse.

    private Expr unary(UnaryExprContext c) {
        if (c instanceof PrimaryUnaryContext p) {
            return primaryExpr(primary(p.primaryExpr().primary()), p.primaryExpr().postfix());
        }
        if (c instanceof UnaryOpContext u) return unary(u.op, unary(u.unaryExpr()));
        if (c instanceof TypeUnaryContext t) return typeLitOperand(t.typeLitOperand());
        if (c instanceof FuncTypeUnaryContext f) {
            return funcType(b.pos(f.functionType().FUNC()), f.functionType().signature());
        }
        throw new IllegalStateException("unknown expression " + c.getClass());
    }

    private Expr unaryNL(UnaryExprNoLitContext c) {
        if (c instanceof PrimaryUnaryNLContext p) {
            return primaryExpr(primaryNL(p.primaryExprNoLit().primaryNoLit()), p.primaryExprNoLit().postfix());
        }
        if (c instanceof UnaryOpNLContext u) return unary(u.op, unaryNL(u.unaryExprNoLit()));
        throw new IllegalStateException("unknown expression " + c.getClass());
    }

    private Expr primaryExpr(Expr x, List<PostfixContext> postfixes) {
        for (PostfixContext p : postfixes) {
            if (p instanceof SelectorPostfixContext s) x = new Expr.Selector(x.pos(), x, ident(s.IDENTIFIER()));
            else if (p instanceof CallPostfixContext k) x = call(x, k.arguments());
            else if (p instanceof IndexPostfixContext i) x = index(x, i);
            else if (p instanceof TypeAssertPostfixContext a) {
                x = new Expr.TypeAssert(x.pos(), x, type(a.type_()), b.pos(a.L_PAREN()));
            } else if (p instanceof TypeSwitchGuardPostfixContext g) {
                x = new Expr.TypeAssert(x.pos(), x, null, b.pos(g.L_PAREN()));
            } else {
                throw new IllegalStateException("unknown postfix " + p.getClass());
            }
        }
        return x;
    }

    private Expr primary(PrimaryContext c) {
        if (c instanceof NamePrimaryContext n) return ident(n.IDENTIFIER());
        if (c instanceof LiteralPrimaryContext l) return literal(l.literal());
        if (c instanceof ParenPrimaryContext p) return new Expr.Paren(b.pos(p.L_PAREN()), expr(p.expression()));
        if (c instanceof CompositeLitContext l) return compositeLit(literalType(l.literalType()), l.literalValue());
        if (c instanceof ConversionContext k) return call(typeLitOperand(k.typeLitOperand()), k.arguments());
        if (c instanceof BraceTypePrimaryContext t) return braceType(t.braceTypeLit());
        if (c instanceof FuncLitContext f) return funcLit(f.FUNC().getSymbol(), f.signature(), f.block());
        if (c instanceof FuncConversionContext k) {
            return call(funcType(b.pos(k.functionType().FUNC()), k.functionType().signature()), k.arguments());
        }
        throw new IllegalStateException("unknown primary expression " + c.getClass());
    }

    private Expr primaryNL(PrimaryNoLitContext c) {
        if (c instanceof NamePrimaryNLContext n) return ident(n.IDENTIFIER());
        if (c instanceof LiteralPrimaryNLContext l) return literal(l.literal());
        if (c instanceof ParenPrimaryNLContext p) return new Expr.Paren(b.pos(p.L_PAREN()), expr(p.expression()));
        if (c instanceof CompositeLitNLContext l) {
            return compositeLit(literalTypeNoName(l.literalTypeNoName()), l.literalValue());
        }
        if (c instanceof ConversionNLContext k) return call(typeLitOperand(k.typeLitOperand()), k.arguments());
        if (c instanceof BraceConversionNLContext k) return call(braceType(k.braceTypeLit()), k.arguments());
        if (c instanceof FuncLitNLContext f) return funcLit(f.FUNC().getSymbol(), f.signature(), f.block());
        throw new IllegalStateException("unknown primary expression " + c.getClass());
    }

    private Expr literal(LiteralContext c) {
        Token t = c.getStart();
        Expr.LitKind kind = switch (t.getType()) {
            case lanes.grammar.GoParser.INT_LIT -> Expr.LitKind.INT;
            case lanes.grammar.GoParser.FLOAT_LIT -> Expr.LitKind.FLOAT;
            case lanes.grammar.GoParser.IMAGINARY_LIT -> Expr.LitKind.IMAG;
            case lanes.grammar.GoParser.RUNE_LIT -> Expr.LitKind.CHAR;
            default -> Expr.LitKind.STRING;
        };
        return new Expr.BasicLit(b.pos(t), kind, t.getText());
    }

    /**
     * A unary operation. {@code <-} applied to a channel type is the receive-only channel
     * type instead, re-associated as Go's parser does: {@code <-chan<- chan int} is
     * {@code <-chan (<-chan int)}.
     */
    private Expr unary(Token op, Expr x) {
        Pos pos = b.pos(op);
        String o = op.getText();
        if (o.equals("*")) return new Expr.Star(pos, x);
        if (o.equals("<-") && x instanceof Expr.ChanType c) return recvChan(pos, c);
        return new Expr.Unary(pos, o, x);
    }

    private Expr recvChan(Pos pos, Expr.ChanType c) {
        return switch (c.dir()) {
            case BOTH -> new Expr.ChanType(pos, ChanDir.RECV, c.elem());
            case RECV -> throw b.reject(pos, "syntax error: unexpected <-, expected chan");
            case SEND -> {
                if (!(c.elem() instanceof Expr.ChanType inner)) {
                    throw b.reject(pos, "syntax error: unexpected " + ExprPrinter.print(c.elem()) + ", expected chan");
                }
                yield new Expr.ChanType(pos, ChanDir.RECV, recvChan(inner.pos(), inner));
            }
        };
    }

    private Expr index(Expr x, IndexPostfixContext i) {
        Pos lb = b.pos(i.L_BRACKET());
        if (i.c1 == null) return new Expr.Index(x.pos(), x, expr(i.lo), lb);
        boolean full = i.c2 != null;
        if (full && i.hi == null) throw b.reject(b.pos(i.c2), "middle index required in 3-index slice");
        if (full && i.max == null) throw b.reject(b.pos(i.R_BRACKET()), "final index required in 3-index slice");
        return new Expr.SliceExpr(x.pos(), x, i.lo == null ? null : expr(i.lo), i.hi == null ? null : expr(i.hi),
                i.max == null ? null : expr(i.max), full, lb);
    }

    private Expr call(Expr fun, ArgumentsContext a) {
        List<Expr> args = a.expressionList() == null ? List.of() : exprs(a.expressionList());
        return new Expr.Call(fun.pos(), fun, args, a.ELLIPSIS() != null, b.pos(a.L_PAREN()), b.pos(a.R_PAREN()));
    }

    private Expr funcLit(Token func, SignatureContext sig, BlockContext body) {
        Pos pos = b.pos(func);
        return new Expr.FuncLit(pos, funcType(pos, sig), b.block(body));
    }

    private Expr compositeLit(Expr type, LiteralValueContext v) {
        Expr.CompositeLit lit = literalValue(v);
        return new Expr.CompositeLit(type.pos(), type, lit.elements(), lit.lbrace(), lit.rbrace());
    }

    /** A literal value on its own, as an element of an outer literal: its type is elided. */
    private Expr.CompositeLit literalValue(LiteralValueContext v) {
        List<Expr.Element> elems = new ArrayList<>(v.element().size());
        for (ElementContext e : v.element()) {
            Expr first = elementValue(e.first);
            elems.add(e.second == null ? new Expr.Element(null, first) : new Expr.Element(first, elementValue(e.second)));
        }
        Pos lbrace = b.pos(v.L_CURLY());
        return new Expr.CompositeLit(lbrace, null, elems, lbrace, b.pos(v.R_CURLY()));
    }

    private Expr elementValue(ElementValueContext c) {
        return c.expression() != null ? expr(c.expression()) : literalValue(c.literalValue());
    }

    Ident ident(TerminalNode n) {
        return new Ident(b.pos(n), n.getText());
    }

    Ident ident(Token t) {
        return new Ident(b.pos(t), t.getText());
    }

    // ---- types ----

    Expr type(Type_Context c) {
        if (c instanceof NamedTypeContext n) {
            if (n.typeArgs() != null) throw b.generic(n.typeArgs());
            return typeName(n.typeName());
        }
        if (c instanceof LiteralType_Context l) return typeLit(l.typeLit());
        if (c instanceof ParenTypeContext p) return type(p.type_());
        throw new IllegalStateException("unknown type " + c.getClass());
    }

    Expr typeName(TypeNameContext c) {
        Ident first = ident(c.IDENTIFIER(0));
        if (c.IDENTIFIER().size() == 1) return first;
        return new Expr.Selector(first.pos(), first, ident(c.IDENTIFIER(1)));
    }

    private Expr typeLit(TypeLitContext c) {
        if (c.arrayType() != null) return arrayType(c.arrayType());
        if (c.sliceType() != null) return sliceType(c.sliceType());
        if (c.mapType() != null) return mapType(c.mapType());
        if (c.chanType() != null) return chanType(c.chanType());
        if (c.pointerType() != null) {
            return new Expr.Star(b.pos(c.pointerType().STAR()), type(c.pointerType().type_()));
        }
        if (c.functionType() != null) return funcType(b.pos(c.functionType().FUNC()), c.functionType().signature());
        if (c.structType() != null) return structType(c.structType());
        return interfaceType(c.interfaceType());
    }

    private Expr typeLitOperand(TypeLitOperandContext c) {
        if (c.arrayType() != null) return arrayType(c.arrayType());
        if (c.sliceType() != null) return sliceType(c.sliceType());
        if (c.mapType() != null) return mapType(c.mapType());
        ChanDir dir = c.RECEIVE() != null ? ChanDir.SEND : ChanDir.BOTH;
        return new Expr.ChanType(b.pos(c.CHAN()), dir, type(c.type_()));
    }

    private Expr braceType(BraceTypeLitContext c) {
        return c.structType() != null ? structType(c.structType()) : interfaceType(c.interfaceType());
    }

    private Expr literalType(LiteralTypeContext c) {
        if (c.typeName() != null) {
            if (c.typeArgs() != null) throw b.generic(c.typeArgs());
            return typeName(c.typeName());
        }
        return literalTypeCommon(c.structType(), c.arrayType(), c.sliceType(), c.mapType());
    }

    private Expr literalTypeNoName(LiteralTypeNoNameContext c) {
        return literalTypeCommon(c.structType(), c.arrayType(), c.sliceType(), c.mapType());
    }

    private Expr literalTypeCommon(StructTypeContext st, ArrayTypeContext at, SliceTypeContext sl, MapTypeContext mt) {
        if (st != null) return structType(st);
        if (at != null) return arrayType(at);
        if (sl != null) return sliceType(sl);
        return mapType(mt);
    }

    private Expr arrayType(ArrayTypeContext c) {
        Expr len = c.ELLIPSIS() != null ? new Expr.Ellipsis(b.pos(c.ELLIPSIS()), null) : expr(c.expression());
        return new Expr.ArrayType(b.pos(c.L_BRACKET()), len, type(c.type_()));
    }

    private Expr sliceType(SliceTypeContext c) {
        return new Expr.ArrayType(b.pos(c.L_BRACKET()), null, type(c.type_()));
    }

    private Expr mapType(MapTypeContext c) {
        return new Expr.MapType(b.pos(c.MAP()), type(c.type_(0)), type(c.type_(1)));
    }

    private Expr chanType(ChanTypeContext c) {
        if (c instanceof BidiChanTypeContext s) return new Expr.ChanType(b.pos(s.CHAN()), ChanDir.BOTH, type(s.type_()));
        if (c instanceof SendChanTypeContext s) return new Expr.ChanType(b.pos(s.CHAN()), ChanDir.SEND, type(s.type_()));
        if (c instanceof RecvChanTypeContext s) {
            return new Expr.ChanType(b.pos(s.RECEIVE()), ChanDir.RECV, type(s.type_()));
        }
        throw new IllegalStateException("unknown channel type " + c.getClass());
    }

    private Expr structType(StructTypeContext c) {
        List<Field> fields = new ArrayList<>(c.fieldDecl().size());
        for (FieldDeclContext f : c.fieldDecl()) {
            if (f instanceof NamedFieldContext n) {
                List<Ident> names = identList(n.identifierList());
                fields.add(new Field(names.get(0).pos(), names, type(n.type_()), tag(n.tag)));
            } else if (f instanceof EmbeddedFieldContext e) {
                if (e.typeArgs() != null) throw b.generic(e.typeArgs());
                Expr t = typeName(e.typeName());
                if (e.STAR() != null) t = new Expr.Star(b.pos(e.STAR()), t);
                fields.add(new Field(t.pos(), List.of(), t, tag(e.tag)));
            } else {
                throw new IllegalStateException("unknown field " + f.getClass());
            }
        }
        return new Expr.StructType(b.pos(c.STRUCT()), fields);
    }

    private static String tag(StringLitContext c) {
        return c == null ? null : c.getText();
    }

    private Expr interfaceType(InterfaceTypeContext c) {
        List<Field> methods = new ArrayList<>();
        List<Expr> embeds = new ArrayList<>();
        for (InterfaceElemContext e : c.interfaceElem()) {
            if (e instanceof MethodElemContext m) {
                Ident name = ident(m.IDENTIFIER());
                methods.add(new Field(name.pos(), List.of(name), funcType(name.pos(), m.signature()), null));
            } else if (e instanceof EmbeddedElemContext m) {
                TypeElementContext te = m.typeElement();
                if (te.typeTerm().size() > 1) throw b.generic(te.OR(0).getSymbol());
                TypeTermContext term = te.typeTerm(0);
                if (term.TILDE() != null) throw b.generic(term.TILDE().getSymbol());
                embeds.add(type(term.type_()));
            } else {
                throw new IllegalStateException("unknown interface element " + e.getClass());
            }
        }
        return new Expr.InterfaceType(b.pos(c.INTERFACE()), methods, embeds);
    }

    Expr.FuncType funcType(Pos pos, SignatureContext c) {
        List<Field> params = params(c.parameters());
        List<Field> results = List.of();
        ResultContext r = c.result();
        if (r != null) {
            if (r.parameters() != null) {
                results = params(r.parameters());
            } else {
                Expr t;
                if (r.typeName() != null) {
                    if (r.typeArgs() != null) throw b.generic(r.typeArgs());
                    t = typeName(r.typeName());
                } else {
                    t = typeLit(r.typeLit());
                }
                results = List.of(new Field(t.pos(), List.of(), t, null));
            }
        }
        return new Expr.FuncType(pos, params, results);
    }

    /**
     * Parameters as Go groups them: the grammar reads each entry as an optional name and a
     * type, so in {@code (a, b int)} the "a" arrives as a type; if any entry is named, every
     * bare identifier is a name sharing the next type ({@code paramList} in Go's parser).
     */
    List<Field> params(ParametersContext c) {
        List<ParameterDeclContext> decls = c.parameterDecl();
        int named = 0;
        for (ParameterDeclContext d : decls) if (d.IDENTIFIER() != null) named++;
        List<Field> out = new ArrayList<>();
        if (named == 0) {
            for (ParameterDeclContext d : decls) {
                Expr t = paramType(d);
                out.add(new Field(t.pos(), List.of(), t, null));
            }
            return out;
        }
        // Right to left, as Go does: a bare identifier takes the type to its right.
        Ident[] names = new Ident[decls.size()];
        Expr[] types = new Expr[decls.size()];
        Pos errorPos = null;
        Expr typ = null;
        for (int i = decls.size() - 1; i >= 0; i--) {
            ParameterDeclContext d = decls.get(i);
            if (d.IDENTIFIER() != null) {
                names[i] = ident(d.IDENTIFIER());
                typ = paramType(d);
            } else if (d.ELLIPSIS() == null && bareName(d.type_()) != null) {
                names[i] = bareName(d.type_());
                if (typ == null) errorPos = names[i].pos();
            } else {
                typ = paramType(d);
                errorPos = typ.pos();
            }
            types[i] = typ;
        }
        if (errorPos != null) throw b.reject(errorPos, "syntax error: mixed named and unnamed parameters");
        for (int i = 0; i < decls.size(); ) {
            int j = i;
            List<Ident> group = new ArrayList<>();
            while (j < decls.size() && types[j] == types[i]) group.add(names[j++]);
            out.add(new Field(group.get(0).pos(), group, types[i], null));
            i = j;
        }
        return out;
    }

    private Expr paramType(ParameterDeclContext d) {
        Expr t = type(d.type_());
        return d.ELLIPSIS() == null ? t : new Expr.Ellipsis(b.pos(d.ELLIPSIS()), t);
    }

    /** The identifier if the type is a plain (unqualified, unparenthesized) name. */
    private Ident bareName(Type_Context c) {
        if (c instanceof NamedTypeContext n && n.typeArgs() == null && n.typeName().IDENTIFIER().size() == 1) {
            return ident(n.typeName().IDENTIFIER(0));
        }
        return null;
    }

    List<Ident> identList(IdentifierListContext c) {
        List<Ident> out = new ArrayList<>(c.IDENTIFIER().size());
        for (TerminalNode n : c.IDENTIFIER()) out.add(ident(n));
        return out;
    }
}
