package org.a64wb.spec.generator;

import org.a64wb.spec.A64SpecRuntimeModule;
import org.a64wb.spec.A64SpecStandaloneSetup;
import org.eclipse.xtext.generator.IGenerator2;

import com.google.inject.Guice;
import com.google.inject.Injector;
import com.google.inject.util.Modules;

/**
 * The language plus the Java generator; this is the setup the build's xtext-maven-plugin runs, so
 * the language module itself stays free of code generation.
 */
public class A64SpecGeneratorSetup extends A64SpecStandaloneSetup {

    @Override
    public Injector createInjector() {
        return Guice.createInjector(Modules.override(new A64SpecRuntimeModule())
                .with(binder -> binder.bind(IGenerator2.class).to(InstructionSetGenerator.class)));
    }
}
