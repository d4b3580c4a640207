package org.a64wb.spec.ide.navigation;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.resource.EObjectAtOffsetHelper;
import org.eclipse.xtext.resource.XtextResource;

import com.google.inject.Inject;

/**
 * The element at an offset, where a name that is not a cross-reference (a field, a let, a function call, a
 * binding) stands for its declaration: go-to-definition and hover then work on them as on format references.
 */
public class SpecElementAtOffsetHelper extends EObjectAtOffsetHelper {

    @Inject
    private SpecDeclarations declarations;

    @Override
    protected EObject internalResolveElementAt(XtextResource resource, int offset, boolean containment) {
        EObject element = super.internalResolveElementAt(resource, offset, containment);
        if (containment || element == null) {
            return element;
        }
        EObject declaration = declarations.declarationOf(element);
        return declaration != null ? declaration : element;
    }

    /** Go-to-definition asks this one: a cross-reference's target, or the declaration a plain name stands for. */
    @Override
    public EObject getElementWithNameAt(XtextResource resource, int offset) {
        EObject element = super.getElementWithNameAt(resource, offset);
        if (element != null) {
            return element;
        }
        EObject contained = super.internalResolveElementAt(resource, offset, false);
        return contained == null ? null : declarations.declarationOf(contained);
    }
}
