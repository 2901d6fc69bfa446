/**
 * Implementation of {@code org.wsis.roadmap.report}: the view of a roadmap the HTML templates read,
 * the escaping template output, and the template classes compiled by jte from {@code src/main/jte}.
 * Not API: may change in any release without notice.
 */
package org.wsis.roadmap.report.internal;
