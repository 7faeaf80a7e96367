package dev.frontline.triage;

import java.util.List;

/**
 * Where corrections made in chat teach triage: each is kept as a labelled example, and
 * the learned layer (when it is on) learns from it as soon as the correction is
 * committed. A later correction of the same case replaces that case's example.
 */
public interface TriageCorrections {

	/**
	 * Keeps a correction, in the caller's transaction; triage learns from it once that
	 * commits (at once when there is none).
	 */
	void record(Correction correction);

	/**
	 * The labelled examples corrections made, one per case (its latest), oldest first.
	 */
	List<Correction> examples();

}
