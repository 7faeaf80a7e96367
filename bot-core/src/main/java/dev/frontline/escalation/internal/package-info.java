/**
 * The timers in the database, the planner that sets them and the runner that fires them.
 */
@NullMarked
package dev.frontline.escalation.internal;

import org.jspecify.annotations.NullMarked;
