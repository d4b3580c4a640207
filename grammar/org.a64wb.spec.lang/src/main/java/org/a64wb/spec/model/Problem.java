package org.a64wb.spec.model;

import org.eclipse.emf.ecore.EObject;

/** A fault found while resolving a spec, attached to the node whose source position explains it. */
public record Problem(EObject node, String message) {
}
