/**
 * Running Frontline locally: the demo's own data directory, the demo feed replay, saying
 * what the start is doing, and exiting once the terminal's input ends.
 */
@NullMarked
package dev.frontline.app;

import org.jspecify.annotations.NullMarked;
