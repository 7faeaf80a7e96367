/**
 * How cases and their complaints are stored, rendered as cards and served over HTTP.
 */
@NullMarked
package dev.frontline.cases.internal;

import org.jspecify.annotations.NullMarked;
