/**
 * Implementation of the office formats of {@code org.wsis.roadmap.office}: not API, may change in
 * any release without notice.
 */
package org.wsis.roadmap.office.internal;
