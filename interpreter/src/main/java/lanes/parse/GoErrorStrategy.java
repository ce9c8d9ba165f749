package lanes.parse;

import java.util.BitSet;

import org.antlr.v4.runtime.DefaultErrorStrategy;
import org.antlr.v4.runtime.NoViableAltException;
import org.antlr.v4.runtime.Parser;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.RecognitionException;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.atn.ATN;
import org.antlr.v4.runtime.atn.ATNConfig;
import org.antlr.v4.runtime.atn.ATNState;
import org.antlr.v4.runtime.atn.PredictionContext;
import org.antlr.v4.runtime.atn.RuleStartState;
import org.antlr.v4.runtime.atn.RuleTransition;
import org.antlr.v4.runtime.atn.Transition;
import org.antlr.v4.runtime.misc.IntervalSet;

import static lanes.grammar.GoParser.RULE_arguments;
import static lanes.grammar.GoParser.RULE_interfaceType;
import static lanes.grammar.GoParser.RULE_literalValue;
import static lanes.grammar.GoParser.RULE_parameters;
import static lanes.grammar.GoParser.RULE_structType;

/**
 * Stops the parse at the first syntax error, recording what {@link SyntaxErrors} needs to
 * word it as Go would: the token, the rule, and what the rule would have accepted. There
 * is no recovery: Lanes reports only the first error.
 *
 * <p>{@link #sync} detects an error on entry to an optional block or loop when the next
 * token fits neither the block nor what follows it in the rule (so "f(,)" fails where an
 * expression was still possible). Errors found by a prediction that needed more than one
 * token arrive as {@link NoViableAltException}s; their dead-end configurations tell where
 * inside the decision the parse got stuck.
 */
final class GoErrorStrategy extends DefaultErrorStrategy {
    /** Unwinds the parser once the problem is recorded. */
    static final class Stop extends RuntimeException {
        Stop() {
            super(null, null, false, false);
        }
    }

    private SyntaxProblem problem;

    SyntaxProblem problem() {
        return problem;
    }

    @Override
    public void reportError(Parser parser, RecognitionException e) {
        ParserRuleContext ctx = e.getCtx() instanceof ParserRuleContext c ? c : parser.getContext();
        Token offending = e.getOffendingToken() != null ? e.getOffendingToken() : parser.getCurrentToken();
        if (e instanceof NoViableAltException nva && nva.getDeadEndConfigs() != null && deadEnd(parser, nva, offending, ctx)) {
            return;
        }
        ATN atn = parser.getATN();
        record(offending, ctx, ctx.getRuleIndex(), atn.nextTokens(atn.states.get(parser.getState())));
    }

    @Override
    public Token recoverInline(Parser parser) {
        ATN atn = parser.getATN();
        ParserRuleContext ctx = parser.getContext();
        record(parser.getCurrentToken(), ctx, ctx.getRuleIndex(), atn.nextTokens(atn.states.get(parser.getState())));
        return null; // not reached
    }

    @Override
    public void recover(Parser parser, RecognitionException e) {
        throw new Stop();
    }

    @Override
    public void sync(Parser parser) {
        ATN atn = parser.getATN();
        ATNState s = atn.states.get(parser.getState());
        IntervalSet next = atn.nextTokens(s);
        int la = parser.getInputStream().LA(1);
        if (next.contains(la) || next.contains(Token.EPSILON)) return;
        switch (s.getStateType()) {
            case ATNState.BLOCK_START, ATNState.STAR_BLOCK_START, ATNState.PLUS_BLOCK_START,
                 ATNState.STAR_LOOP_ENTRY, ATNState.PLUS_LOOP_BACK, ATNState.STAR_LOOP_BACK ->
                    record(parser.getCurrentToken(), parser.getContext(), parser.getContext().getRuleIndex(), next);
            default -> { }
        }
    }

    private void record(Token offending, ParserRuleContext ctx, int rule, IntervalSet expected) {
        if (problem == null) problem = new SyntaxProblem(offending, ctx, rule, expected);
        throw new Stop();
    }

    /**
     * Records a failed prediction from the configurations that were alive just before the
     * offending token. A configuration sitting where its rule has consumed nothing yet (at
     * the start of a type, say) stands for its caller, which required that rule there; so
     * each configuration is lifted to the first enclosing rule invocation that has made
     * progress. Of those, the outermost is where Go's parser would have been: inner ones
     * are optional continuations it would not have tried. The tokens of all
     * configurations lifted to that level are what was expected.
     */
    private boolean deadEnd(Parser parser, NoViableAltException e, Token offending, ParserRuleContext ctx) {
        ATN atn = parser.getATN();
        Shape shape = new Shape(atn);
        int bestDepth = Integer.MAX_VALUE;
        int bestRule = -1;
        IntervalSet expected = new IntervalSet();
        for (ATNConfig c : e.getDeadEndConfigs()) {
            ATNState s = c.state;
            PredictionContext pc = c.context;
            int depth = depth(pc);
            while (shape.atEntry(s) && pc != null && !pc.isEmpty()) {
                ATNState invoker = shape.invoker(pc.getReturnState(0));
                if (invoker == null) break;
                s = invoker;
                pc = pc.getParent(0);
                depth--;
            }
            IntervalSet next = atn.nextTokens(c.state);
            if (depth < bestDepth) {
                bestDepth = depth;
                bestRule = s.ruleIndex;
                expected = new IntervalSet(next);
            } else if (depth == bestDepth) {
                expected.addAll(next);
                if (listRule(s.ruleIndex)) bestRule = s.ruleIndex;
            }
        }
        if (bestRule < 0) return false;
        record(offending, ctx, bestRule, expected);
        return true;
    }

    private static int depth(PredictionContext c) {
        int d = 0;
        while (c != null && !c.isEmpty()) {
            d++;
            c = c.getParent(0);
        }
        return d;
    }

    /** Where in its rule each ATN state is, as far as {@link #deadEnd} needs to know. */
    private static final class Shape {
        private final BitSet entry = new BitSet();
        private final ATNState[] invokers;

        Shape(ATN atn) {
            this.invokers = new ATNState[atn.states.size()];
            for (ATNState s : atn.states) {
                if (s == null) continue;
                for (Transition t : s.getTransitions()) {
                    if (t instanceof RuleTransition rt) invokers[rt.followState.stateNumber] = s;
                }
            }
            for (RuleStartState start : atn.ruleToStartState) mark(start);
        }

        /** Marks the states reachable from a rule's start without consuming a token in it. */
        private void mark(ATNState s) {
            if (entry.get(s.stateNumber)) return;
            entry.set(s.stateNumber);
            for (Transition t : s.getTransitions()) {
                if (t.isEpsilon() && !(t instanceof RuleTransition)) mark(t.target);
            }
        }

        boolean atEntry(ATNState s) {
            return entry.get(s.stateNumber);
        }

        ATNState invoker(int returnState) {
            return returnState >= 0 && returnState < invokers.length ? invokers[returnState] : null;
        }
    }

    /** Rules whose "possibly missing comma or )" message is the most useful when tied. */
    private static boolean listRule(int rule) {
        return rule == RULE_parameters || rule == RULE_arguments || rule == RULE_literalValue
                || rule == RULE_structType || rule == RULE_interfaceType;
    }
}
