/*
 * Go parser for Lanes (Go 1.22 syntax; type parameters are parsed only so that the
 * AST builder can reject them with a clear message). No actions or predicates: the
 * parse package drives it (SLL first, then LL for errors) and builds the AST.
 *
 * The shape follows Go's own hand-written parser (cmd/compile/internal/syntax), which
 * keeps most decisions LL(1) or LL(2), makes SLL prediction fast, and lets a syntax
 * error be worded from the rule in which it is found:
 *  - Simple statements are an expression list with an optional tail; the builder sorts
 *    out assignment, send, inc/dec and expression statements.
 *  - if/for/switch headers are simple statements separated by EOS, as in Go's header();
 *    the builder decides which is init, condition, post or tag, and whether a for
 *    header is a range clause.
 *  - Binary expressions are flat operand/operator lists; the builder applies precedence.
 *  - Imports are accepted among the other declarations; the builder insists they come
 *    first, with Go's message.
 *  - Composite literals whose type is a bare (possibly qualified) name may not appear at
 *    the top level of a statement header: in "if x == T {" the brace opens the block, as
 *    in Go. The *NoLit rules are the header copies of the expression rules without that
 *    alternative; anything nested in parentheses, brackets or braces uses the normal
 *    rules again.
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
    : identifierList type_? (ASSIGN expressionList)?
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

// "[...]T" is accepted anywhere, as Go's parser does; outside a composite literal it is
// the type checker that rejects it.
arrayType
    : L_BRACKET (expression | ELLIPSIS) R_BRACKET type_
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

// As in Go, a list on the left must be followed by an assignment operator.
simpleStmt
    : first=expression
      ( (COMMA more+=expression)+ op=assignOp rhs=expressionList
      | op=assignOp rhs=expressionList
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
    : first=exprNoLit
      ( (COMMA more+=exprNoLit)+ op=assignOp (rhs=expressionListNoLit | range=RANGE x=exprNoLit)
      | op=assignOp (rhs=expressionListNoLit | range=RANGE x=exprNoLit)
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

// Binary expressions are parsed flat and given their precedence by the builder: a loop
// over an operator set is an LL(1) decision, where left-recursive precedence rules need
// full prediction at every operator and operand.
expression
    : unaryExpr (binaryOp unaryExpr)*
    ;

binaryOp
    : LOGICAL_OR | LOGICAL_AND
    | EQUALS | NOT_EQUALS | LESS | LESS_OR_EQUALS | GREATER | GREATER_OR_EQUALS
    | PLUS | MINUS | OR | CARET
    | STAR | DIV | MOD | LSHIFT | RSHIFT | AMPERSAND | BIT_CLEAR
    ;

unaryExpr
    : op=(PLUS | MINUS | EXCLAMATION | CARET | STAR | AMPERSAND | RECEIVE) unaryExpr   # unaryOp
    | primaryExpr                                                          # primaryUnary
    | typeLitOperand                                                       # typeUnary
    | functionType                                                         # funcTypeUnary
    ;

primaryExpr
    : primary postfix*
    ;

primary
    : literal                                                              # literalPrimary
    | IDENTIFIER                                                           # namePrimary
    | L_PAREN expression R_PAREN                                           # parenPrimary
    | literalType literalValue                                             # compositeLit
    | typeLitOperand arguments                                             # conversion
    | braceTypeLit                                                         # braceTypePrimary
    | FUNC signature block                                                 # funcLit
    | functionType arguments                                               # funcConversion
    ;

postfix
    : DOT IDENTIFIER                                                       # selectorPostfix
    | DOT L_PAREN type_ R_PAREN                                            # typeAssertPostfix
    | DOT L_PAREN TYPE R_PAREN                                             # typeSwitchGuardPostfix
    | L_BRACKET
        ( lo=expression (c1=COLON hi=expression? (c2=COLON max=expression?)?)?
        | c1=COLON hi=expression? (c2=COLON max=expression?)?
        ) R_BRACKET                                                        # indexPostfix
    | arguments                                                            # callPostfix
    ;

// Types that can stand where an expression is expected (conversions, make, new, type
// switch cases). Pointer types are unary '*' expressions; '<-chan T' is a unary '<-'
// applied to 'chan T', re-associated by the builder. These type literals are operands
// only when converted or as a whole expression, never followed by a selector or index:
// if "[]pkg.T" could be followed by ".x", SLL prediction of every qualified type name
// would have to look arbitrarily far ahead.
typeLitOperand
    : arrayType
    | sliceType
    | mapType
    | CHAN RECEIVE type_
    | CHAN type_
    ;

// Struct and interface types end in '}', so unlike the others they may be followed by
// anything a primary expression may: "interface{ M() }.M", "struct{}{}", "interface{}(x)".
braceTypeLit
    : structType
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

// Header copies: no composite literal of a bare type name at the top level. A type
// literal here can only be converted or be a composite literal's type, as in Go: "[]T {"
// and "struct{} {" always start a composite literal, never a type followed by a block.
exprNoLit
    : unaryExprNoLit (binaryOp unaryExprNoLit)*
    ;

unaryExprNoLit
    : op=(PLUS | MINUS | EXCLAMATION | CARET | STAR | AMPERSAND | RECEIVE) unaryExprNoLit  # unaryOpNL
    | primaryExprNoLit                                                     # primaryUnaryNL
    ;

primaryExprNoLit
    : primaryNoLit postfix*
    ;

primaryNoLit
    : literal                                                              # literalPrimaryNL
    | IDENTIFIER                                                           # namePrimaryNL
    | L_PAREN expression R_PAREN                                           # parenPrimaryNL
    | literalTypeNoName literalValue                                       # compositeLitNL
    | typeLitOperand arguments                                             # conversionNL
    | braceTypeLit arguments                                               # braceConversionNL
    | FUNC signature block                                                 # funcLitNL
    ;

literalTypeNoName
    : structType
    | arrayType
    | sliceType
    | mapType
    ;
