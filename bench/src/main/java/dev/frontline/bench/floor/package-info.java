/**
 * The floor of B1: a bare Bolt app in the same server setup as Frontline's Slack adapter.
 */
@NullMarked
package dev.frontline.bench.floor;

import org.jspecify.annotations.NullMarked;
