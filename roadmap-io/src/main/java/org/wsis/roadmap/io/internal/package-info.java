/**
 * Implementation of the readers and writers of {@code org.wsis.roadmap.io}: not API, may change
 * in any release without notice.
 */
package org.wsis.roadmap.io.internal;
