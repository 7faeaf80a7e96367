/**
 * Conversation: the platform-neutral buttons, forms and answers every capability declares
 * once, and the port chat adapters call with presses, submissions and closed forms.
 */
@NullMarked
package dev.frontline.conversation;

import org.jspecify.annotations.NullMarked;
