/**
 * Changes: tells every instance sharing the database that something changed, so a cache
 * of it is dropped everywhere at once (PostgreSQL's LISTEN/NOTIFY), not only where the
 * change was made.
 */
@NullMarked
package dev.frontline.changes;

import org.jspecify.annotations.NullMarked;
