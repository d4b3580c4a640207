/** The DS components that contribute the PSCI/SMCCC firmware as trap handlers (not exported). */
package org.a64wb.hypervisor.psci.internal;
