package dev.frontline.testing;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import dev.frontline.triage.Assessment;
import dev.frontline.triage.ComplaintSignals;
import dev.frontline.triage.Reason;
import dev.frontline.triage.Severity;
import dev.frontline.triage.Triage;

public class InterimTriage implements Triage {

	@Override
	public Assessment assess(ComplaintSignals complaint, Instant now) {
		String text = complaint.text().toLowerCase();
		if (text.contains("lawyer")) {
			return new Assessment(90, Severity.SEV1, "baggage", "legal", List.of(new Reason("keyword \"lawyer\"", 40)));
		}
		if (text.contains("livery")) {
			return new Assessment(5, Severity.SEV4, "care-social", "other", List.of(new Reason("mild", 5)));
		}
		return new Assessment(40, Severity.SEV3, text.contains("bag") ? "baggage" : "care-social", "lost-baggage",
				List.of(new Reason("category lost baggage", 20)));
	}

	@Override
	public Optional<Duration> acknowledgeWithin(Severity severity) {
		return severity == Severity.SEV4 ? Optional.empty() : Optional.of(Duration.ofMinutes(15));
	}

}
