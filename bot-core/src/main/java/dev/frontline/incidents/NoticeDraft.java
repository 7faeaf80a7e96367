package dev.frontline.incidents;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * One of an incident's notices to its affected customers.
 *
 * @param incident the incident
 * @param version its number among the incident's notices, from 1
 * @param purpose the first notice, an update or the closing one
 * @param text what customers read, {@code {name}} still to fill in for each
 * @param laterComplainants whether customers who complain later, while the incident is
 * open, get it too
 * @param status where it stands
 * @param findings the reply policy's checks it failed, one a line, empty when it passed
 * all
 * @param draftedById who wrote it, as {@code platform:user}
 * @param draftedByName their name
 * @param draftedAt when
 * @param approvedByName who approved it, or null
 * @param approvedAt when, or null
 */
public record NoticeDraft(long incident, int version, NoticePurpose purpose, String text, boolean laterComplainants,
		NoticeStatus status, String findings, String draftedById, String draftedByName, Instant draftedAt,
		@Nullable String approvedByName, @Nullable Instant approvedAt) {

	/** The button value naming this notice: {@code incident:version}. */
	public String ref() {
		return incident + ":" + version;
	}

}
