package dev.frontline.bench;

import org.jspecify.annotations.Nullable;

/**
 * One measured figure: the median of its runs, the floor measured beside it (if it has
 * one), and whether it met its target.
 *
 * @param id the number for it (B1…B6)
 * @param what what was measured, with its unit
 * @param value the median over the runs
 * @param floor the floor's median in the same run, or null
 * @param ratio value over floor, or null
 * @param target the target, as the issue states it
 * @param met whether the target was met; null where there is no target
 */
record Figure(String id, String what, double value, @Nullable Double floor, @Nullable Double ratio, String target,
		@Nullable Boolean met) {

	static Figure of(String id, String what, double value, String target, @Nullable Boolean met) {
		return new Figure(id, what, value, null, null, target, met);
	}

	static Figure withFloor(String id, String what, double value, double floor, String target, @Nullable Boolean met) {
		return new Figure(id, what, value, floor, value / floor, target, met);
	}

	String verdict() {
		return met == null ? "" : met ? "met" : "MISSED";
	}

}
