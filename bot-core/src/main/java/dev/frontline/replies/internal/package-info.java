/**
 * How drafts are checked against the reply policy.
 */
@NullMarked
package dev.frontline.replies.internal;

import org.jspecify.annotations.NullMarked;
