/**
 * Runnable examples of the library, one class per task, each run by a test; the README's snippets
 * come from here.
 */
package org.wsis.roadmap.examples;
