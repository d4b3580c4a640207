package org.a64wb.accel.api;

/** An accelerator backend (the in-process emulator here; HVF or KVM through FFM on an arm64 host later). */
public interface Accelerator {

    /** Service property naming the backend. */
    String NAME_PROPERTY = "a64.accel.name";

    String name();

    VirtualMachine createVm();
}
