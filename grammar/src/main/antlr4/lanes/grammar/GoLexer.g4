/*
 * Go lexer for Lanes (Go 1.22 syntax).
 *
 * Automatic semicolon insertion is done with a lexer mode, without embedded code:
 * every token after which Go inserts a semicolon at a line end (identifiers, literals,
 * break continue fallthrough return, ++ -- ) ] }) switches to mode NLSEMI. In that mode
 * a newline, a block comment spanning lines, or an explicit ';' becomes an EOS token;
 * anything else leaves the mode through OTHER, which matches the empty string (hence
 * ANTLR's warning about it) and so consumes nothing. Spaces and line comments keep the
 * mode, so the EOS of "x // note" is the newline after the comment, where Go puts it.
 * The end of input cannot end the mode (ANTLR stops lexing once a token reaches it), so
 * the parse package appends a newline to input that lacks one.
 *
 * The lexer is deliberately lenient about literals (bad escapes, digits, unterminated
 * strings and runes still form a token) so that the parse package can report them in
 * Go's words; characters that start no token go to the ERRORS channel for the same reason.
 */
lexer grammar GoLexer;

channels { ERRORS }

// Keywords
BREAK       : 'break'       -> mode(NLSEMI);
CASE        : 'case';
CHAN        : 'chan';
CONST       : 'const';
CONTINUE    : 'continue'    -> mode(NLSEMI);
DEFAULT     : 'default';
DEFER       : 'defer';
ELSE        : 'else';
FALLTHROUGH : 'fallthrough' -> mode(NLSEMI);
FOR         : 'for';
FUNC        : 'func';
GO          : 'go';
GOTO        : 'goto';
IF          : 'if';
IMPORT      : 'import';
INTERFACE   : 'interface';
MAP         : 'map';
PACKAGE     : 'package';
RANGE       : 'range';
RETURN      : 'return'      -> mode(NLSEMI);
SELECT      : 'select';
STRUCT      : 'struct';
SWITCH      : 'switch';
TYPE        : 'type';
VAR         : 'var';

IDENTIFIER  : LETTER (LETTER | DIGIT)* -> mode(NLSEMI);

// Punctuation
L_PAREN     : '(';
R_PAREN     : ')' -> mode(NLSEMI);
L_CURLY     : '{';
R_CURLY     : '}' -> mode(NLSEMI);
L_BRACKET   : '[';
R_BRACKET   : ']' -> mode(NLSEMI);
ASSIGN      : '=';
COMMA       : ',';
SEMI        : ';' -> type(EOS);
COLON       : ':';
DOT         : '.';
PLUS_PLUS   : '++' -> mode(NLSEMI);
MINUS_MINUS : '--' -> mode(NLSEMI);
DECLARE_ASSIGN : ':=';
ELLIPSIS    : '...';

// Operators
LOGICAL_OR  : '||';
LOGICAL_AND : '&&';
EQUALS      : '==';
NOT_EQUALS  : '!=';
LESS        : '<';
LESS_OR_EQUALS : '<=';
GREATER     : '>';
GREATER_OR_EQUALS : '>=';
OR          : '|';
DIV         : '/';
MOD         : '%';
LSHIFT      : '<<';
RSHIFT      : '>>';
BIT_CLEAR   : '&^';
EXCLAMATION : '!';
PLUS        : '+';
MINUS       : '-';
CARET       : '^';
STAR        : '*';
AMPERSAND   : '&';
RECEIVE     : '<-';
TILDE       : '~';

PLUS_ASSIGN      : '+=';
MINUS_ASSIGN     : '-=';
STAR_ASSIGN      : '*=';
DIV_ASSIGN       : '/=';
MOD_ASSIGN       : '%=';
AND_ASSIGN       : '&=';
OR_ASSIGN        : '|=';
XOR_ASSIGN       : '^=';
LSHIFT_ASSIGN    : '<<=';
RSHIFT_ASSIGN    : '>>=';
BIT_CLEAR_ASSIGN : '&^=';

// Literals. Digits, escapes and terminations are checked by lanes.parse, not here.
IMAGINARY_LIT : (INT_BODY | FLOAT_BODY) 'i' -> mode(NLSEMI);
FLOAT_LIT     : FLOAT_BODY -> mode(NLSEMI);
INT_LIT       : INT_BODY -> mode(NLSEMI);

RUNE_LIT      : '\'' (~['\\\r\n] | '\\' ~[\r\n])* '\'' -> mode(NLSEMI);
BAD_RUNE_LIT  : '\'' (~['\\\r\n] | '\\' ~[\r\n])* '\\'? -> type(RUNE_LIT), mode(NLSEMI);

STRING_LIT    : '"' (~["\\\r\n] | '\\' ~[\r\n])* '"' -> mode(NLSEMI);
BAD_STRING_LIT: '"' (~["\\\r\n] | '\\' ~[\r\n])* '\\'? -> type(STRING_LIT), mode(NLSEMI);
RAW_STRING_LIT: '`' ~'`'* '`' -> mode(NLSEMI);
BAD_RAW_STRING_LIT : '`' ~'`'* EOF -> type(RAW_STRING_LIT), mode(NLSEMI);

WS            : [ \t\r\n]+ -> skip;
COMMENT       : '/*' .*? '*/' -> skip;
LINE_COMMENT  : '//' ~[\r\n]* -> skip;
BAD_COMMENT   : '/*' (~'*' | '*'+ ~[*/])* '*'* EOF -> channel(ERRORS);

INVALID_CHAR  : . -> channel(ERRORS);

fragment INT_BODY
    : [0-9] [0-9_]*
    | '0' [xX] [0-9a-fA-F_]*
    | '0' [oO] [0-9_]*
    | '0' [bB] [0-9_]*
    ;

// Go's scanner reads any exponent after any mantissa and then complains; so does this
// lexer, leaving the complaint to lanes.parse.
fragment FLOAT_BODY
    : [0-9] [0-9_]* '.' [0-9_]* EXPONENT?
    | [0-9] [0-9_]* EXPONENT
    | '.' [0-9] [0-9_]* EXPONENT?
    | '0' [xX] [0-9a-fA-F_]* '.' [0-9a-fA-F_]* HEX_EXPONENT?
    | '0' [xX] [0-9a-fA-F_]* HEX_EXPONENT
    | '0' [oObB] [0-9_]* '.' [0-9_]* EXPONENT?
    | '0' [oObB] [0-9_]* EXPONENT
    ;

fragment EXPONENT     : [eEpP] [+-]? [0-9_]*;
fragment HEX_EXPONENT : [pP] [+-]? [0-9_]*;

// Any non-ASCII character may continue (or start) an identifier here, as in Go's
// scanner, which then reports the ones that are not letters or digits; lanes.parse does
// the same. Spelling out the Unicode letter classes would make the lexer's ATN many
// times larger and its class noticeably slower to load.
fragment LETTER        : [a-zA-Z_\u0080-\u{10FFFF}];
fragment DIGIT         : [0-9];

// After a token that may end a statement: a line end becomes EOS.
mode NLSEMI;

WS_NLSEMI           : [ \t\r]+ -> skip;
COMMENT_NLSEMI      : '/*' ~[\r\n]*? '*/' -> skip;
LINE_COMMENT_NLSEMI : '//' ~[\r\n]* -> skip;
EOS                 : ('\n' | ';' | '/*' .*? '*/') -> mode(DEFAULT_MODE);
OTHER               : -> skip, mode(DEFAULT_MODE);
