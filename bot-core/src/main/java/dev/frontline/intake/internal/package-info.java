/**
 * The intake endpoint, its JSON reading and signature check, and the feed poller.
 */
@NullMarked
package dev.frontline.intake.internal;

import org.jspecify.annotations.NullMarked;
