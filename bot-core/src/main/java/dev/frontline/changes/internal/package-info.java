/**
 * How change signals travel: through PostgreSQL's notifications, or within this process
 * alone on a single-instance database.
 */
@NullMarked
package dev.frontline.changes.internal;

import org.jspecify.annotations.NullMarked;
