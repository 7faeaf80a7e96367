/**
 * The console chat platform: cards and thread notes printed to the terminal, commands and
 * button presses read from stdin.
 */
@NullMarked
package dev.frontline.console;

import org.jspecify.annotations.NullMarked;
