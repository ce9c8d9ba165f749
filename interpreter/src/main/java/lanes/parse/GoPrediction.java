package lanes.parse;

import org.antlr.v4.runtime.Parser;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.TokenStream;
import org.antlr.v4.runtime.atn.ATN;
import org.antlr.v4.runtime.atn.ATNConfig;
import org.antlr.v4.runtime.atn.ATNConfigSet;
import org.antlr.v4.runtime.atn.ParserATNSimulator;
import org.antlr.v4.runtime.atn.PredictionContext;
import org.antlr.v4.runtime.atn.RuleStopState;
import org.antlr.v4.runtime.atn.SemanticContext;
import org.antlr.v4.runtime.dfa.DFA;

/**
 * Exact LL prediction, for the error-reporting (second) parse only.
 *
 * <p>ANTLR's LL mode predicts with SLL first, which judges what may follow a rule by every
 * place the rule is used anywhere in the grammar. On valid input that only costs
 * lookahead, but on invalid input it can pick an alternative that merely survives longer
 * in some other context: for "func f() (int, string {" it skips the result list because
 * "string {" could continue a composite literal in some conversion's arguments, and the
 * error then surfaces at the "(". Go's parser has committed to the result list at "(".
 * Predicting with the real call stack every time makes the parser meet the first token
 * that no parse in this context accepts, where {@link SyntaxErrors} can word it. When no
 * alternative fits, an alternative that had already completed the decision's rule is
 * chosen, so that the caller meets the error (Go's greedy parser returns from a
 * construct that cannot continue); only if there is none is the error reported at the
 * decision.
 *
 * <p>Full-context prediction has no DFA cache and is slow, so it is used only from
 * {@code exactFrom} on: the start of the top-level declaration in which the fast parse
 * failed. Everything before it parsed, and ANTLR's usual prediction parses it the same.
 */
final class GoPrediction extends ParserATNSimulator {
    private final int exactFrom;

    GoPrediction(Parser parser, ParserATNSimulator sll, int exactFrom) {
        super(parser, parser.getATN(), sll.decisionToDFA, sll.getSharedContextCache());
        this.exactFrom = exactFrom;
    }

    @Override
    public int adaptivePredict(TokenStream input, int decision, ParserRuleContext outerContext) {
        if (input.index() < exactFrom) return super.adaptivePredict(input, decision, outerContext);
        _input = input;
        _startIndex = input.index();
        _outerContext = outerContext;
        DFA dfa = decisionToDFA[decision];
        _dfa = dfa;
        int m = input.mark();
        int index = _startIndex;
        try {
            ATNConfigSet s0 = computeStartState(dfa.atnStartState, outerContext, true);
            return execATNWithFullContext(dfa, null, s0, input, index, outerContext);
        } finally {
            mergeCache = null;
            _dfa = null;
            input.seek(index);
            input.release(m);
        }
    }

    /**
     * ANTLR's own version recognizes a completed rule only in SLL configurations; in full
     * context a configuration has completed the decision's rule when it has returned from
     * it, i.e. its stack is shorter than the stack the prediction started with.
     */
    @Override
    protected int getSynValidOrSemInvalidAltThatFinishedDecisionEntryRule(ATNConfigSet configs,
                                                                          ParserRuleContext outerContext) {
        if (!configs.fullCtx) return super.getSynValidOrSemInvalidAltThatFinishedDecisionEntryRule(configs, outerContext);
        int start = depth(PredictionContext.fromRuleContext(atn, outerContext));
        int alt = ATN.INVALID_ALT_NUMBER;
        for (ATNConfig c : configs) {
            boolean finished = depth(c.context) < start
                    || c.state instanceof RuleStopState && depth(c.context) == start;
            if (!finished) continue;
            if (c.semanticContext != SemanticContext.Empty.Instance && !c.semanticContext.eval(parser, outerContext)) {
                continue;
            }
            if (alt == ATN.INVALID_ALT_NUMBER || c.alt < alt) alt = c.alt;
        }
        return alt;
    }

    private static int depth(PredictionContext c) {
        int d = 0;
        while (c != null && !c.isEmpty()) {
            d++;
            c = c.getParent(0);
        }
        return d;
    }
}
