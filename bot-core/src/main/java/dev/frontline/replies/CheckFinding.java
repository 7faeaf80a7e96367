package dev.frontline.replies;

/**
 * A check a draft failed.
 *
 * @param check which one
 * @param level whether it only warns or blocks approval
 * @param message what is wrong, for the author, naming what was found
 */
public record CheckFinding(ReplyCheck check, CheckLevel level, String message) {

	public boolean blocks() {
		return level == CheckLevel.BLOCK;
	}

}
