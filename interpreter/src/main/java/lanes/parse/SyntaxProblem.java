package lanes.parse;

import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.misc.IntervalSet;

/**
 * The first syntax error as ANTLR saw it, before {@link SyntaxErrors} puts it into Go's
 * words: the token that could not be matched, the innermost rule context being parsed,
 * the rule in which the token was found wanting ({@code ctx}'s rule, or a rule below it
 * that a multi-token prediction had entered), and the token types that would have been
 * accepted there ({@code expected} may contain {@link Token#EPSILON} when the rule could
 * also have ended).
 */
record SyntaxProblem(Token offending, ParserRuleContext ctx, int rule, IntervalSet expected) {}
