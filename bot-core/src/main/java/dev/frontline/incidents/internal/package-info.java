/**
 * How incidents are formed, stored, rendered and kept current at a bounded rate.
 */
@NullMarked
package dev.frontline.incidents.internal;

import org.jspecify.annotations.NullMarked;
