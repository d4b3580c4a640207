package org.a64wb.spec.ide;

import org.a64wb.spec.ide.contentassist.A64SpecProposalProvider;
import org.a64wb.spec.ide.highlighting.A64SpecHighlightingCalculator;
import org.a64wb.spec.ide.hover.EncodingHoverService;
import org.a64wb.spec.ide.navigation.SpecElementAtOffsetHelper;
import org.a64wb.spec.ide.symbols.SpecDocumentSymbols;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.generator.IShouldGenerate;
import org.eclipse.xtext.ide.editor.contentassist.IdeContentProposalProvider;
import org.eclipse.xtext.ide.editor.syntaxcoloring.ISemanticHighlightingCalculator;
import org.eclipse.xtext.ide.server.hover.IHoverService;
import org.eclipse.xtext.ide.server.symbol.DocumentSymbolMapper;
import org.eclipse.xtext.resource.EObjectAtOffsetHelper;
import org.eclipse.xtext.util.CancelIndicator;

/** The editor services of the spec language, for the language server and any other Xtext ide client. */
public class A64SpecIdeModule extends AbstractA64SpecIdeModule {

    public Class<? extends IHoverService> bindIHoverService() {
        return EncodingHoverService.class;
    }

    public Class<? extends ISemanticHighlightingCalculator> bindISemanticHighlightingCalculator() {
        return A64SpecHighlightingCalculator.class;
    }

    public Class<? extends IdeContentProposalProvider> bindIdeContentProposalProvider() {
        return A64SpecProposalProvider.class;
    }

    /** Names that are not cross-references (fields, lets, functions, bindings) still lead to their declaration. */
    public Class<? extends EObjectAtOffsetHelper> bindEObjectAtOffsetHelper() {
        return SpecElementAtOffsetHelper.class;
    }

    public Class<? extends DocumentSymbolMapper.DocumentSymbolNameProvider> bindDocumentSymbolNameProvider() {
        return SpecDocumentSymbols.NameProvider.class;
    }

    public Class<? extends DocumentSymbolMapper.DocumentSymbolKindProvider> bindDocumentSymbolKindProvider() {
        return SpecDocumentSymbols.KindProvider.class;
    }

    /** An editor session never writes the generated decoder: that is the build's job. */
    public Class<? extends IShouldGenerate> bindIShouldGenerate() {
        return NeverGenerate.class;
    }

    public static final class NeverGenerate implements IShouldGenerate {
        @Override
        public boolean shouldGenerate(Resource resource, CancelIndicator cancelIndicator) {
            return false;
        }
    }
}
