/*
 * A64 assembly in GNU/LLVM syntax. Instruction operands are parsed generically (registers, condition
 * codes, system register names and symbols are all identifiers; a vector element is an identifier
 * with an index, v1.s[2]); which operand forms an instruction accepts comes from the instruction
 * set's syntax model, not from this grammar.
 *
 * Expression precedence follows GNU as: unary, then * / % << >>, then | & ^, then + -.
 */
grammar A64Asm;

program : line (NEWLINE line)* EOF ;

line : statement? (';' statement?)* ;

statement
    : labelDef+ body?
    | body
    ;

labelDef
    : name=(ID | DOTNAME) ':'          # symbolLabel
    | NUMBER ':'                        # localLabel
    ;

body
    : directive
    | instruction
    ;

directive
    : kind=('.text' | '.data' | '.bss')                                           # sectionDirective
    | '.section' sectionName (',' sectionArg)*                                    # namedSectionDirective
    | kind=('.global' | '.globl') symbol (',' symbol)*                            # globalDirective
    | kind=('.align' | '.balign' | '.p2align') expr (',' expr? (',' expr)?)?       # alignDirective
    | kind=('.byte' | '.hword' | '.short' | '.2byte' | '.word' | '.long' | '.4byte'
            | '.quad' | '.xword' | '.8byte' | '.dword') expr (',' expr)*          # dataDirective
    | kind=('.ascii' | '.asciz' | '.string') STRING (',' STRING)*                 # stringDirective
    | kind=('.space' | '.skip' | '.zero') expr (',' expr)?                         # spaceDirective
    | kind=('.equ' | '.set') symbol ',' expr                                      # equDirective
    | symbol '=' expr                                                             # assignDirective
    | DOTNAME (~(NEWLINE | ';'))*                                                 # otherDirective
    ;

sectionName : ID | DOTNAME | STRING | '.text' | '.data' | '.bss' ;

sectionArg : STRING | '@' ID | '%' ID | ID | NUMBER ;

symbol : ID | DOTNAME ;

instruction : mnemonic=ID (operand (',' operand)*)? ;

operand
    : '[' operand (',' operand)* ']' writeback='!'?                   # memoryOperand
    | '{' (operand (',' operand)*)? '}' ('[' expr ']')?                # listOperand
    | ID '[' expr ']'                                                 # elementOperand
    | ID '#'? relocation                                              # shiftRelocOperand
    | ID '#' expr                                                     # shiftOperand
    | ID NUMBER                                                       # shiftBareOperand
    | '#'? sign=('-' | '+')? FLOAT                                    # floatOperand
    | '#' relocation                                                  # relocOperand
    | '#' expr                                                        # immediateOperand
    | relocation                                                      # bareRelocOperand
    | '=' expr                                                        # literalOperand
    | expr                                                            # expressionOperand
    ;

/* :lo12:sym and friends: the part of the expression's value an instruction takes. */
relocation : ':' ID ':' expr ;

expr
    : op=('-' | '~' | '+') expr                                       # unaryExpr
    | expr op=('*' | '/' | '%' | '<<' | '>>') expr                    # mulExpr
    | expr op=('|' | '&' | '^') expr                                  # bitExpr
    | expr op=('+' | '-') expr                                        # addExpr
    | '(' expr ')'                                                    # parenExpr
    | NUMBER                                                          # numberExpr
    | CHAR                                                            # charExpr
    | LOCAL_REF                                                       # localRefExpr
    | '.'                                                             # dotExpr
    | (ID | DOTNAME)                                                  # symbolExpr
    ;

/* A decimal floating-point immediate (fmov d0, #1.5; fcmp s0, #0.0). */
FLOAT : [0-9]+ '.' [0-9]+ ([eE] [+-]? [0-9]+)? ;
NUMBER : '0' [xX] [0-9a-fA-F]+ | '0' [bB] [01]+ | [0-9]+ ;
LOCAL_REF : [0-9]+ [bBfF] ;
ID : [a-zA-Z_$] [a-zA-Z0-9_.$]* ;
DOTNAME : '.' [a-zA-Z_$] [a-zA-Z0-9_.$]* ;
STRING : '"' ( '\\' . | ~["\\\r\n] )* '"' ;
CHAR : '\'' ( '\\' . | ~['\\\r\n] ) '\''? ;
BLOCK_COMMENT : '/*' .*? '*/' -> channel(HIDDEN) ;
LINE_COMMENT : '//' ~[\r\n]* -> channel(HIDDEN) ;
NEWLINE : '\r'? '\n' ;
WS : [ \t\f]+ -> channel(HIDDEN) ;
ERROR_CHAR : . ;
