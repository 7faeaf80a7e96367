/**
 * How the story week is worked out: the team's calendar and the presenters' rotation.
 */
@NullMarked
package dev.frontline.stories.internal;

import org.jspecify.annotations.NullMarked;
