package org.a64wb.hypervisor.psci;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import javax.xml.parsers.DocumentBuilderFactory;

import org.a64wb.hypervisor.api.Outcome;
import org.a64wb.hypervisor.api.TrapContext;
import org.a64wb.hypervisor.api.TrapHandler;
import org.a64wb.hypervisor.dispatch.HandlerRegistration;
import org.a64wb.hypervisor.dispatch.TrapHandlerRegistry;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The bundle's trap-handler contributions exactly as DS would register them: the component classes
 * instantiated and their properties read from the component descriptions bnd generated
 * (OSGI-INF/*.xml), added by hand to a {@link TrapHandlerRegistry}.
 */
final class Contributions {

    static final List<String> COMPONENTS = List.of(
            "org.a64wb.hypervisor.psci.internal.PsciHvcHandler",
            "org.a64wb.hypervisor.psci.internal.PsciSmcHandler",
            "org.a64wb.hypervisor.psci.internal.SmcccHvcFallback",
            "org.a64wb.hypervisor.psci.internal.SmcccSmcFallback");

    private Contributions() {
    }

    static TrapHandlerRegistry registry(List<String> problems) {
        TrapHandlerRegistry registry = new TrapHandlerRegistry();
        registry.onProblem(problems::add);
        for (String component : COMPONENTS) {
            registry.add(instantiate(component), properties(component));
        }
        return registry;
    }

    static TrapHandlerRegistry registry() {
        List<String> problems = new ArrayList<>();
        TrapHandlerRegistry registry = registry(problems);
        if (!problems.isEmpty()) {
            throw new AssertionError(problems);
        }
        return registry;
    }

    static TrapHandler instantiate(String component) {
        try {
            return (TrapHandler) Class.forName(component).getDeclaredConstructor().newInstance();
        } catch (ReflectiveOperationException e) {
            throw new AssertionError(component + ": " + e, e);
        }
    }

    /** The properties of a component description, typed as DS types them. */
    static Map<String, Object> properties(String component) {
        String resource = "/OSGI-INF/" + component + ".xml";
        try (InputStream in = Contributions.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new AssertionError("no component description " + resource + " (bnd did not process the DS annotations)");
            }
            var factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            NodeList nodes = factory.newDocumentBuilder().parse(in).getElementsByTagName("property");
            Map<String, Object> properties = new HashMap<>();
            for (int i = 0; i < nodes.getLength(); i++) {
                Element e = (Element) nodes.item(i);
                // A property without a value attribute is an array, one element per line of its body (DS 1.3, 112.4.5).
                if (!e.hasAttribute("value")) {
                    properties.put(e.getAttribute("name"), e.getTextContent().strip().lines().map(String::strip).toArray(String[]::new));
                    continue;
                }
                String value = e.getAttribute("value");
                properties.put(e.getAttribute("name"), "Integer".equals(e.getAttribute("type")) ? (Object) Integer.valueOf(value) : value);
            }
            return properties;
        } catch (AssertionError e) {
            throw e;
        } catch (Exception e) {
            throw new AssertionError(resource + ": " + e, e);
        }
    }

    /** Dispatches like MachineRunner: matching handlers in priority order until one does not decline; null if none. */
    static Outcome dispatch(TrapHandlerRegistry registry, TrapContext context) {
        long x0 = context.registers().x(0);
        for (HandlerRegistration r : registry.matching(context.exit(), context.syndrome(), x0)) {
            Outcome outcome = r.handler().handle(context);
            if (outcome != Outcome.DECLINE) {
                return outcome;
            }
        }
        return null;
    }
}
