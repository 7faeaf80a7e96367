/**
 * Cases: numbered cases with statuses and history, their card in the team channel, and
 * lookups for staff and integrations.
 */
@NullMarked
package dev.frontline.cases;

import org.jspecify.annotations.NullMarked;
