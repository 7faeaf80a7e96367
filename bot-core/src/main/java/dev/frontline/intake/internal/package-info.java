/**
 * The intake endpoint, its JSON reading and signature check, the feed poller, and the
 * commits that concurrent intake requests share.
 */
@NullMarked
package dev.frontline.intake.internal;

import org.jspecify.annotations.NullMarked;
