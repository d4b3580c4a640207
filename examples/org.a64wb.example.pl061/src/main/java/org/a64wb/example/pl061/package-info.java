/** An example device bundle: the ARM PrimeCell GPIO (PL061) for any board with a "gpio" slot. */
package org.a64wb.example.pl061;
