/**
 * How plans and their reminders are stored and sent.
 */
@NullMarked
package dev.frontline.followups.internal;

import org.jspecify.annotations.NullMarked;
