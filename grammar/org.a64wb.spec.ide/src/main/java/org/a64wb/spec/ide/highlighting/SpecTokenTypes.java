package org.a64wb.spec.ide.highlighting;

import java.util.List;

/**
 * The highlighting a spec's tokens get, named as LSP semantic token types so that an editor without a grammar
 * of its own (the Eclipse generic editor, a plain VS Code client) colours them with its theme.
 */
public final class SpecTokenTypes {

    public static final String KEYWORD = "keyword";
    public static final String OPERATOR = "operator";
    public static final String NUMBER = "number";
    public static final String STRING = "string";
    public static final String COMMENT = "comment";
    /** An instruction set. */
    public static final String NAMESPACE = "namespace";
    /** An instruction (insn). */
    public static final String CLASS = "class";
    /** A format. */
    public static final String TYPE = "type";
    /** An operation (the generated semantics' methods), a SYS operation. */
    public static final String METHOD = "method";
    public static final String FUNCTION = "function";
    /** A bit field of a pattern, or a shared field. */
    public static final String PROPERTY = "property";
    /** A let, a name in an expression, a system register, a constant the emulator provides. */
    public static final String VARIABLE = "variable";
    /** An operation's or function's parameter, an argument binding. */
    public static final String PARAMETER = "parameter";
    /** A class or feature word, a memory-access key, a system register's access, EL and location words. */
    public static final String ENUM_MEMBER = "enumMember";

    /** The legend, in the order the language server announces it. */
    public static final List<String> ALL = List.of(KEYWORD, OPERATOR, NUMBER, STRING, COMMENT, NAMESPACE, CLASS, TYPE, METHOD,
            FUNCTION, PROPERTY, VARIABLE, PARAMETER, ENUM_MEMBER);

    private SpecTokenTypes() {
    }
}
