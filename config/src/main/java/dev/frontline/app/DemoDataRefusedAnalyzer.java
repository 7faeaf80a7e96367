package dev.frontline.app;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * Reports a demo data directory that cannot be used as a short description and what to
 * do, instead of a stack trace.
 */
class DemoDataRefusedAnalyzer extends AbstractFailureAnalyzer<DemoDataDirectory.Refused> {

	@Override
	protected FailureAnalysis analyze(Throwable rootFailure, DemoDataDirectory.Refused cause) {
		return new FailureAnalysis(cause.description(), cause.action(), cause);
	}

}
