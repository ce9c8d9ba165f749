/*
 * Go parser for Lanes (Go 1.22 syntax; type parameters are parsed only so that the
 * AST builder can reject them with a clear message).
 *
 * Shape notes, all chosen to keep decisions LL(1) or LL(2) so that SLL prediction is
 * fast and rarely needs full context:
 *  - Simple statements are an expression list with an optional tail (as in Go's own
 *    parser); the builder sorts out assignment, send, inc/dec and expression statements.
 *  - if/for/switch headers are parsed like Go's header(): simple statements separated
 *    by EOS; the builder decides which is init, condition, post or tag, and whether a
 *    for header is a range clause.
 *  - Composite literals whose type is a bare (possibly qualified) name may not appear at
 *    the top level of a statement header ("if x == T{} {" means a block). The *NoLit
 *    rules are the header copies of the expression rules without that alternative;
 *    anything nested in parentheses, brackets or braces uses the normal rules again.
 */
parser grammar GoParser;

options { tokenVocab = GoLexer; }

sourceFile
    : packageClause EOS (topLevelDecl EOS)* EOF
    ;

packageClause
    : PACKAGE IDENTIFIER
    ;

topLevelDecl
    : importDecl
    | declaration
    | functionDecl
    | methodDecl
    ;

importDecl
    : IMPORT (importSpec | L_PAREN (importSpec (EOS importSpec)* EOS?)? R_PAREN)
    ;

importSpec
    : alias=(DOT | IDENTIFIER)? STRING_LIT
    | alias=(DOT | IDENTIFIER)? RAW_STRING_LIT
    ;

declaration
    : constDecl
    | typeDecl
    | varDecl
    ;

constDecl
    : CONST (constSpec | L_PAREN (constSpec (EOS constSpec)* EOS?)? R_PAREN)
    ;

constSpec
    : identifierList (type_? ASSIGN expressionList)?
    ;

identifierList
    : IDENTIFIER (COMMA IDENTIFIER)*
    ;

expressionList
    : expression (COMMA expression)*
    ;

typeDecl
    : TYPE (typeSpec | L_PAREN (typeSpec (EOS typeSpec)* EOS?)? R_PAREN)
    ;

typeSpec
    : IDENTIFIER ASSIGN? type_                    # plainTypeSpec
    | IDENTIFIER typeParameters ASSIGN? type_     # genericTypeSpec
    ;

varDecl
    : VAR (varSpec | L_PAREN (varSpec (EOS varSpec)* EOS?)? R_PAREN)
    ;

varSpec
    : identifierList (type_ (ASSIGN expressionList)? | ASSIGN expressionList)
    ;

functionDecl
    : FUNC IDENTIFIER typeParameters? signature block?
    ;

methodDecl
    : FUNC receiver=parameters IDENTIFIER signature block?
    ;

typeParameters
    : L_BRACKET typeParamDecl (COMMA typeParamDecl)* COMMA? R_BRACKET
    ;

typeParamDecl
    : identifierList typeElement
    ;

typeElement
    : typeTerm (OR typeTerm)*
    ;

typeTerm
    : TILDE? type_
    ;

// ---------------------------------------------------------------------------
// Types

type_
    : typeName typeArgs?                          # namedType
    | L_PAREN type_ R_PAREN                       # parenType
    | typeLit                                     # literalType_
    ;

typeName
    : IDENTIFIER (DOT IDENTIFIER)?
    ;

typeArgs
    : L_BRACKET type_ (COMMA type_)* COMMA? R_BRACKET
    ;

typeLit
    : arrayType
    | sliceType
    | mapType
    | chanType
    | pointerType
    | functionType
    | structType
    | interfaceType
    ;

arrayType
    : L_BRACKET expression R_BRACKET type_
    ;

sliceType
    : L_BRACKET R_BRACKET type_
    ;

mapType
    : MAP L_BRACKET type_ R_BRACKET type_
    ;

chanType
    : CHAN RECEIVE type_                          # sendChanType
    | CHAN type_                                  # bidiChanType
    | RECEIVE CHAN type_                          # recvChanType
    ;

pointerType
    : STAR type_
    ;

functionType
    : FUNC signature
    ;

structType
    : STRUCT L_CURLY (fieldDecl (EOS fieldDecl)* EOS?)? R_CURLY
    ;

fieldDecl
    : identifierList type_ tag=stringLit?         # namedField
    | STAR? typeName typeArgs? tag=stringLit?     # embeddedField
    ;

stringLit
    : STRING_LIT
    | RAW_STRING_LIT
    ;

interfaceType
    : INTERFACE L_CURLY (interfaceElem (EOS interfaceElem)* EOS?)? R_CURLY
    ;

interfaceElem
    : IDENTIFIER signature                        # methodElem
    | typeElement                                 # embeddedElem
    ;

signature
    : parameters result?
    ;

result
    : parameters
    | typeName typeArgs?
    | typeLit
    ;

parameters
    : L_PAREN (parameterDecl (COMMA parameterDecl)* COMMA?)? R_PAREN
    ;

parameterDecl
    : IDENTIFIER? ELLIPSIS? type_
    ;

// ---------------------------------------------------------------------------
// Statements

block
    : L_CURLY statementList R_CURLY
    ;

statementList
    : statement? (EOS statement?)*
    ;

statement
    : declaration                                  # declStmt
    | IDENTIFIER COLON statement?                  # labeledStmt
    | simpleStmt                                   # simpleStatement
    | GO expression                                # goStmt
    | DEFER expression                             # deferStmt
    | RETURN expressionList?                       # returnStmt
    | BREAK IDENTIFIER?                            # breakStmt
    | CONTINUE IDENTIFIER?                         # continueStmt
    | GOTO IDENTIFIER                              # gotoStmt
    | FALLTHROUGH                                  # fallthroughStmt
    | block                                        # blockStmt
    | ifStmt                                       # ifStatement
    | SWITCH head=simpleStmtNoLit? (semi=EOS tag=simpleStmtNoLit?)?
          L_CURLY exprCaseClause* R_CURLY          # switchStmt
    | SELECT L_CURLY commClause* R_CURLY           # selectStmt
    | FOR head=simpleStmtNoLit?
          (semi1=EOS cond=simpleStmtNoLit? semi2=EOS post=simpleStmtNoLit?)? block  # forStmt
    ;

simpleStmt
    : lhs=expressionList
      ( op=assignOp rhs=expressionList
      | incDec=(PLUS_PLUS | MINUS_MINUS)
      | arrow=RECEIVE value=expression
      )?
    ;

assignOp
    : ASSIGN | DECLARE_ASSIGN
    | PLUS_ASSIGN | MINUS_ASSIGN | STAR_ASSIGN | DIV_ASSIGN | MOD_ASSIGN
    | AND_ASSIGN | OR_ASSIGN | XOR_ASSIGN | LSHIFT_ASSIGN | RSHIFT_ASSIGN | BIT_CLEAR_ASSIGN
    ;

ifStmt
    : IF head=simpleStmtNoLit? (semi=EOS cond=simpleStmtNoLit?)? block
      (ELSE (ifStmt | block))?
    ;

exprCaseClause
    : (CASE expressionList | DEFAULT) COLON statementList
    ;

commClause
    : (CASE simpleStmt | DEFAULT) COLON statementList
    ;

// A range clause is accepted in every header; the builder rejects it outside 'for'.
simpleStmtNoLit
    : lhs=expressionListNoLit
      ( op=assignOp (rhs=expressionListNoLit | range=RANGE x=exprNoLit)
      | incDec=(PLUS_PLUS | MINUS_MINUS)
      | arrow=RECEIVE value=exprNoLit
      )?
    | range=RANGE x=exprNoLit
    ;

expressionListNoLit
    : exprNoLit (COMMA exprNoLit)*
    ;

// ---------------------------------------------------------------------------
// Expressions

expression
    : primaryExpr                                                          # primaryExpression
    | typeLitOperand                                                       # typeExpression
    | functionType                                                         # funcTypeExpression
    | op=(PLUS | MINUS | EXCLAMATION | CARET | STAR | AMPERSAND | RECEIVE) expression  # unaryExpression
    | expression op=(STAR | DIV | MOD | LSHIFT | RSHIFT | AMPERSAND | BIT_CLEAR) expression  # binaryExpression
    | expression op=(PLUS | MINUS | OR | CARET) expression                 # binaryExpression
    | expression op=(EQUALS | NOT_EQUALS | LESS | LESS_OR_EQUALS | GREATER | GREATER_OR_EQUALS) expression  # binaryExpression
    | expression op=LOGICAL_AND expression                                  # binaryExpression
    | expression op=LOGICAL_OR expression                                   # binaryExpression
    ;

primaryExpr
    : operand                                                              # operandExpr
    | literalType literalValue                                             # compositeLit
    | typeLitOperand arguments                                             # conversion
    | FUNC signature block                                                 # funcLit
    | primaryExpr DOT IDENTIFIER                                           # selectorExpr
    | primaryExpr DOT L_PAREN type_ R_PAREN                                # typeAssertExpr
    | primaryExpr DOT L_PAREN TYPE R_PAREN                                 # typeSwitchGuard
    | primaryExpr L_BRACKET lo=expression?
        (c1=COLON hi=expression? (c2=COLON max=expression?)?)? R_BRACKET   # indexExpr
    | primaryExpr arguments                                                # callExpr
    ;

operand
    : literal                                                              # literalOperand
    | IDENTIFIER                                                           # nameOperand
    | L_PAREN expression R_PAREN                                           # parenOperand
    ;

// Types that can stand where an expression is expected (conversions, make, new, type
// switch cases). Pointer types are unary '*' expressions; '<-chan T' is a unary '<-'
// applied to 'chan T', re-associated by the builder. A type literal is an operand only
// when converted or as a whole expression, never followed by a selector or index: if
// "[]pkg.T" could be followed by ".x", SLL prediction of every qualified type name
// would have to look arbitrarily far ahead.
typeLitOperand
    : arrayType
    | sliceType
    | mapType
    | CHAN RECEIVE type_
    | CHAN type_
    | structType
    | interfaceType
    ;

literal
    : INT_LIT
    | FLOAT_LIT
    | IMAGINARY_LIT
    | RUNE_LIT
    | STRING_LIT
    | RAW_STRING_LIT
    ;

literalType
    : structType
    | arrayType
    | L_BRACKET ELLIPSIS R_BRACKET type_
    | sliceType
    | mapType
    | typeName typeArgs?
    ;

literalValue
    : L_CURLY (element (COMMA element)* COMMA?)? R_CURLY
    ;

element
    : first=elementValue (COLON second=elementValue)?
    ;

elementValue
    : expression
    | literalValue
    ;

arguments
    : L_PAREN (expressionList ELLIPSIS? COMMA?)? R_PAREN
    ;

// Header copies: no composite literal of a bare type name at the top level.
exprNoLit
    : primaryExprNoLit                                                     # primaryExpressionNL
    | typeLitOperand                                                       # typeExpressionNL
    | op=(PLUS | MINUS | EXCLAMATION | CARET | STAR | AMPERSAND | RECEIVE) exprNoLit  # unaryExpressionNL
    | exprNoLit op=(STAR | DIV | MOD | LSHIFT | RSHIFT | AMPERSAND | BIT_CLEAR) exprNoLit  # binaryExpressionNL
    | exprNoLit op=(PLUS | MINUS | OR | CARET) exprNoLit                   # binaryExpressionNL
    | exprNoLit op=(EQUALS | NOT_EQUALS | LESS | LESS_OR_EQUALS | GREATER | GREATER_OR_EQUALS) exprNoLit  # binaryExpressionNL
    | exprNoLit op=LOGICAL_AND exprNoLit                                    # binaryExpressionNL
    | exprNoLit op=LOGICAL_OR exprNoLit                                     # binaryExpressionNL
    ;

primaryExprNoLit
    : operandNoLit                                                         # operandExprNL
    | literalTypeNoName literalValue                                       # compositeLitNL
    | typeLitOperand arguments                                             # conversionNL
    | FUNC signature block                                                 # funcLitNL
    | primaryExprNoLit DOT IDENTIFIER                                      # selectorExprNL
    | primaryExprNoLit DOT L_PAREN type_ R_PAREN                           # typeAssertExprNL
    | primaryExprNoLit DOT L_PAREN TYPE R_PAREN                            # typeSwitchGuardNL
    | primaryExprNoLit L_BRACKET lo=expression?
        (c1=COLON hi=expression? (c2=COLON max=expression?)?)? R_BRACKET   # indexExprNL
    | primaryExprNoLit arguments                                           # callExprNL
    ;

operandNoLit
    : literal                                                              # literalOperandNL
    | IDENTIFIER                                                           # nameOperandNL
    | L_PAREN expression R_PAREN                                           # parenOperandNL
    ;

literalTypeNoName
    : structType
    | arrayType
    | L_BRACKET ELLIPSIS R_BRACKET type_
    | sliceType
    | mapType
    ;
