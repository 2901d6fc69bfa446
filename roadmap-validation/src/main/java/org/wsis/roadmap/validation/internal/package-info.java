/**
 * Not API: facts of the rules shared with the test kit through a qualified export. Anything here
 * may change without notice.
 */
@NullMarked
package org.wsis.roadmap.validation.internal;

import org.jspecify.annotations.NullMarked;
