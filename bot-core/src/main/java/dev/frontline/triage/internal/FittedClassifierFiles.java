package dev.frontline.triage.internal;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Classifiers fitted before, kept in files beside the embeddings and named by a digest of
 * everything their fit read: the labelled complaints' features and labels, the teams, the
 * penalty, and the fitting code itself. A restart on the same labelled complaints reads
 * them back in milliseconds instead of fitting for half a minute on both cores, during
 * which new cards would go out with the rules' rating alone. Anything that would change
 * the fit changes the digest, so a file is never read for other complaints or other code;
 * a file that cannot be read is fitted again and replaced: like the embeddings' file, it
 * only saves time.
 */
final class FittedClassifierFiles {

	/** Keeps nothing: every fit is computed (tests). */
	static final FittedClassifierFiles NONE = new FittedClassifierFiles(null, 0);

	/**
	 * How many fits are kept. The directory is shared by every run on the machine (the
	 * application, its tests, other example sets), each file about a hundred KiB; the
	 * least recently used go first.
	 */
	static final int KEPT = 10;

	/**
	 * How many of cross-validation's fits are kept: the guard's ten folds, those of a
	 * {@code ./triage-eval} run on other examples or other folds, and room for both again
	 * after labelled complaints are added, so one never lets go of the other's.
	 */
	static final int FOLDS_KEPT = 40;

	/**
	 * The classes whose code decides what a fit makes of its inputs: a change to any of
	 * them (even a moved line) is another digest, so files fitted by other code are not
	 * read.
	 */
	private static final List<Class<?>> FITTING_CODE = List.of(LearnedModel.class, ComplaintFeatures.class,
			SoftmaxClassifier.class, LimitedMemoryBfgs.class, WordEvidence.class, EmbeddingIndex.class,
			ClosestBySeverity.class, SeverityKind.class, FittedClassifierFiles.class);

	private static final int FORMAT = 0x464c4631;

	private static final Logger log = LoggerFactory.getLogger(FittedClassifierFiles.class);

	private final @Nullable Path directory;

	private final int kept;

	private FittedClassifierFiles(@Nullable Path directory, int kept) {
		this.directory = directory;
		this.kept = kept;
	}

	/** Fits kept in {@code directory}, created when the first is kept. */
	static FittedClassifierFiles in(Path directory) {
		return new FittedClassifierFiles(directory, KEPT);
	}

	/**
	 * Cross-validation's fits, kept in a directory of their own under {@code directory}:
	 * each fold's fit is a fit like any other, on fewer complaints, and read back only
	 * for the same complaints, labels and fitting code, so a second run on the same
	 * labelled sets judges each fold exactly as a fit would, in seconds rather than
	 * minutes.
	 */
	static FittedClassifierFiles ofFoldsIn(Path directory) {
		return new FittedClassifierFiles(directory.resolve("folds"), FOLDS_KEPT);
	}

	/** The two classifiers one fit makes. */
	record Fitted(SoftmaxClassifier severity, SoftmaxClassifier team) {
	}

	/**
	 * What a fit reads, as a digest: the features and labels of each labelled complaint
	 * in order, the teams and the penalty; null when nothing is kept.
	 * @param kinds each complaint's kind of severity ({@link SeverityKind}), as an
	 * ordinal
	 * @param teamLabels each one's team, as its index in {@code teams}
	 */
	@Nullable Key key(List<ComplaintFeatures> features, int[] kinds, int[] teamLabels, List<String> teams, double penalty) {
		if (directory == null) {
			return null;
		}
		MessageDigest digest = sha256();
		for (Class<?> code : FITTING_CODE) {
			if (!digestCode(digest, code)) {
				// Without its code in the digest, a file could be another code's fit.
				return null;
			}
		}
		digest.update(String.join("\n", teams).getBytes(StandardCharsets.UTF_8));
		ByteBuffer bytes = ByteBuffer.allocate(Double.BYTES + Integer.BYTES).putDouble(penalty).putInt(features.size());
		digest.update(bytes.array(), 0, bytes.position());
		for (int i = 0; i < features.size(); i++) {
			ComplaintFeatures read = features.get(i);
			int size = Integer.BYTES * 6 + Float.BYTES * read.meaning().length + Double.BYTES * read.signals().length
					+ Integer.BYTES * read.words().length;
			if (bytes.capacity() < size) {
				bytes = ByteBuffer.allocate(size);
			}
			bytes.clear();
			bytes.putInt(kinds[i]).putInt(teamLabels[i]).putInt(read.meaning().length);
			bytes.asFloatBuffer().put(read.meaning());
			bytes.position(bytes.position() + Float.BYTES * read.meaning().length);
			for (double signal : read.signals()) {
				bytes.putDouble(signal);
			}
			bytes.putInt(read.words().length);
			bytes.asIntBuffer().put(read.words());
			bytes.position(bytes.position() + Integer.BYTES * read.words().length);
			bytes.putInt(teams.indexOf(read.reading().assessment().team()));
			bytes.putInt(read.reading().categorized() ? 1 : 0);
			digest.update(bytes.array(), 0, bytes.position());
		}
		return new Key(digest.digest());
	}

	/** A digest of what a fit read. */
	record Key(byte[] digest) {

		String fileName() {
			return "fitted-" + HexFormat.of().formatHex(digest, 0, 16) + ".bin";
		}

	}

	/** The fit kept under this key, if one was and it reads back whole. */
	Optional<Fitted> read(@Nullable Key key) {
		if (directory == null || key == null) {
			return Optional.empty();
		}
		Path file = directory.resolve(key.fileName());
		try (DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(file)))) {
			byte[] kept = new byte[key.digest().length];
			if (in.readInt() != FORMAT) {
				throw new IOException("not a file of fitted classifiers");
			}
			in.readFully(kept);
			if (!Arrays.equals(kept, key.digest())) {
				throw new IOException("not a fit kept under this digest");
			}
			Fitted fitted = new Fitted(SoftmaxClassifier.readFrom(in), SoftmaxClassifier.readFrom(in));
			if (in.read() != -1) {
				throw new IOException("more than one fit in the file");
			}
			markUsed(file);
			log.info("Triage: read back the classifiers fitted before on the same labelled complaints ({})", file);
			return Optional.of(fitted);
		}
		catch (NoSuchFileException ex) {
			return Optional.empty();
		}
		catch (IOException | RuntimeException ex) {
			log.warn("Triage: cannot read the classifiers kept in {} ({}); fitting them again", file, ex.toString());
			return Optional.empty();
		}
	}

	/**
	 * The least recently used fits are the ones let go. A fit in a directory this process
	 * may read but not change (an image's, another user's) is still read.
	 */
	private static void markUsed(Path file) {
		try {
			Files.setLastModifiedTime(file, FileTime.from(Instant.now()));
		}
		catch (IOException | UnsupportedOperationException ex) {
			// Read all the same (a read-only file system says so unchecked); only the
			// order in which fits are let go is lost, so it is not worth a warning.
			log.debug("Triage: could not mark {} as used: {}", file, ex.toString());
		}
	}

	/** Keeps a fit under its key, whole or not at all, and lets go of the oldest. */
	void keep(@Nullable Key key, Fitted fitted) {
		if (directory == null || key == null) {
			return;
		}
		Path file = directory.resolve(key.fileName());
		Path written = null;
		try {
			Files.createDirectories(directory);
			written = Files.createTempFile(directory, "fitting-", ".tmp");
			try (DataOutputStream out = new DataOutputStream(
					new BufferedOutputStream(Files.newOutputStream(written)))) {
				out.writeInt(FORMAT);
				out.write(key.digest());
				fitted.severity().writeTo(out);
				fitted.team().writeTo(out);
			}
			moveInPlace(written, file);
			letGoOfOldest();
		}
		catch (IOException | RuntimeException ex) {
			log.warn("Triage: cannot keep the fitted classifiers in {} ({}); the next start fits them again", file,
					ex.toString());
			deleteQuietly(written);
		}
	}

	private static void moveInPlace(Path written, Path file) throws IOException {
		try {
			Files.move(written, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
		}
		catch (AtomicMoveNotSupportedException ex) {
			Files.move(written, file, StandardCopyOption.REPLACE_EXISTING);
		}
	}

	private void letGoOfOldest() throws IOException {
		List<Path> fits = new ArrayList<>();
		try (DirectoryStream<Path> found = Files.newDirectoryStream(directory, "fitted-*.bin")) {
			found.forEach(fits::add);
		}
		if (fits.size() <= kept) {
			return;
		}
		fits.sort(Comparator.comparing(FittedClassifierFiles::lastUsed).reversed());
		for (Path old : fits.subList(kept, fits.size())) {
			deleteQuietly(old);
		}
	}

	private static FileTime lastUsed(Path file) {
		try {
			return Files.getLastModifiedTime(file);
		}
		catch (IOException ex) {
			// Gone meanwhile (another process let go of it): oldest of all.
			return FileTime.fromMillis(0);
		}
	}

	private static void deleteQuietly(@Nullable Path file) {
		if (file == null) {
			return;
		}
		try {
			Files.deleteIfExists(file);
		}
		catch (IOException ex) {
			// a file left over costs only its room; the next fit kept tries again
		}
	}

	private static boolean digestCode(MessageDigest digest, Class<?> code) {
		try (InputStream bytes = code.getResourceAsStream(code.getSimpleName() + ".class")) {
			if (bytes == null) {
				return false;
			}
			digest.update(bytes.readAllBytes());
			return true;
		}
		catch (IOException ex) {
			return false;
		}
	}

	private static MessageDigest sha256() {
		try {
			return MessageDigest.getInstance("SHA-256");
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("every Java runtime has SHA-256", ex);
		}
	}

}
