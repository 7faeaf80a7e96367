/**
 * Intake: accepts complaints over HTTP and from polled RSS/Atom feeds, and operations
 * signals over HTTP; validates them and stores each exactly once.
 */
@NullMarked
package dev.frontline.intake;

import org.jspecify.annotations.NullMarked;
