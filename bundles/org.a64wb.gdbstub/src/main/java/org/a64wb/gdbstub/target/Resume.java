package org.a64wb.gdbstub.target;

/** What a thread does when the target resumes (vCont's c, s and t). */
public enum Resume {
    CONTINUE,
    /** One instruction, then the whole target stops with SIGTRAP for this thread. */
    STEP,
    STOP
}
