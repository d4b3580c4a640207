package org.a64wb.spec.ide.navigation;

import java.util.ArrayList;
import java.util.List;

import org.a64wb.spec.a64Spec.A64SpecPackage;
import org.a64wb.spec.a64Spec.ArgumentBinding;
import org.a64wb.spec.a64Spec.Encoding;
import org.a64wb.spec.a64Spec.Execute;
import org.a64wb.spec.a64Spec.FieldBinding;
import org.a64wb.spec.a64Spec.FormatDecl;
import org.a64wb.spec.a64Spec.FormatUse;
import org.a64wb.spec.a64Spec.LetDecl;
import org.a64wb.spec.a64Spec.Parameter;
import org.a64wb.spec.a64Spec.Pattern;
import org.a64wb.spec.a64Spec.PatternElement;
import org.a64wb.spec.a64Spec.PatternField;
import org.a64wb.spec.a64Spec.Property;
import org.a64wb.spec.a64Spec.Ref;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.naming.QualifiedName;
import org.eclipse.xtext.resource.IEObjectDescription;
import org.eclipse.xtext.resource.IResourceDescriptions;
import org.eclipse.xtext.resource.IResourceDescriptionsProvider;

import com.google.inject.Inject;

/**
 * The declarations behind the names the grammar does not link: a name in an expression (a field of the
 * encoding or its format, a let, a shared field, or a function when called), a field binding's field and an
 * argument's parameter. Same rules as {@link org.a64wb.spec.model.EncodingScope}, which checks them.
 */
public class SpecDeclarations {

    @Inject
    private IResourceDescriptionsProvider indexProvider;

    /** The declaration {@code element} names, or null when it names none (or is a declaration itself). */
    public EObject declarationOf(EObject element) {
        if (element instanceof Ref ref) {
            if (ref.isCall()) {
                return global(ref, A64SpecPackage.Literals.FUNCTION_DECL, ref.getName());
            }
            EObject local = fieldOrLet(ref, ref.getName());
            return local != null ? local : global(ref, A64SpecPackage.Literals.FIELD_DECL, ref.getName());
        }
        if (element instanceof FieldBinding binding) {
            FormatUse use = (FormatUse) binding.eContainer();
            return use.getFormat() == null || use.getFormat().eIsProxy() ? null : patternField(use.getFormat().getPattern(), binding.getField());
        }
        if (element instanceof ArgumentBinding argument && argument.eContainer() instanceof Execute execute
                && execute.getOperation() != null && !execute.getOperation().eIsProxy()) {
            for (Parameter parameter : execute.getOperation().getParams()) {
                if (parameter.getName().equals(argument.getName())) {
                    return parameter;
                }
            }
        }
        return null;
    }

    /** The fields a binding or expression inside {@code context} can name: its encoding's or format's pattern. */
    public static List<PatternField> fieldsInScope(EObject context) {
        List<PatternField> fields = new ArrayList<>();
        Encoding encoding = EcoreUtil2.getContainerOfType(context, Encoding.class);
        FormatDecl format = encoding == null ? EcoreUtil2.getContainerOfType(context, FormatDecl.class) : formatOf(encoding);
        if (encoding != null && encoding.getPattern() != null) {
            addFields(encoding.getPattern(), fields);
        }
        if (format != null) {
            addFields(format.getPattern(), fields);
        }
        return fields;
    }

    /** The lets visible inside {@code context}: the encoding's, then its format's. */
    public static List<LetDecl> letsInScope(EObject context) {
        List<LetDecl> lets = new ArrayList<>();
        Encoding encoding = EcoreUtil2.getContainerOfType(context, Encoding.class);
        FormatDecl format = encoding == null ? EcoreUtil2.getContainerOfType(context, FormatDecl.class) : formatOf(encoding);
        if (encoding != null) {
            addLets(encoding.getProperties(), lets);
        }
        if (format != null) {
            addLets(format.getProperties(), lets);
        }
        return lets;
    }

    /** Names of the declarations of {@code type} the workspace index holds. */
    public List<String> globalNames(EObject context, EClass type) {
        List<String> names = new ArrayList<>();
        for (IEObjectDescription description : index(context).getExportedObjectsByType(type)) {
            names.add(description.getName().getLastSegment());
        }
        return names;
    }

    private static FormatDecl formatOf(Encoding encoding) {
        FormatUse use = encoding.getFormat();
        return use == null || use.getFormat() == null || use.getFormat().eIsProxy() ? null : use.getFormat();
    }

    private static void addFields(Pattern pattern, List<PatternField> fields) {
        if (pattern == null) {
            return;
        }
        for (PatternElement element : pattern.getElements()) {
            if (element instanceof PatternField field) {
                fields.add(field);
            }
        }
    }

    private static void addLets(List<Property> properties, List<LetDecl> lets) {
        for (Property property : properties) {
            if (property instanceof LetDecl let) {
                lets.add(let);
            }
        }
    }

    private static EObject fieldOrLet(EObject context, String name) {
        for (LetDecl let : letsInScope(context)) {
            if (let.getName().equals(name)) {
                return let;
            }
        }
        for (PatternField field : fieldsInScope(context)) {
            if (field.getName().equals(name)) {
                return field;
            }
        }
        return null;
    }

    private static PatternField patternField(Pattern pattern, String name) {
        List<PatternField> fields = new ArrayList<>();
        addFields(pattern, fields);
        return fields.stream().filter(f -> f.getName().equals(name)).findFirst().orElse(null);
    }

    private IResourceDescriptions index(EObject context) {
        return indexProvider.getResourceDescriptions(context.eResource().getResourceSet());
    }

    /** A declaration of the workspace by name; one in the same file first. */
    private EObject global(EObject context, EClass type, String name) {
        EObject found = null;
        for (IEObjectDescription description : index(context).getExportedObjects(type, QualifiedName.create(name), false)) {
            EObject declaration = EcoreUtil2.resolve(description.getEObjectOrProxy(), context.eResource().getResourceSet());
            if (declaration.eIsProxy()) {
                continue;
            }
            if (declaration.eResource() == context.eResource()) {
                return declaration;
            }
            if (found == null) {
                found = declaration;
            }
        }
        return found;
    }
}
