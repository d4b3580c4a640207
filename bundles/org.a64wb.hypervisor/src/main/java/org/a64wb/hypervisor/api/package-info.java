/**
 * The hypervisor's extension points and the context a trap handler works in: exits are dispatched
 * to contributed {@link org.a64wb.hypervisor.api.TrapHandler} services, selected by exception class,
 * a filter and a priority; handlers see registers lazily and write back only what they changed.
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.3.0")
package org.a64wb.hypervisor.api;
