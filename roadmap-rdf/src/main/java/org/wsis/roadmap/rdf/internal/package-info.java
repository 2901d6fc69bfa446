/**
 * Implementation of the RDF formats of {@code org.wsis.roadmap.rdf} (the {@code ttl} and {@code nt}
 * format services): not API, may change in any release without notice.
 */
@NullMarked
package org.wsis.roadmap.rdf.internal;

import org.jspecify.annotations.NullMarked;
