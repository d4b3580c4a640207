package org.a64wb.spec.ide.highlighting;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.SemanticTokens;
import org.eclipse.lsp4j.SemanticTokensParams;
import org.eclipse.xtext.ide.editor.syntaxcoloring.ISemanticHighlightingCalculator;
import org.eclipse.xtext.ide.editor.syntaxcoloring.LightweightPosition;
import org.eclipse.xtext.ide.editor.syntaxcoloring.MergingHighlightedPositionAcceptor;
import org.eclipse.xtext.ide.server.Document;
import org.eclipse.xtext.ide.server.semantictokens.SemanticTokensService;
import org.eclipse.xtext.resource.IResourceServiceProvider;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.util.CancelIndicator;

import com.google.inject.Inject;

/**
 * LSP semantic tokens with the {@link SpecTokenTypes} legend. Xtext 2.42's own encoding numbers a type by its
 * legend index plus one, so every token would take the colour of the next legend entry; this one encodes the
 * index itself, and splits a token that spans lines (LSP tokens stay on one line).
 */
public class SpecSemanticTokensService extends SemanticTokensService {

    @Inject
    private IResourceServiceProvider.Registry languages;

    @Override
    protected void addTokenTypes() {
        getTokenTypes().addAll(SpecTokenTypes.ALL);
    }

    @Override
    public SemanticTokens semanticTokensFull(Document document, XtextResource resource, SemanticTokensParams params,
            CancelIndicator cancelIndicator) {
        List<Integer> data = new ArrayList<>();
        if (document == null || resource == null) {
            return new SemanticTokens(data);
        }
        IResourceServiceProvider language = languages.getResourceServiceProvider(resource.getURI());
        ISemanticHighlightingCalculator calculator = language == null ? null : language.get(ISemanticHighlightingCalculator.class);
        if (calculator == null) {
            return new SemanticTokens(data);
        }
        MergingHighlightedPositionAcceptor acceptor = new MergingHighlightedPositionAcceptor(calculator);
        calculator.provideHighlightingFor(resource, acceptor, cancelIndicator);
        acceptor.mergePositions();
        List<LightweightPosition> positions = new ArrayList<>(acceptor.getPositions());
        positions.sort(Comparator.comparingInt(LightweightPosition::getOffset));
        String text = document.getContents();
        int lastLine = 0;
        int lastCharacter = 0;
        for (LightweightPosition position : positions) {
            int type = typeIndex(position.getIds());
            if (type < 0) {
                continue;
            }
            int start = position.getOffset();
            int end = Math.min(text.length(), start + position.getLength());
            while (start < end) {
                int lineEnd = start;
                while (lineEnd < end && text.charAt(lineEnd) != '\n' && text.charAt(lineEnd) != '\r') {
                    lineEnd++;
                }
                if (lineEnd > start) {
                    Position at = document.getPosition(start);
                    int deltaLine = at.getLine() - lastLine;
                    data.add(deltaLine);
                    data.add(deltaLine == 0 ? at.getCharacter() - lastCharacter : at.getCharacter());
                    data.add(lineEnd - start);
                    data.add(type);
                    data.add(0);
                    lastLine = at.getLine();
                    lastCharacter = at.getCharacter();
                }
                start = lineEnd;
                while (start < end && (text.charAt(start) == '\n' || text.charAt(start) == '\r')) {
                    start++;
                }
            }
        }
        return new SemanticTokens(data);
    }

    private int typeIndex(String[] ids) {
        for (String id : ids) {
            int index = getTokenTypes().indexOf(id);
            if (index >= 0) {
                return index;
            }
        }
        return -1;
    }
}
