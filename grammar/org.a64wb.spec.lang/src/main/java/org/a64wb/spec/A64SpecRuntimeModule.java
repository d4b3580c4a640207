package org.a64wb.spec;

import org.a64wb.spec.formatting2.A64SpecFormatter;
import org.eclipse.xtext.formatting2.IFormatter2;

/** The language's runtime services beyond the generated defaults. */
public class A64SpecRuntimeModule extends AbstractA64SpecRuntimeModule {

    public Class<? extends IFormatter2> bindIFormatter2() {
        return A64SpecFormatter.class;
    }
}
