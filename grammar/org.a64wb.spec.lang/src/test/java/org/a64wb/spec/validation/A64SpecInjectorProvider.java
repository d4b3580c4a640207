package org.a64wb.spec.validation;

import org.a64wb.spec.A64SpecStandaloneSetup;
import org.eclipse.xtext.testing.IInjectorProvider;

import com.google.inject.Injector;

public class A64SpecInjectorProvider implements IInjectorProvider {

    private static Injector injector;

    @Override
    public synchronized Injector getInjector() {
        if (injector == null) {
            injector = new A64SpecStandaloneSetup().createInjectorAndDoEMFRegistration();
        }
        return injector;
    }
}
