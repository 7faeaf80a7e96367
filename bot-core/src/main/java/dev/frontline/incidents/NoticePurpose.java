package dev.frontline.incidents;

import java.util.Locale;

/** Why an incident's customers are told something. */
public enum NoticePurpose {

	/** The first notice: what happened, sorry, and what they can do. */
	NOTICE,
	/** More news, for everyone already told. */
	UPDATE,
	/** The incident is over, for everyone already told. */
	CLOSING;

	/** As the connector and staff read it: {@code notice}. */
	public String value() {
		return name().toLowerCase(Locale.ROOT);
	}

}
