/**
 * A GICv3 (Arm IHI 0069, "GICv3 and GICv4 Architecture Specification") with one Security state
 * (GICD_CTLR.DS = 1, what a guest sees under KVM's vGIC), affinity routing always on, no LPIs/ITS:
 * the distributor and redistributor register frames, the CPU interface as ICC_* system registers, and
 * one IRQ/FIQ output per PE. It knows nothing of CPUs or VMMs, so the accelerator and a VMM can host
 * the same model (seed 002's two placements).
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.0.0")
package org.a64wb.gic;
