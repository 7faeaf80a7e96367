/**
 * Follow-up plans: the steps after a public reply until the customer's problem is really
 * solved — from the category's playbook, each with an owner and a due time, reminded
 * before they are due and called out when late; a case is not resolved half-done.
 */
@NullMarked
package dev.frontline.followups;

import org.jspecify.annotations.NullMarked;
