package lanes.parse;

import org.antlr.v4.runtime.DefaultErrorStrategy;
import org.antlr.v4.runtime.NoViableAltException;
import org.antlr.v4.runtime.Parser;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.RecognitionException;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.atn.ATN;
import org.antlr.v4.runtime.atn.ATNConfig;
import org.antlr.v4.runtime.atn.ATNState;
import org.antlr.v4.runtime.atn.Transition;
import org.antlr.v4.runtime.misc.IntervalSet;

/**
 * Stops the parse at the first syntax error, recording what {@link SyntaxErrors} needs to
 * word it as Go would. There is no recovery: Lanes reports only the first error.
 *
 * <p>{@link #sync} detects an error on entry to an optional block or loop when the next
 * token fits neither the block nor what follows it in the rule (so "f(,)" fails where an
 * expression was still possible); errors in decisions that need more lookahead arrive as
 * {@link NoViableAltException}s, whose dead-end configurations tell what the token after
 * the viable prefix could have been.
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
        IntervalSet expected = null;
        if (e instanceof NoViableAltException nva && nva.getDeadEndConfigs() != null) {
            expected = deadEndTokens(nva);
        }
        if (expected == null || expected.isNil()) {
            expected = parser.getATN().nextTokens(parser.getATN().states.get(parser.getState()));
        }
        record(e.getOffendingToken() != null ? e.getOffendingToken() : parser.getCurrentToken(), ctx, expected);
    }

    @Override
    public Token recoverInline(Parser parser) {
        ATN atn = parser.getATN();
        record(parser.getCurrentToken(), parser.getContext(), atn.nextTokens(atn.states.get(parser.getState())));
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
                    record(parser.getCurrentToken(), parser.getContext(), next);
            default -> { }
        }
    }

    private void record(Token offending, ParserRuleContext ctx, IntervalSet expected) {
        if (problem == null) problem = new SyntaxProblem(offending, ctx, expected);
        throw new Stop();
    }

    /** The token types the configurations alive just before the offending token could match. */
    private static IntervalSet deadEndTokens(NoViableAltException e) {
        IntervalSet set = new IntervalSet();
        for (ATNConfig c : e.getDeadEndConfigs()) {
            for (Transition t : c.state.getTransitions()) {
                if (!t.isEpsilon() && t.label() != null) set.addAll(t.label());
            }
        }
        return set;
    }
}
