package org.a64wb.spec.ide.symbols;

import org.a64wb.spec.a64Spec.SystemOperationDecl;
import org.a64wb.spec.a64Spec.SystemRegisterDecl;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.lsp4j.SymbolKind;
import org.eclipse.xtext.ide.server.symbol.DocumentSymbolMapper;

/** The outline's names and kinds for system registers and SYS operations; the rest as Xtext names them. */
public final class SpecDocumentSymbols {

    private SpecDocumentSymbols() {
    }

    /** A SYS operation is its alias and name, {@code DC CIVAC}: the name alone repeats across aliases (CFP/DVP/CPP RCTX). */
    public static class NameProvider extends DocumentSymbolMapper.DocumentSymbolNameProvider {
        @Override
        public String getName(EObject object) {
            if (object instanceof SystemOperationDecl operation) {
                return operation.getAlias() + " " + operation.getName();
            }
            return super.getName(object);
        }
    }

    /** A register is a variable of the PE, a SYS operation something it does. */
    public static class KindProvider extends DocumentSymbolMapper.DocumentSymbolKindProvider {
        @Override
        public SymbolKind getSymbolKind(EObject object) {
            if (object instanceof SystemRegisterDecl) {
                return SymbolKind.Variable;
            }
            if (object instanceof SystemOperationDecl) {
                return SymbolKind.Function;
            }
            return super.getSymbolKind(object);
        }
    }
}
