/**
 * The weekly challenging-situation story: when each team is asked, who presents, and what
 * is taken out of a story before anyone else reads it.
 */
@NullMarked
package dev.frontline.stories;

import org.jspecify.annotations.NullMarked;
