package dev.frontline.testing;

import java.util.LinkedHashMap;
import java.util.Map;

import tools.jackson.databind.json.JsonMapper;

/**
 * Builds complaint JSON for tests, starting from a valid complaint and changing what a
 * test cares about.
 */
public final class Complaints {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final Map<String, Object> fields = new LinkedHashMap<>();

	private Complaints(String externalId) {
		fields.put("source", "x");
		fields.put("externalId", externalId);
		fields.put("text", "My bag did not arrive after my flight, nobody at the desk can tell me where it is.");
		fields.put("url", "https://social.example/x/" + externalId);
		fields.put("author", new LinkedHashMap<>(Map.of("handle", "@jo", "displayName", "Jo", "followers", 1200)));
		fields.put("engagement", Map.of("likes", 3, "shares", 1, "replies", 0));
		fields.put("customer", Map.of("tier", "silver", "reference", "QX7P2L"));
	}

	public static Complaints complaint(String externalId) {
		return new Complaints(externalId);
	}

	public Complaints with(String field, Object value) {
		fields.put(field, value);
		return this;
	}

	public Complaints without(String field) {
		fields.remove(field);
		return this;
	}

	public Complaints text(String text) {
		return with("text", text);
	}

	public Complaints by(String handle) {
		return with("author", new LinkedHashMap<>(Map.of("handle", handle, "displayName", handle, "followers", 300)));
	}

	public Complaints inReplyTo(String externalId) {
		return with("inReplyTo", externalId);
	}

	public Map<String, Object> fields() {
		return fields;
	}

	public String json() {
		return JSON.writeValueAsString(fields);
	}

	/** A JSON array of complaints. */
	public static String array(Complaints... complaints) {
		return JSON.writeValueAsString(java.util.Arrays.stream(complaints).map(Complaints::fields).toList());
	}

}
