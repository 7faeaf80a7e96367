/**
 * Storage: what every store shares, such as how instants are written to and read from the
 * database (as UTC timestamps with time zone, on H2 and PostgreSQL alike).
 */
@NullMarked
package dev.frontline.storage;

import org.jspecify.annotations.NullMarked;
