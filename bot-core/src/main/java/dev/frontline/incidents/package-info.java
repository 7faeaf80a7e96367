/**
 * Incidents: many complaints about one failure in a short window gathered into one card
 * with counters, which the team acts on once for all its cases and from which it tells
 * every affected customer at once.
 */
@NullMarked
package dev.frontline.incidents;

import org.jspecify.annotations.NullMarked;
