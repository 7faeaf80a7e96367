package dev.frontline.testing;

/**
 * Text that counts how often its characters are read, so a test can show a pattern reads
 * hostile text a few times rather than once per starting position, without timing it.
 */
public final class CountingText implements CharSequence {

	private final String text;

	private long reads;

	public CountingText(String text) {
		this.text = text;
	}

	/** How many characters have been read so far. */
	public long reads() {
		return reads;
	}

	@Override
	public int length() {
		return text.length();
	}

	@Override
	public char charAt(int index) {
		reads++;
		return text.charAt(index);
	}

	@Override
	public CharSequence subSequence(int start, int end) {
		reads += end - start;
		return text.subSequence(start, end);
	}

	@Override
	public String toString() {
		reads += text.length();
		return text;
	}

}
