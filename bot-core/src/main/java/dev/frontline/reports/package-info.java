/**
 * Reports: the weekly care review of each team and across teams, computed from what is
 * recorded, as figures, a chart, CSV and chat posts, and the metrics operations watch.
 */
@NullMarked
package dev.frontline.reports;

import org.jspecify.annotations.NullMarked;
