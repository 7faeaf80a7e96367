package dev.frontline.intake.internal;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * A stream that fails once more than a limit has been read from it, so a feed that never
 * ends (or is simply huge) is refused instead of filling memory.
 */
final class CappedInputStream extends FilterInputStream {

	private final long limit;

	private long read;

	CappedInputStream(InputStream in, long limit) {
		super(in);
		this.limit = limit;
	}

	@Override
	public int read() throws IOException {
		int b = super.read();
		if (b >= 0) {
			count(1);
		}
		return b;
	}

	@Override
	public int read(byte[] buffer, int offset, int length) throws IOException {
		int n = super.read(buffer, offset, length);
		if (n > 0) {
			count(n);
		}
		return n;
	}

	@Override
	public long skip(long n) throws IOException {
		long skipped = super.skip(n);
		count(skipped);
		return skipped;
	}

	private void count(long n) throws IOException {
		read += n;
		if (read > limit) {
			throw new TooLarge(limit);
		}
	}

	/** Thrown once more than the limit was read. */
	static final class TooLarge extends IOException {

		private static final long serialVersionUID = 1L;

		TooLarge(long limit) {
			super("larger than " + limit / (1024 * 1024) + " MiB; not read");
		}

		/** The limit that was passed, wherever a parser wrapped it. */
		static java.util.Optional<TooLarge> in(Throwable thrown) {
			for (Throwable cause = thrown; cause != null; cause = cause.getCause()) {
				if (cause instanceof TooLarge tooLarge) {
					return java.util.Optional.of(tooLarge);
				}
			}
			return java.util.Optional.empty();
		}

	}

}
