package dev.frontline.incidents;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/** What operations say happened, in a signal: each reads as its name in lower case. */
public enum SignalKind {

	CANCELLED, DELAYED, DIVERTED, OUTAGE, DISRUPTED;

	/** As operations send it and staff read it: {@code cancelled}. */
	public String value() {
		return name().toLowerCase(Locale.ROOT);
	}

	/** The kind sent as {@code text}, in any case. */
	public static Optional<SignalKind> of(String text) {
		return Arrays.stream(values()).filter(kind -> kind.value().equalsIgnoreCase(text.strip())).findFirst();
	}

	/** Every kind, as sent: {@code cancelled, delayed, …}. */
	public static String listed() {
		return Arrays.stream(values()).map(SignalKind::value).collect(Collectors.joining(", "));
	}

}
