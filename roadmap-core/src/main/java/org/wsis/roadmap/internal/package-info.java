/**
 * Helpers of the library's own implementation. Nothing here is API: names and behaviour may change
 * in any release without notice; do not use these types from outside the library.
 */
package org.wsis.roadmap.internal;
