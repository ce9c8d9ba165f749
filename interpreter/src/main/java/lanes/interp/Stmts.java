package lanes.interp;

import lanes.ast.Pos;

/** Structured statements: blocks, expressions, if, loops, jumps. */
public final class Stmts {
    private Stmts() {}

    /**
     * A sequence of statements, which records each statement's position in the frame before
     * running it. Blocks of up to four statements get a node class with a call site for each
     * position: the JIT profiles each position on its own, so a goroutine parked at its first
     * statement and resumed later does not meet a compiled block that assumed the first
     * statement's class everywhere (a hundred thousand released goroutines each deoptimized).
     */
    public static S block(S[] stmts, Pos[] poss) {
        return switch (stmts.length) {
            case 1 -> new Block1(stmts[0], poss[0]);
            case 2 -> new Block2(stmts, poss);
            case 3 -> new Block3(stmts, poss);
            case 4 -> new Block4(stmts, poss);
            default -> new Block(stmts, poss);
        };
    }

    static final class Block1 extends S {
        final S s0;
        final Pos p0;

        Block1(S s0, Pos p0) {
            this.s0 = s0;
            this.p0 = p0;
        }

        @Override
        public int exec(Frame f) {
            f.pos = p0;
            return s0.exec(f);
        }
    }

    static final class Block2 extends S {
        final S s0, s1;
        final Pos p0, p1;

        Block2(S[] s, Pos[] p) {
            s0 = s[0];
            s1 = s[1];
            p0 = p[0];
            p1 = p[1];
        }

        @Override
        public int exec(Frame f) {
            f.pos = p0;
            int st = s0.exec(f);
            if (st != NORMAL) return st;
            f.pos = p1;
            return s1.exec(f);
        }
    }

    static final class Block3 extends S {
        final S s0, s1, s2;
        final Pos p0, p1, p2;

        Block3(S[] s, Pos[] p) {
            s0 = s[0];
            s1 = s[1];
            s2 = s[2];
            p0 = p[0];
            p1 = p[1];
            p2 = p[2];
        }

        @Override
        public int exec(Frame f) {
            f.pos = p0;
            int st = s0.exec(f);
            if (st != NORMAL) return st;
            f.pos = p1;
            st = s1.exec(f);
            if (st != NORMAL) return st;
            f.pos = p2;
            return s2.exec(f);
        }
    }

    static final class Block4 extends S {
        final S s0, s1, s2, s3;
        final Pos p0, p1, p2, p3;

        Block4(S[] s, Pos[] p) {
            s0 = s[0];
            s1 = s[1];
            s2 = s[2];
            s3 = s[3];
            p0 = p[0];
            p1 = p[1];
            p2 = p[2];
            p3 = p[3];
        }

        @Override
        public int exec(Frame f) {
            f.pos = p0;
            int st = s0.exec(f);
            if (st != NORMAL) return st;
            f.pos = p1;
            st = s1.exec(f);
            if (st != NORMAL) return st;
            f.pos = p2;
            st = s2.exec(f);
            if (st != NORMAL) return st;
            f.pos = p3;
            return s3.exec(f);
        }
    }

    /** A block of any length: one call site for every position. */
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
