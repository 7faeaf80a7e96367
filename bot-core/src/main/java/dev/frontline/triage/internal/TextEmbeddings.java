package dev.frontline.triage.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Collections;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;

import org.jspecify.annotations.Nullable;

import dev.langchain4j.model.embedding.EmbeddingModel;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import dev.langchain4j.model.embedding.onnx.AbstractInProcessEmbeddingModel;
import dev.langchain4j.model.embedding.onnx.OnnxBertBiEncoder;
import dev.langchain4j.model.embedding.onnx.PoolingMode;

/**
 * Sentence embeddings from a small model that runs inside the process (ONNX Runtime, its
 * weights in a Maven artifact: no network, no other process). The embeddings of labelled
 * examples are remembered in a file keyed by model and text, so a restart reads them
 * instead of computing several thousand again.
 */
final class TextEmbeddings implements AutoCloseable {

	/**
	 * The model's name, as its artifact names its files, and part of the cache file's
	 * name: another model never reads it.
	 */
	static final String MODEL = "bge-small-en-v1.5-q";

	static final int DIMENSIONS = 384;

	/** How many recent texts' embeddings are kept in memory (about 1.5 KiB each). */
	static final int RECENT_TEXTS = 2_000;

	private static final int KEY_BYTES = 32;

	private static final int RECORD_BYTES = KEY_BYTES + DIMENSIONS * Float.BYTES;

	private final EmbeddingModel model;

	/**
	 * Vectors remembered in memory: only those that could not be kept in the file, or all
	 * of them without one.
	 */
	private final Map<String, float[]> remembered = new ConcurrentHashMap<>();

	/**
	 * Where in the file each text's vector is, read from there when asked for. The file
	 * of a machine that has read the example airline's 30,864 labelled complaints holds
	 * about 130,000 texts' vectors, 200 MB: held in memory at once beside the complaints'
	 * features, as they were, they took a fresh start's fit past a 384 MiB heap. Their
	 * places take about 20 MB.
	 */
	private final Map<String, Long> kept = new ConcurrentHashMap<>();

	/**
	 * Texts whose vectors were held in memory, the file having failed to keep them, and
	 * that this process let go of ({@link #letGoOfRemembered}): asked for again, one is
	 * embedded again, and not held again.
	 */
	private final Set<String> letGo = ConcurrentHashMap.newKeySet();

	private final @Nullable FileChannel file;

	/** Texts embedded lately, the least recently used forgotten first. */
	private final Map<String, float[]> recent = Collections.synchronizedMap(new LinkedHashMap<>(256, 0.75f, true) {

		@Override
		protected boolean removeEldestEntry(Map.Entry<String, float[]> eldest) {
			return size() > RECENT_TEXTS;
		}

	});

	/**
	 * Held while labelled complaints are read in this process; the file lock beside the
	 * cache is held for other processes, which cannot see this one's.
	 */
	private static final ReentrantLock READING_LABELLED = new ReentrantLock();

	private final @Nullable Path readingLock;

	/** How many texts the model has embedded in this process. */
	private final AtomicLong embedded = new AtomicLong();

	/** How many of the file's records have been indexed in {@link #kept}. */
	private long recordsRead;

	private TextEmbeddings(EmbeddingModel model, @Nullable FileChannel file, @Nullable Path readingLock) {
		this.model = model;
		this.file = file;
		this.readingLock = readingLock;
	}

	/** Embeddings remembered in memory only. */
	static TextEmbeddings inMemory() {
		return new TextEmbeddings(OneCoreModel.load(), null, null);
	}

	/**
	 * Embeddings remembered in {@code directory}, read back from there first.
	 * @param directory created when missing
	 */
	static TextEmbeddings rememberedIn(Path directory) {
		try {
			Files.createDirectories(directory);
			String name = "embeddings-" + MODEL;
			FileChannel channel = FileChannel.open(directory.resolve(name + ".bin"), StandardOpenOption.CREATE,
					StandardOpenOption.READ, StandardOpenOption.WRITE);
			TextEmbeddings embeddings = new TextEmbeddings(OneCoreModel.load(), channel,
					directory.resolve(name + ".reading"));
			embeddings.readBack(channel);
			return embeddings;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot keep triage's embeddings in " + directory, ex);
		}
	}

	/**
	 * Reads every whole record; a record cut short by a crash is dropped and overwritten.
	 */
	private void readBack(FileChannel channel) throws IOException {
		// Several processes on one machine share the file: each holds the lock to read or
		// add, and adds whole records at the end.
		try (FileLock lock = channel.lock()) {
			readWholeRecords(channel);
		}
		catch (OverlappingFileLockException ex) {
			// Another start in this process is reading it now: this one computes its own.
		}
	}

	/**
	 * Reads the whole records added since the last read: records are only ever added at
	 * the end, so those read once stay as they were.
	 */
	private void readWholeRecords(FileChannel channel) throws IOException {
		long whole = channel.size() / RECORD_BYTES;
		ByteBuffer buffer = ByteBuffer.allocate(RECORD_BYTES);
		channel.position(recordsRead * RECORD_BYTES);
		for (long i = recordsRead; i < whole; i++) {
			buffer.clear();
			while (buffer.hasRemaining() && channel.read(buffer) > 0) {
				// read the whole record
			}
			buffer.flip();
			byte[] key = new byte[KEY_BYTES];
			buffer.get(key);
			kept.putIfAbsent(HexFormat.of().formatHex(key), i);
		}
		channel.truncate(whole * RECORD_BYTES);
		recordsRead = whole;
	}

	/**
	 * Reads labelled complaints (through {@link #remembered}) as the only process on this
	 * machine doing so with this cache: one that starts meanwhile, as the test JVMs of a
	 * build do, waits and then reads what this one kept instead of computing the same
	 * thousands of embeddings beside it.
	 */
	<T> T readingLabelled(Supplier<T> reading) {
		READING_LABELLED.lock();
		FileChannel held = lockForReading();
		try {
			return reading.get();
		}
		finally {
			closeQuietly(held);
			READING_LABELLED.unlock();
		}
	}

	/**
	 * Waits for other processes reading labelled complaints, then reads back what they
	 * kept.
	 * @return the open lock file, which holds the lock until closed; null without a cache
	 * file, or when the lock cannot be had: the cache only saves time
	 */
	private @Nullable FileChannel lockForReading() {
		if (readingLock == null || file == null) {
			return null;
		}
		FileChannel lockFile = null;
		try {
			lockFile = FileChannel.open(readingLock, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
			lockFile.lock();
			synchronized (this) {
				try (FileLock records = file.lock()) {
					readWholeRecords(file);
				}
			}
			return lockFile;
		}
		catch (IOException | OverlappingFileLockException ex) {
			closeQuietly(lockFile);
			return null;
		}
	}

	/** Closing the lock file releases the lock; so does the process ending. */
	private static void closeQuietly(@Nullable FileChannel lockFile) {
		if (lockFile == null) {
			return;
		}
		try {
			lockFile.close();
		}
		catch (IOException ex) {
			// the lock goes with the process at the latest; what was read is kept
		}
	}

	/**
	 * The embedding of a labelled example's text: remembered, on disk when a file is
	 * kept.
	 */
	float[] remembered(String text) {
		String key = key(text);
		float[] known = remembered.get(key);
		if (known == null) {
			known = readKept(key);
		}
		if (known != null) {
			return known;
		}
		float[] vector = embed(text);
		if (!letGo.contains(key)) {
			keep(key, vector);
		}
		return vector;
	}

	/** The vector kept in the file for that key, or null when it is not there. */
	private float @Nullable [] readKept(String key) {
		Long record = kept.get(key);
		if (record == null || file == null) {
			return null;
		}
		ByteBuffer buffer = ByteBuffer.allocate(DIMENSIONS * Float.BYTES);
		long from = record * RECORD_BYTES + KEY_BYTES;
		try {
			while (buffer.hasRemaining()) {
				if (file.read(buffer, from + buffer.position()) < 0) {
					return null;
				}
			}
		}
		catch (IOException ex) {
			// The cache only saves time: embedded again.
			return null;
		}
		buffer.flip();
		float[] vector = new float[DIMENSIONS];
		buffer.asFloatBuffer().get(vector);
		return vector;
	}

	/** Keeps a vector once: in the file where there is one, in memory otherwise. */
	private synchronized void keep(String key, float[] vector) {
		if (kept.containsKey(key) || remembered.containsKey(key)) {
			return;
		}
		long record = write(key, vector);
		if (record >= 0) {
			kept.put(key, record);
		}
		else {
			remembered.put(key, vector);
		}
	}

	/**
	 * Lets go of the vectors held in memory so far (those the file could not keep). Once
	 * the labelled complaints are read, their features hold what the fit needs; held
	 * vectors (1.5 KiB each) would otherwise stay beside them through the fit, its
	 * largest moment, and for as long as the process runs. A text the file keeps is read
	 * back from it when asked for again, as a correction's is; one it does not keep is
	 * embedded again.
	 */
	void letGoOfRemembered() {
		letGo.addAll(remembered.keySet());
		remembered.clear();
	}

	/**
	 * The embedding of any text: computed now (about 10 ms a short sentence on one core),
	 * unless the same text was embedded lately, as in a storm of shared or copied posts.
	 */
	float[] embed(String text) {
		float[] known = recent.get(text);
		if (known != null) {
			return known;
		}
		float[] vector = model.embed(text.isBlank() ? "." : text).content().vector();
		embedded.incrementAndGet();
		recent.put(text, vector);
		return vector;
	}

	/**
	 * How many vectors are held in memory rather than read from the file when asked for.
	 */
	int heldInMemory() {
		return remembered.size();
	}

	/**
	 * How many texts the model has embedded in this process, those read back from the
	 * file not counted: on a machine's first run, how far it has come.
	 */
	long embedded() {
		return embedded.get();
	}

	/**
	 * Adds a record at the end of the file.
	 * @return the record's number in the file, or -1 when it could not be kept there
	 */
	private synchronized long write(String key, float[] vector) {
		if (file == null) {
			return -1;
		}
		ByteBuffer buffer = ByteBuffer.allocate(RECORD_BYTES);
		buffer.put(HexFormat.of().parseHex(key));
		buffer.asFloatBuffer().put(vector);
		buffer.position(RECORD_BYTES).flip();
		try (FileLock lock = file.lock()) {
			long start = file.size() - file.size() % RECORD_BYTES;
			long end = start;
			while (buffer.hasRemaining()) {
				end += file.write(buffer, end);
			}
			return start / RECORD_BYTES;
		}
		catch (IOException | OverlappingFileLockException ex) {
			// The cache only saves time; the next start computes what could not be kept.
			return -1;
		}
	}

	private static String key(String text) {
		try {
			MessageDigest digest = MessageDigest.getInstance("SHA-256");
			return HexFormat.of().formatHex(digest.digest(text.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("every JDK has SHA-256", ex);
		}
	}

	@Override
	public void close() {
		if (file != null) {
			try {
				file.close();
			}
			catch (IOException ex) {
				// closing a cache file that could not be closed loses nothing
			}
		}
	}

	/**
	 * The quantised bge-small-en-v1.5 from its Maven artifact, run on one core: the
	 * learned rating runs beside intake, and ONNX Runtime would otherwise spread every
	 * sentence over all the machine's cores and starve intake and delivery. It costs
	 * twice the all-MiniLM-L6-v2 Frontline used first, and cross-validation rates
	 * severity and team better with it (docs/triage-history.md).
	 */
	static final class OneCoreModel extends AbstractInProcessEmbeddingModel {

		private final OnnxBertBiEncoder encoder;

		private OneCoreModel(OnnxBertBiEncoder encoder) {
			super(Runnable::run);
			this.encoder = encoder;
		}

		static OneCoreModel load() {
			ClassLoader loader = TextEmbeddings.class.getClassLoader();
			try (var model = loader.getResourceAsStream(MODEL + ".onnx");
					var tokenizer = loader.getResourceAsStream(MODEL + "-tokenizer.json");
					OrtSession.SessionOptions options = new OrtSession.SessionOptions()) {
				if (model == null || tokenizer == null) {
					throw new IllegalStateException("the " + MODEL + " model is missing from the class path");
				}
				options.setIntraOpNumThreads(1);
				options.setInterOpNumThreads(1);
				OrtEnvironment environment = OrtEnvironment.getEnvironment();
				OrtSession session = environment.createSession(model.readAllBytes(), options);
				// bge was trained to carry a sentence's meaning in its first token.
				return new OneCoreModel(new OnnxBertBiEncoder(environment, session, tokenizer, PoolingMode.CLS));
			}
			catch (IOException ex) {
				throw new UncheckedIOException("cannot read the " + MODEL + " model", ex);
			}
			catch (OrtException ex) {
				throw new IllegalStateException("cannot load the " + MODEL + " model", ex);
			}
		}

		@Override
		protected OnnxBertBiEncoder model() {
			return encoder;
		}

		@Override
		protected Integer knownDimension() {
			return DIMENSIONS;
		}

	}

}
