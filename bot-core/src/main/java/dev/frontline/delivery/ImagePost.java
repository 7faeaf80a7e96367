package dev.frontline.delivery;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * A picture posted to a channel with a few lines beside it, such as the weekly review's
 * chart. Its strings are plain text, rendered inert like a {@link Card}'s.
 *
 * @param title the file's title, such as {@code Weekly care review · Baggage · 2026-W48}
 * @param text the lines posted with it
 * @param fileName the file's name, ending {@code .png}
 * @param altText what the picture shows, for screen readers
 * @param png the image
 */
public record ImagePost(String title, String text, String fileName, String altText, byte[] png) {

	public ImagePost {
		if (!fileName.matches("[A-Za-z0-9._-]{1,100}\\.png")) {
			throw new IllegalArgumentException("an image's file name is letters, digits, dots and dashes ending .png");
		}
		if (png.length == 0) {
			throw new IllegalArgumentException("an image post needs an image");
		}
	}

	/**
	 * Writes the picture into the directory under its file name, for a platform that
	 * cannot show it (a terminal), and returns where it is.
	 */
	public Path writeInto(Path directory) throws IOException {
		Files.createDirectories(directory);
		return Files.write(directory.resolve(fileName).toAbsolutePath(), png);
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof ImagePost that && title.equals(that.title) && text.equals(that.text)
				&& fileName.equals(that.fileName) && altText.equals(that.altText) && Arrays.equals(png, that.png);
	}

	@Override
	public int hashCode() {
		return 31 * title.hashCode() + Arrays.hashCode(png);
	}

	@Override
	public String toString() {
		return "ImagePost[" + fileName + ", " + png.length + " bytes]";
	}

}
