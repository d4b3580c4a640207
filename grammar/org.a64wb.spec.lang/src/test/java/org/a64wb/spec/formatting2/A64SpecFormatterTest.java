package org.a64wb.spec.formatting2;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import org.a64wb.spec.validation.A64SpecInjectorProvider;
import org.eclipse.emf.common.util.URI;
import org.eclipse.xtext.formatting2.FormatterRequest;
import org.eclipse.xtext.formatting2.IFormatter2;
import org.eclipse.xtext.formatting2.regionaccess.ITextRegionAccess;
import org.eclipse.xtext.formatting2.regionaccess.ITextReplacement;
import org.eclipse.xtext.formatting2.regionaccess.TextRegionAccessBuilder;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.google.inject.Inject;
import com.google.inject.Provider;

/** The formatter turns any spacing into the layout isa-spec/ is written in, and leaves that layout alone. */
@ExtendWith(InjectionExtension.class)
@InjectWith(A64SpecInjectorProvider.class)
class A64SpecFormatterTest {

    static final String CANONICAL = """
            // A small set.
            instruction-set T package test.t group "Test"

            function x(r): string = org.a64wb.isa.api.operands.A64Operands.x
            field imm = sext(imm19, 19) << 2
            operation memoryAccess()


            format ls_pair : opc:2 101 V=0 010 L:1 signed imm7:7 Rt2:5 Rn:5 Rt:5
                exec memoryAccess()
                class loadstore

            insn LDP_x : ls_pair(opc=10, L=1)
                asm "ldp {Rt:x}, {Rt2:x}, [{Rn:xsp}]"
                // the words with Rt == Rt2 are CONSTRAINED UNPREDICTABLE
                where Rt != Rt2 && !(Rn == 31 || (Rt & 1) == 0)
                let scaled = -imm7 * 8
                    + 1
                mem(op=load, kind=X, size=8, regs=[Rt, Rt2], base=Rn)
            insn NOP : 1101 0101 0000 0011 0010 0000 0001 1111
                asm "nop"
                class system
            """;

    static final String BADLY_SPACED = """
            // A small set.
            instruction-set   T package test . t group "Test"

            function x ( r ) : string=org.a64wb.isa.api.operands.A64Operands.x
              field imm=sext( imm19 ,19 )<<2
            operation memoryAccess( )




            format ls_pair: opc : 2 101 V = 0 010 L:1 signed imm7:7 Rt2:5 Rn:5 Rt:5 exec memoryAccess ()
            class loadstore

            insn LDP_x :ls_pair ( opc = 10 , L=1 )
             asm "ldp {Rt:x}, {Rt2:x}, [{Rn:xsp}]"
                  // the words with Rt == Rt2 are CONSTRAINED UNPREDICTABLE
              where Rt!=Rt2&&! ( Rn==31||( Rt&1 )==0 )
            let scaled = - imm7*8
                          + 1
                mem ( op = load,kind=X , size=8, regs = [ Rt,Rt2 ] , base=Rn )
            insn NOP : 1101 0101 0000 0011 0010 0000 0001 1111 asm "nop"    class system
            """;

    @Inject
    private Provider<XtextResourceSet> resourceSets;

    @Inject
    private Provider<FormatterRequest> requests;

    @Inject
    private IFormatter2 formatter;

    @Inject
    private TextRegionAccessBuilder regionAccess;

    String format(String text) throws Exception {
        XtextResource resource = (XtextResource) resourceSets.get().createResource(URI.createURI("test.a64"));
        resource.load(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), null);
        assertEquals(List.of(), resource.getErrors(), "syntax errors in\n" + text);
        ITextRegionAccess access = regionAccess.forNodeModel(resource).create();
        FormatterRequest request = requests.get().setTextRegionAccess(access);
        List<ITextReplacement> replacements = new ArrayList<>(formatter.format(request));
        replacements.sort(Comparator.comparingInt(ITextReplacement::getOffset).reversed());
        StringBuilder result = new StringBuilder(text);
        for (ITextReplacement replacement : replacements) {
            result.replace(replacement.getOffset(), replacement.getEndOffset(), replacement.getReplacementText());
        }
        return result.toString();
    }

    @Test
    void badlySpacedSpecBecomesCanonical() throws Exception {
        assertEquals(CANONICAL, format(BADLY_SPACED));
    }

    @Test
    void canonicalSpecStaysAsItIs() throws Exception {
        assertEquals(CANONICAL, format(CANONICAL));
    }

    /** Lines {@code from - 1 .. from + 1} of {@code text}, the context a layout difference is judged in. */
    private static String around(List<String> lines, int from) {
        return String.join("\n", lines.subList(Math.max(0, from - 1), Math.min(lines.size(), from + 2)));
    }

    /** isa-spec/ is the reference layout: formatting any of its files changes nothing. */
    @Test
    void isaSpecFilesAreCanonical() throws Exception {
        List<String> differences = new ArrayList<>();
        try (Stream<Path> files = Files.list(Path.of("../../isa-spec"))) {
            for (Path file : files.filter(p -> p.toString().endsWith(".a64")).sorted().toList()) {
                List<String> want = Files.readAllLines(file);
                List<String> got = format(Files.readString(file)).lines().toList();
                for (int i = 0; i < Math.max(want.size(), got.size()); i++) {
                    if (i >= want.size() || i >= got.size() || !want.get(i).equals(got.get(i))) {
                        differences.add(file.getFileName() + ":" + (i + 1) + " was\n" + around(want, i) + "\nformatted\n" + around(got, i));
                        break;
                    }
                }
            }
        }
        assertEquals(List.of(), differences, String.join("\n\n", differences));
    }
}
