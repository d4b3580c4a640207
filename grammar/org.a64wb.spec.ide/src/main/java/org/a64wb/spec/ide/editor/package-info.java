/**
 * The spec language's editor services in process, for an editor that is not an LSP client (the workbench's spec
 * editor): the language server's own services behind a small API of plain Java types, so that the caller needs
 * neither Xtext, EMF nor LSP4J on its class path (the workbench runs them privately inside one bundle).
 */
package org.a64wb.spec.ide.editor;
