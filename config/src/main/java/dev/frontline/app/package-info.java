/**
 * Running Frontline locally: the demo feed replay and exiting once the terminal's input
 * ends.
 */
@NullMarked
package dev.frontline.app;

import org.jspecify.annotations.NullMarked;
