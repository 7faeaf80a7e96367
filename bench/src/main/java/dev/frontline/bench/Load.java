package dev.frontline.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A closed loop: each of {@code concurrency} virtual threads sends one request after the
 * other until the time or the number of requests runs out; every latency is kept.
 */
final class Load {

	private Load() {
	}

	/** One request; answers whether it succeeded. */
	@FunctionalInterface
	interface Request {

		boolean send(int index) throws Exception;

	}

	/** The latencies of one run and how long it took. */
	record Run(long[] nanos, long elapsedNanos, int failures) {

		double p50Millis() {
			return percentile(0.50);
		}

		double p99Millis() {
			return percentile(0.99);
		}

		double perSecond() {
			return nanos.length / (elapsedNanos / 1e9);
		}

		private double percentile(double fraction) {
			if (nanos.length == 0) {
				return Double.NaN;
			}
			long[] sorted = nanos.clone();
			Arrays.sort(sorted);
			int index = (int) Math.ceil(fraction * sorted.length) - 1;
			return sorted[Math.max(0, Math.min(index, sorted.length - 1))] / 1e6;
		}

	}

	static Run run(int concurrency, Duration maxTime, int maxRequests, Request request) throws Exception {
		AtomicInteger next = new AtomicInteger();
		AtomicInteger failures = new AtomicInteger();
		long started = System.nanoTime();
		long deadline = started + maxTime.toNanos();
		List<Future<long[]>> workers = new ArrayList<>();
		try (ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor()) {
			for (int w = 0; w < concurrency; w++) {
				workers.add(threads.submit(() -> {
					long[] mine = new long[1024];
					int count = 0;
					int index;
					while (System.nanoTime() < deadline && (index = next.getAndIncrement()) < maxRequests) {
						long sent = System.nanoTime();
						boolean ok;
						try {
							ok = request.send(index);
						}
						catch (Exception ex) {
							ok = false;
						}
						long took = System.nanoTime() - sent;
						if (!ok) {
							failures.incrementAndGet();
							continue;
						}
						if (count == mine.length) {
							mine = Arrays.copyOf(mine, count * 2);
						}
						mine[count++] = took;
					}
					return Arrays.copyOf(mine, count);
				}));
			}
			long elapsed;
			List<long[]> all = new ArrayList<>();
			for (Future<long[]> worker : workers) {
				all.add(worker.get());
			}
			elapsed = System.nanoTime() - started;
			long[] nanos = all.stream().flatMapToLong(Arrays::stream).toArray();
			return new Run(nanos, elapsed, failures.get());
		}
	}

}
