package lanes.interp;

import lanes.ast.Pos;

/** Structured statements: blocks, expressions, if, loops, jumps. */
public final class Stmts {
    private Stmts() {}

    /** A sequence of statements; records each statement's position in the frame before running it. */
    public static final class Block extends S {
        final S[] stmts;
        final Pos[] poss;

        public Block(S[] stmts, Pos[] poss) {
            this.stmts = stmts;
            this.poss = poss;
        }

        @Override
        public int exec(Frame f) {
            S[] ss = stmts;
            Pos[] ps = poss;
            if (ss.length == 1) {
                f.pos = ps[0];
                return ss[0].exec(f);
            }
            for (int i = 0; i < ss.length; i++) {
                f.pos = ps[i];
                int st = ss[i].exec(f);
                if (st != NORMAL) return st;
            }
            return NORMAL;
        }
    }

    /** Statements that always run together with no position bookkeeping (e.g. a multi-assignment). */
    public static final class Seq extends S {
        final S[] stmts;

        public Seq(S[] stmts) {
            this.stmts = stmts;
        }

        @Override
        public int exec(Frame f) {
            for (S s : stmts) {
                int st = s.exec(f);
                if (st != NORMAL) return st;
            }
            return NORMAL;
        }
    }

    public static final class Eval extends S {
        final X x;

        public Eval(X x) {
            this.x = x;
        }

        @Override
        public int exec(Frame f) {
            x.eval(f);
            return NORMAL;
        }
    }

    public static final class Empty extends S {
        @Override
        public int exec(Frame f) {
            return NORMAL;
        }
    }

    public static final class If extends S {
        final X cond;
        final S then;
        final S els;

        public If(X cond, S then, S els) {
            this.cond = cond;
            this.then = then;
            this.els = els;
        }

        @Override
        public int exec(Frame f) {
            if (cond.evalBool(f)) return then.exec(f);
            return els == null ? NORMAL : els.exec(f);
        }
    }

    /**
     * A loop. {@code label} is the identity of its label (or null); a labelled break or
     * continue aimed elsewhere passes through. Each iteration costs a scheduler step.
     */
    public static final class For extends S {
        final X cond;
        final S body;
        final S post;
        final Object label;

        public For(X cond, S body, S post, Object label) {
            this.cond = cond;
            this.body = body;
            this.post = post;
            this.label = label;
        }

        @Override
        public int exec(Frame f) {
            Goroutine g = f.g;
            while (cond == null || cond.evalBool(f)) {
                int st = body.exec(f);
                if (st != NORMAL) {
                    int r = loopControl(f, st, label);
                    if (r >= 0) return r;
                }
                if (post != null) post.exec(f);
                g.interp.tick(g);
            }
            return NORMAL;
        }
    }

    /** {@code break} or {@code continue}, optionally to a label. */
    public static final class Jump extends S {
        final Object label;
        final int code;

        Jump(Object label, int code) {
            this.label = label;
            this.code = code;
        }

        @Override
        public int exec(Frame f) {
            f.label = label;
            return code;
        }
    }

    public static S breakTo(Object label) {
        return new Jump(label, S.BREAK);
    }

    public static S continueTo(Object label) {
        return new Jump(label, S.CONTINUE);
    }

    public static final class Fallthrough extends S {
        @Override
        public int exec(Frame f) {
            return FALLTHROUGH;
        }
    }

    /** A labelled statement that is not a loop (a labelled block, switch or select): break L ends it. */
    public static final class Labeled extends S {
        final Object label;
        final S body;

        public Labeled(Object label, S body) {
            this.label = label;
            this.body = body;
        }

        @Override
        public int exec(Frame f) {
            int st = body.exec(f);
            if (st == BREAK && f.label == label) {
                f.label = null;
                return NORMAL;
            }
            return st;
        }
    }

    /** Handles a loop's result code: returns -1 to keep looping, or the code to return. */
    static int loopControl(Frame f, int st, Object label) {
        if (st == S.BREAK) {
            if (f.label == null || f.label == label) {
                f.label = null;
                return S.NORMAL;
            }
            return st;
        }
        if (st == S.CONTINUE) {
            if (f.label != null && f.label != label) return st;
            f.label = null;
            return -1;
        }
        return st;
    }
}
