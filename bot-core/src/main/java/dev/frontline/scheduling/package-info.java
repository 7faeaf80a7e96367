/**
 * Scheduling: the core's periodic work (timers, incident cards) runs on Spring's
 * scheduler, and each piece on one instance at a time under a database lock (ShedLock),
 * so several instances can share one database.
 */
@NullMarked
package dev.frontline.scheduling;

import org.jspecify.annotations.NullMarked;
