/**
 * Benchmarks that drive the packaged Frontline jar and measure each figure beside a floor
 * taken in the same run.
 */
@NullMarked
package dev.frontline.bench;

import org.jspecify.annotations.NullMarked;
