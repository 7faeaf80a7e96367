/**
 * A person's home: what waits for them across cases, follow-ups, approvals and the weekly
 * story, composed once for every platform that has a place to show it.
 */
@NullMarked
package dev.frontline.home;

import org.jspecify.annotations.NullMarked;
