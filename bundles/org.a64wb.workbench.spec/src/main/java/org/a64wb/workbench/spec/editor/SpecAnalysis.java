package org.a64wb.workbench.spec.editor;

import java.util.List;

import org.a64wb.spec.ide.editor.SpecEditorSession;

/** What the language server says about one version of the document. */
record SpecAnalysis(long stamp, List<SpecEditorSession.Problem> problems, List<SpecEditorSession.Token> tokens,
        List<SpecEditorSession.Symbol> outline) {
}
