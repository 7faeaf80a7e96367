package dev.frontline.cases;

import java.util.Optional;

/**
 * Which proactive notice a case's customer was sent, so its card and reply form can say
 * so. The incidents capability knows; the case asks through this.
 */
public interface ProactiveNotices {

	/** The latest notice sent to the case's customer, if any. */
	Optional<CaseView.Notified> latestSentTo(long caseNumber);

}
