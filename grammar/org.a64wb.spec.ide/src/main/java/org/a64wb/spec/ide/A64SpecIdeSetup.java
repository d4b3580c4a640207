package org.a64wb.spec.ide;

import org.a64wb.spec.A64SpecRuntimeModule;
import org.a64wb.spec.A64SpecStandaloneSetup;
import org.eclipse.xtext.util.Modules2;

import com.google.inject.Guice;
import com.google.inject.Injector;

/** The language with its ide services; found by the language server through META-INF/services/org.eclipse.xtext.ISetup. */
public class A64SpecIdeSetup extends A64SpecStandaloneSetup {

    @Override
    public Injector createInjector() {
        return Guice.createInjector(Modules2.mixin(new A64SpecRuntimeModule(), new A64SpecIdeModule()));
    }
}
