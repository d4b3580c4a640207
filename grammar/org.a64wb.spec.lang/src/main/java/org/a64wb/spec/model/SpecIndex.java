package org.a64wb.spec.model;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.a64wb.spec.a64Spec.Encoding;
import org.a64wb.spec.a64Spec.FieldDecl;
import org.a64wb.spec.a64Spec.FormatDecl;
import org.a64wb.spec.a64Spec.FunctionDecl;
import org.a64wb.spec.a64Spec.GroupDecl;
import org.a64wb.spec.a64Spec.InstructionSetDecl;
import org.a64wb.spec.a64Spec.Member;
import org.a64wb.spec.a64Spec.SpecFile;
import org.a64wb.spec.a64Spec.SystemOperationDecl;
import org.a64wb.spec.a64Spec.SystemRegisterDecl;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;

/**
 * Everything one instruction set declares, across all the files of its resource set: the set
 * declaration, its group files, functions, shared fields, resolved encodings, system registers and SYS
 * operations in file order.
 */
public final class SpecIndex {

    private final InstructionSetDecl set;
    private final List<SpecFile> files = new ArrayList<>();
    private final Map<String, FunctionDecl> functions = new LinkedHashMap<>();
    private final Map<String, FieldDecl> sharedFields = new LinkedHashMap<>();
    private final List<ResolvedEncoding> encodings = new ArrayList<>();
    private final List<Problem> problems = new ArrayList<>();
    private final List<SystemRegisterDecl> systemRegisters = new ArrayList<>();
    private final List<SystemOperationDecl> systemOperations = new ArrayList<>();

    private SpecIndex(InstructionSetDecl set, List<SpecFile> members) {
        this.set = set;
        files.addAll(members);
        files.sort((a, b) -> fileName(a).compareTo(fileName(b)));
        for (SpecFile file : files) {
            for (Member member : file.getMembers()) {
                if (member instanceof FunctionDecl function) {
                    functions.putIfAbsent(function.getName(), function);
                } else if (member instanceof FieldDecl field) {
                    sharedFields.putIfAbsent(field.getName(), field);
                } else if (member instanceof SystemRegisterDecl register) {
                    systemRegisters.add(register);
                } else if (member instanceof SystemOperationDecl operation) {
                    systemOperations.add(operation);
                }
            }
        }
        EncodingResolver resolver = new EncodingResolver();
        for (SpecFile file : files) {
            for (Member member : file.getMembers()) {
                if (member instanceof Encoding encoding) {
                    resolver.resolve(encoding, problems).ifPresent(encodings::add);
                }
            }
        }
    }

    /** The index of the set the given file belongs to, or null when its header does not name one. */
    public static SpecIndex of(Resource resource) {
        SpecFile file = specFile(resource);
        InstructionSetDecl set = file == null ? null : setOf(file);
        return set == null ? null : new SpecIndex(set, filesOfSet(resource));
    }

    /** The files of the set the given file belongs to (itself alone when it names none), without resolving anything. */
    public static List<SpecFile> filesOfSet(Resource resource) {
        SpecFile file = specFile(resource);
        InstructionSetDecl set = file == null ? null : setOf(file);
        if (set == null) {
            return file == null ? List.of() : List.of(file);
        }
        List<SpecFile> members = new ArrayList<>();
        ResourceSet resourceSet = resource.getResourceSet();
        List<Resource> resources = resourceSet == null ? List.of(resource) : List.copyOf(resourceSet.getResources());
        for (Resource candidate : resources) {
            SpecFile other = specFile(candidate);
            if (other != null && setOf(other) == set) {
                members.add(other);
            }
        }
        members.sort((a, b) -> fileName(a).compareTo(fileName(b)));
        return members;
    }

    public static SpecFile specFile(Resource resource) {
        if (resource == null || resource.getContents().isEmpty()) {
            return null;
        }
        EObject root = resource.getContents().get(0);
        return root instanceof SpecFile file ? file : null;
    }

    public static InstructionSetDecl setOf(SpecFile file) {
        if (file.getHeader() instanceof InstructionSetDecl set) {
            return set;
        }
        if (file.getHeader() instanceof GroupDecl group && group.getSet() != null && !group.getSet().eIsProxy()) {
            return group.getSet();
        }
        return null;
    }

    public static String groupTitle(SpecFile file) {
        if (file.getHeader() instanceof GroupDecl group) {
            return group.getTitle();
        }
        InstructionSetDecl set = (InstructionSetDecl) file.getHeader();
        return set.getTitle() == null ? set.getName() : set.getTitle();
    }

    public static String fileName(SpecFile file) {
        Resource resource = file.eResource();
        return resource == null ? "<memory>" : resource.getURI().lastSegment();
    }

    public InstructionSetDecl set() {
        return set;
    }

    public List<SpecFile> files() {
        return files;
    }

    public FunctionDecl function(String name) {
        return functions.get(name);
    }

    public FieldDecl sharedField(String name) {
        return sharedFields.get(name);
    }

    public List<ResolvedEncoding> encodings() {
        return encodings;
    }

    /** The {@code sysreg} declarations of every file of the set, in file order. */
    public List<SystemRegisterDecl> systemRegisters() {
        return systemRegisters;
    }

    /** The {@code sysop} declarations, in file order. */
    public List<SystemOperationDecl> systemOperations() {
        return systemOperations;
    }

    public List<Problem> problems() {
        return problems;
    }

    public FormatDecl format(String name) {
        for (SpecFile file : files) {
            for (Member member : file.getMembers()) {
                if (member instanceof FormatDecl format && format.getName().equals(name)) {
                    return format;
                }
            }
        }
        return null;
    }
}
