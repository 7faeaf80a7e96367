/**
 * The triage engine: phrase matching, the signals it scores and the rules that force a
 * severity.
 */
@NullMarked
package dev.frontline.triage.internal;

import org.jspecify.annotations.NullMarked;
