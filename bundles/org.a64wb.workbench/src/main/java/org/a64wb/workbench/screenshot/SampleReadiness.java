package org.a64wb.workbench.screenshot;

import java.util.LinkedHashSet;
import java.util.Set;

/**
 * Parts that load their sample in the background (a guest booting) say so here, so that the screenshot waits
 * for them. It lives in the application's context; only the UI thread touches it.
 */
public final class SampleReadiness {

    private final Set<String> pending = new LinkedHashSet<>();

    public void pending(String what) {
        pending.add(what);
    }

    public void done(String what) {
        pending.remove(what);
    }

    public boolean ready() {
        return pending.isEmpty();
    }

    @Override
    public String toString() {
        return pending.isEmpty() ? "ready" : "waiting for " + String.join(", ", pending);
    }
}
