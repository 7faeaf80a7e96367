/**
 * Replies: the one public answer a team agrees for a case — drafted from a template,
 * checked against the reply policy, approved by a supervisor, then published.
 */
@NullMarked
package dev.frontline.replies;

import org.jspecify.annotations.NullMarked;
