/**
 * How the weekly review is read from the database, computed, drawn, served and posted.
 */
@NullMarked
package dev.frontline.reports.internal;

import org.jspecify.annotations.NullMarked;
