/**
 * Triage: scores a complaint 0–100 with its reasons, gives it a severity and routes it to
 * a team.
 */
@NullMarked
package dev.frontline.triage;

import org.jspecify.annotations.NullMarked;
