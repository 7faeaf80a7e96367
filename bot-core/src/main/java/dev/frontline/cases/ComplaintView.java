package dev.frontline.cases;

import java.net.URI;
import java.time.Instant;

import org.jspecify.annotations.Nullable;

import dev.frontline.triage.Severity;

/** A stored complaint as shown to staff and integrations. */
public record ComplaintView(String source, String externalId, String text, @Nullable URI url, Instant postedAt,
		Instant receivedAt, IncomingComplaint.Author author, IncomingComplaint.Engagement engagement,
		@Nullable String inReplyTo, IncomingComplaint.Customer customer, @Nullable String language, int score,
		Severity severity) {
}
