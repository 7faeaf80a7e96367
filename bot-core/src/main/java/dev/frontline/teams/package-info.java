/**
 * Teams: the care teams and the channel each one uses on each chat platform.
 */
@NullMarked
package dev.frontline.teams;

import org.jspecify.annotations.NullMarked;
