package dev.frontline.incidents.internal;

import java.util.Optional;

import org.springframework.stereotype.Component;

import dev.frontline.cases.CaseView;
import dev.frontline.cases.ProactiveNotices;

/** Tells a case which proactive notice its customer was sent. */
@Component
class NoticesOnCases implements ProactiveNotices {

	private final NoticeStore notices;

	NoticesOnCases(NoticeStore notices) {
		this.notices = notices;
	}

	@Override
	public Optional<CaseView.Notified> latestSentTo(long caseNumber) {
		return notices.latestSentTo(caseNumber);
	}

}
