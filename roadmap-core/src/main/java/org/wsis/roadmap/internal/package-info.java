/**
 * Implementation helpers of roadmap-core. <strong>This package is not API</strong>: its types are
 * public only so that other packages of this library can use them; they may change or disappear in
 * any release without notice. Do not use them from outside the library.
 */
package org.wsis.roadmap.internal;
