package dev.frontline.testing;

import java.util.LinkedHashMap;
import java.util.Map;

import tools.jackson.databind.json.JsonMapper;

/**
 * Builds operations signal JSON for tests, starting from a valid signal and changing what
 * a test cares about.
 */
public final class Signals {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final Map<String, Object> fields = new LinkedHashMap<>();

	private Signals(String key) {
		fields.put("key", key);
		fields.put("kind", "cancelled");
		fields.put("summary", key + " SEA to DEN cancelled: the crew is out of hours");
		fields.put("solution", "rebooked on LK907 at 18:10; hotel vouchers at desk B");
		fields.put("at", "2026-12-03T14:00:00Z");
	}

	public static Signals signal(String key) {
		return new Signals(key);
	}

	public Signals with(String field, Object value) {
		fields.put(field, value);
		return this;
	}

	public Signals without(String field) {
		fields.remove(field);
		return this;
	}

	public String json() {
		return JSON.writeValueAsString(fields);
	}

}
