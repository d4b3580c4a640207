/**
 * The assembly syntax of each encoding as data (templates, preferred aliases and the expressions in
 * them), generated from the spec so that an assembler needs no second table of mnemonics.
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.0.0")
package org.a64wb.isa.api.syntax;
