/**
 * Architecture rules over every module, checked with ArchUnit on the compiled classes and by a
 * scan of the sources: what core may depend on, who may use {@code internal} packages, what public
 * signatures may name, and that nothing reads files outside the project.
 */
package org.wsis.roadmap.architecture;
